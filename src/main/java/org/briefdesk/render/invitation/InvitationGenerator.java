package org.briefdesk.render.invitation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.briefdesk.render.pdf.LetterInput;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.render.pdf.RenderedPdf;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.SafeFileNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Writes the invitation letters of an event: one .docx per letter named
 * {@code NNN-family-given.docx} (and a PDF beside it on request), the manifest
 * {@code invitations.csv}, and on request the print files (a combined PDF and a combined
 * .docx). Letters are made on every core, a bounded number at a time, and taken in order on
 * the calling thread (manifest, print files, progress), so memory stays flat however many
 * there are.
 *
 * <p>Nothing is lost: a folder that already holds invitations is refused unless told to
 * overwrite or to resume; every file is published whole (written beside its name, forced to
 * disk, then linked or moved into place), so a crash leaves whole letters and no truncated
 * one; a journal records each letter as it is published, and a resume writes only what is
 * missing or does not match its SHA-256. A file name made from data always lands inside the
 * output folder.
 */
@Service
public class InvitationGenerator {

	/** The language of the default template, invitation.docx. */
	public static final String DEFAULT_LANGUAGE = "en";

	static final String COMBINED = "invitations-combined";

	/** Letters forced to disk together: one wait for the disk per batch rather than per letter. */
	static final int BATCH = 128;

	/** Batches being forced to disk at once. */
	static final int PUBLISHING = 3;

	/**
	 * At most this many PDF letters are laid out as one document by one worker (then cut into
	 * a file each): laying out and writing a document costs several times its page of text.
	 */
	static final int PDF_LETTERS_PER_LAYOUT = 24;

	private final PdfExporter pdf;

	private final Clock clock;

	@Autowired
	public InvitationGenerator(PdfExporter pdf, ObjectProvider<Clock> clock) {
		this(pdf, clock.getIfAvailable(Clock::systemDefaultZone));
	}

	public InvitationGenerator(PdfExporter pdf, Clock clock) {
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * The language a letter for an invitee of {@code language} is written in with this
	 * template: its own when the template has {@code NAME.LANG.docx}, else its base language's
	 * ("fr-ca" → "fr"), else the default language ({@value #DEFAULT_LANGUAGE}), so that
	 * salutation and template agree.
	 */
	public static String letterLanguage(Path template, String language) {
		LetterTemplates templates = LetterTemplates.of(template);
		if (templates.hasOwn(language)) {
			return language;
		}
		int dash = language.indexOf('-');
		return dash > 0 && templates.hasOwn(language.substring(0, dash)) ? language.substring(0, dash) : DEFAULT_LANGUAGE;
	}

	/**
	 * Writes the letters.
	 * @param event the event they invite to
	 * @param letters every letter of the event, in order (numbers and invitee ids unique); with
	 * {@code options.only()} the others keep their names and files
	 * @return what was done
	 * @throws BriefdeskException (one line) when the folder already holds invitations and may
	 * not be replaced, an {@code only} id is unknown, a template is broken or names a field the
	 * data lacks, a PDF letter has a character no font has, or a file cannot be written
	 */
	public InvitationSummary generate(InvitationEvent event, List<Letter> letters, InvitationOptions options) {
		long started = System.nanoTime();
		if (letters.isEmpty()) {
			throw new BriefdeskException("no invitees to write letters to; add some first");
		}
		Path out = outputFolder(options.out());
		List<Planned> plan = plan(letters, out);
		List<Planned> chosen = chosen(plan, options.only());
		LetterTemplates templates = LetterTemplates.of(options.template());
		Path pdfTemplate = pdfTemplate(options);
		LetterData data = new LetterData(event,
				options.letterDate() == null ? LocalDate.now(this.clock) : options.letterDate());
		Map<String, String> templateNames = new TreeMap<>();
		boolean fast = true;
		for (Planned planned : chosen) {
			LetterTemplate template = templates.forLanguage(planned.letter.language());
			templateNames.put(planned.letter.language(), templates.nameFor(planned.letter.language()));
			fast &= template.isFast();
		}
		Map<String, String> pdfFiles = new java.util.concurrent.ConcurrentHashMap<>();
		preflight(chosen, templates, data, options, pdfTemplate, pdfFiles);
		Map<String, InvitationManifest.Row> known = InvitationManifest.read(out);
		refuseUnlessAllowed(out, plan, chosen, known, options);

		removeTemporaryFiles(out, options);
		int threads = options.threads() > 0 ? options.threads() : Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "invitation-letters");
			thread.setDaemon(true);
			return thread;
		});
		int window = threads * 4 + BATCH * (PUBLISHING + 1);
		ExecutorService publisher = Executors.newFixedThreadPool(PUBLISHING, runnable -> {
			Thread thread = new Thread(runnable, "invitation-publisher");
			thread.setDaemon(true);
			return thread;
		});
		Counts counts = new Counts();
		Path combinedPdfPath = out.resolve(COMBINED + ".pdf");
		Path combinedDocxPath = out.resolve(COMBINED + ".docx");
		boolean replaceCombined = options.overwrite() || options.resume();
		try (InvitationManifest.Journal journal = new InvitationManifest.Journal(out);
				CombinedPdf combinedPdf = options.combined() ? new CombinedPdf(combinedPdfPath, replaceCombined, event) : null;
				CombinedDocx combinedDocx = options.combined() ? new CombinedDocx(combinedDocxPath, replaceCombined) : null) {
			Deque<Future<List<Done>>> pending = new ArrayDeque<>();
			// what the folder held when the run began, for the workers; the run's own rows go to known
			Map<String, InvitationManifest.Row> before = Map.copyOf(known);
			Batch batch = new Batch(publisher, journal, known, combinedPdf, combinedDocx, counts, options.progress(),
					chosen.size());
			int[] starts = taskStarts(chosen.size(), threads, options);
			try {
				int pendingLetters = 0;
				for (int t = 0; t + 1 < starts.length; t++) {
					List<Planned> task = chosen.subList(starts[t], starts[t + 1]);
					while (pendingLetters >= window) {
						pendingLetters -= batch.take(pending.removeFirst());
					}
					pending.add(workers.submit(() -> make(task, templates, data, options, pdfTemplate, pdfFiles, before, out)));
					pendingLetters += task.size();
				}
				while (!pending.isEmpty()) {
					batch.take(pending.removeFirst());
				}
				batch.finish();
			}
			finally {
				// a failure: nothing half-made is published; what was published stays for a resume
				batch.discard();
				for (Future<List<Done>> left : pending) {
					left.cancel(true);
					discard(left);
				}
			}
			if (combinedPdf != null) {
				combinedPdf.commit();
				combinedDocx.commit();
			}
			List<String> order = new ArrayList<>();
			for (Planned planned : plan) {
				order.add(planned.docx);
				order.add(planned.pdf);
			}
			InvitationManifest.write(out, InvitationManifest.inOrder(known, order));
			journal.delete();
		}
		finally {
			workers.shutdownNow();
			publisher.shutdownNow();
		}
		List<Path> files = chosen.stream().map(p -> out.resolve(p.docx)).toList();
		return new InvitationSummary(chosen.size(), counts.written, counts.kept, counts.pdfs,
				Duration.ofNanos(System.nanoTime() - started), out, out.resolve(InvitationManifest.FILE_NAME), files,
				options.combined() ? combinedPdfPath : null, options.combined() ? combinedDocxPath : null,
				Map.copyOf(templateNames), fast);
	}

	/** A letter and the names its files get. */
	private record Planned(Letter letter, String docx, String pdf) {
	}

	/**
	 * What a worker made of a letter: the files staged beside their names (not yet forced to
	 * disk nor published), the manifest rows, and the bytes the print files need.
	 */
	private record Done(Planned planned, InvitationManifest.Row docxRow, boolean docxWritten, byte[] docx,
			InvitationManifest.Row pdfRow, boolean pdfWritten, byte[] pdf, List<AtomicFiles.Staged> staged) {
	}

	/**
	 * Letters taken in order and published a batch at a time: one wait for the disk per batch,
	 * on a thread of its own while the next batch is made; recorded (journal, print files,
	 * progress) in order once published.
	 */
	private static final class Batch {

		private final ExecutorService publisher;

		private final Deque<Future<List<Done>>> publishing = new ArrayDeque<>();

		private final InvitationManifest.Journal journal;

		private final Map<String, InvitationManifest.Row> known;

		private final CombinedPdf combinedPdf;

		private final CombinedDocx combinedDocx;

		private final Counts counts;

		private final InvitationProgress progress;

		private final int total;

		private final List<Done> letters = new ArrayList<>();

		private int finished;

		Batch(ExecutorService publisher, InvitationManifest.Journal journal, Map<String, InvitationManifest.Row> known,
				CombinedPdf combinedPdf, CombinedDocx combinedDocx, Counts counts, InvitationProgress progress, int total) {
			this.publisher = publisher;
			this.journal = journal;
			this.known = known;
			this.combinedPdf = combinedPdf;
			this.combinedDocx = combinedDocx;
			this.counts = counts;
			this.progress = progress;
			this.total = total;
		}

		/** Takes a worker's letters, in order; returns how many. */
		int take(Future<List<Done>> future) {
			List<Done> made = result(future);
			for (Done done : made) {
				this.letters.add(done);
				if (this.letters.size() >= BATCH) {
					publish();
				}
			}
			return made.size();
		}

		/** Hands the batch to the publisher (forced to disk, then named); records the oldest when enough are under way. */
		void publish() {
			List<Done> batch = List.copyOf(this.letters);
			this.letters.clear();
			this.publishing.add(this.publisher.submit(() -> {
				List<AtomicFiles.Staged> staged = new ArrayList<>();
				for (Done done : batch) {
					staged.addAll(done.staged);
				}
				AtomicFiles.publishAll(staged);
				return batch;
			}));
			while (this.publishing.size() > PUBLISHING) {
				recordOldest();
			}
		}

		void finish() {
			if (!this.letters.isEmpty()) {
				publish();
			}
			while (!this.publishing.isEmpty()) {
				recordOldest();
			}
		}

		private void recordOldest() {
			Future<List<Done>> oldest = this.publishing.removeFirst();
			for (Done done : resultOf(oldest)) {
				record(done);
				this.progress.letterDone(++this.finished, this.total);
			}
		}

		void discard() {
			for (Done done : this.letters) {
				done.staged.forEach(AtomicFiles.Staged::discard);
			}
			this.letters.clear();
			for (Future<List<Done>> batch : this.publishing) {
				try {
					batch.get();
				}
				catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException gone) {
					// publishAll discards what it did not publish
				}
			}
			this.publishing.clear();
		}

		private void record(Done done) {
			this.known.put(done.docxRow.file(), done.docxRow);
			this.journal.append(done.docxRow);
			if (done.docxWritten) {
				this.counts.written++;
			}
			else {
				this.counts.kept++;
			}
			if (done.pdfRow != null) {
				this.known.put(done.pdfRow.file(), done.pdfRow);
				this.journal.append(done.pdfRow);
				if (done.pdfWritten) {
					this.counts.pdfs++;
				}
			}
			if (this.combinedPdf != null) {
				this.combinedPdf.add(done.pdf);
				this.combinedDocx.add(done.docx);
			}
		}

	}

	private static void discard(Future<List<Done>> future) {
		try {
			if (!future.isCancelled()) {
				future.get().forEach(done -> done.staged.forEach(AtomicFiles.Staged::discard));
			}
		}
		catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException gone) {
			// nothing was staged, or the worker stopped
		}
	}

	/** The hidden temporary files a run cut short left beside its letters (never a letter). */
	private static void removeTemporaryFiles(Path out, InvitationOptions options) {
		if (!options.resume() && !options.overwrite()) {
			return;
		}
		try (java.util.stream.Stream<Path> files = Files.list(out)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (AtomicFiles.isTemporary(name) && (name.contains(".docx.") || name.contains(".pdf.")
						|| name.contains(".csv."))) {
					Files.deleteIfExists(file);
				}
			}
		}
		catch (IOException ignored) {
			// leftovers are hidden and harmless
		}
	}

	private static final class Counts {

		int written;

		int kept;

		int pdfs;

	}

	private static Path outputFolder(Path given) {
		try {
			Files.createDirectories(given);
			return given.toRealPath();
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot use the output folder " + given + ": " + failed.getMessage()
					+ "; give a folder you can write to with --out");
		}
	}

	/** Every letter's file names, unique in the folder, each checked to land inside it. */
	static List<Planned> plan(List<Letter> letters, Path out) {
		Set<Integer> numbers = new HashSet<>();
		Set<String> ids = new HashSet<>();
		int digits = Math.max(3, Integer.toString(letters.stream().mapToInt(Letter::number).max().orElse(1)).length());
		SafeFileNames.Unique names = new SafeFileNames.Unique();
		names.reserve(COMBINED);
		names.reserve("invitations");
		List<Planned> plan = new ArrayList<>();
		for (Letter letter : letters) {
			if (!numbers.add(letter.number())) {
				throw new IllegalArgumentException("two letters numbered " + letter.number());
			}
			if (!letter.inviteeId().isEmpty() && !ids.add(letter.inviteeId())) {
				throw new BriefdeskException("two letters for invitee " + letter.inviteeId()
						+ "; each invitee gets one letter");
			}
			String number = String.format(java.util.Locale.ROOT, "%0" + digits + "d", letter.number());
			String base = names.claim(String.join("-", java.util.stream.Stream
				.of(number, namePart(letter.familyName()), namePart(letter.givenName()))
				.filter(part -> !part.isEmpty())
				.toList()), ".docx", ".pdf");
			plan.add(new Planned(letter, inside(out, base + ".docx"), inside(out, base + ".pdf")));
		}
		return plan;
	}

	/** A name made safe on its own ("../../x" is "x"); nothing for a name with nothing usable. */
	private static String namePart(String name) {
		String safe = SafeFileNames.of(name);
		return safe.equals("unnamed") && !SafeFileNames.of(name + "x").equals("x") ? safe
				: safe.equals("unnamed") ? "" : safe;
	}

	/** The name, after checking that the folder joined with it is a file directly inside the folder. */
	private static String inside(Path out, String name) {
		Path resolved = out.resolve(name).normalize();
		if (!resolved.getParent().equals(out) || !resolved.getFileName().toString().equals(name)) {
			throw new IllegalStateException("a file name left the output folder: " + name);
		}
		return name;
	}

	private static List<Planned> chosen(List<Planned> plan, Set<String> only) {
		if (only.isEmpty()) {
			return plan;
		}
		Set<String> unknown = new java.util.TreeSet<>(only);
		List<Planned> chosen = new ArrayList<>();
		for (Planned planned : plan) {
			if (only.contains(planned.letter.inviteeId())) {
				chosen.add(planned);
				unknown.remove(planned.letter.inviteeId());
			}
		}
		if (!unknown.isEmpty()) {
			throw new BriefdeskException("no invitee " + String.join(", ", unknown) + " among the " + plan.size()
					+ " invitees of this event; `invite list` shows their ids");
		}
		return chosen;
	}

	private Path pdfTemplate(InvitationOptions options) {
		if (options.pdfTemplate() != null) {
			return options.pdfTemplate();
		}
		if (options.template() != null && Files.isRegularFile(options.template().resolve("invitation.xhtml"))) {
			return options.template();
		}
		return null;
	}

	/**
	 * One letter of each template made in memory before anything is written, so a template
	 * that names a field the data lacks, or a broken PDF template, fails with nothing changed.
	 */
	private void preflight(List<Planned> chosen, LetterTemplates templates, LetterData data, InvitationOptions options,
			Path pdfTemplate, Map<String, String> pdfFiles) {
		Set<String> tried = new HashSet<>();
		for (Planned planned : chosen) {
			String language = planned.letter.language();
			if (tried.add(templates.nameFor(language))) {
				docx(templates.forLanguage(language), data.of(planned.letter));
			}
			if ((options.pdf() || options.combined()) && tried.add("pdf:" + pdfFile(pdfTemplate, language, pdfFiles))) {
				pdf(planned, data, pdfTemplate, pdfFiles);
			}
		}
	}

	private void refuseUnlessAllowed(Path out, List<Planned> plan, List<Planned> chosen,
			Map<String, InvitationManifest.Row> known, InvitationOptions options) {
		if (options.overwrite() || options.resume()) {
			return;
		}
		List<Planned> checked = options.only().isEmpty() ? plan : chosen;
		int present = 0;
		String first = null;
		for (Planned planned : checked) {
			for (String name : new String[] { planned.docx, planned.pdf }) {
				if (Files.exists(out.resolve(name))) {
					present++;
					first = first == null ? name : first;
				}
			}
		}
		boolean manifest = Files.exists(out.resolve(InvitationManifest.FILE_NAME))
				|| Files.exists(out.resolve(InvitationManifest.JOURNAL_NAME));
		boolean combined = options.combined() && options.only().isEmpty()
				&& (Files.exists(out.resolve(COMBINED + ".pdf")) || Files.exists(out.resolve(COMBINED + ".docx")));
		if (present > 0 || (manifest || combined) && options.only().isEmpty()) {
			String what = present > 0 ? present + (present == 1 ? " file" : " files") + " of these letters (" + first + ")"
					: manifest ? "the manifest of an earlier run (" + InvitationManifest.FILE_NAME + ")"
							: "the print files of an earlier run";
			throw new BriefdeskException(out + " already holds invitations: " + what
					+ "; use --overwrite to replace them, --resume to finish an interrupted run, or --out for another folder");
		}
	}

	/**
	 * Where each worker task's consecutive letters begin, and (last) the number of letters:
	 * with PDF letters, as many tasks as a multiple of the cores and at least two each, of
	 * sizes that differ by one letter at most and none over {@link #PDF_LETTERS_PER_LAYOUT}
	 * (laid out together), so that no core idles at the end of a short run (100 letters in
	 * tasks of 24 left one core alone with the last four); Word letters alone, one each.
	 */
	static int[] taskStarts(int letters, int threads, InvitationOptions options) {
		int tasks = letters;
		if (options.pdf() || options.combined()) {
			tasks = Math.max(threads * 2, (letters + PDF_LETTERS_PER_LAYOUT - 1) / PDF_LETTERS_PER_LAYOUT);
			tasks = Math.min(letters, (tasks + threads - 1) / threads * threads);
		}
		int[] starts = new int[tasks + 1];
		for (int task = 1; task <= tasks; task++) {
			starts[task] = (int) ((long) letters * task / tasks);
		}
		return starts;
	}

	/** A worker's part: make consecutive letters' files, or keep those a resume finds whole. */
	private List<Done> make(List<Planned> task, LetterTemplates templates, LetterData data, InvitationOptions options,
			Path pdfTemplate, Map<String, String> pdfFiles, Map<String, InvitationManifest.Row> known, Path out)
			throws IOException {
		int count = task.size();
		List<List<AtomicFiles.Staged>> staged = new ArrayList<>(count);
		InvitationManifest.Row[] docxRows = new InvitationManifest.Row[count];
		boolean[] docxWritten = new boolean[count];
		byte[][] docxBytes = new byte[count][];
		byte[][] pdfBytes = new byte[count][];
		boolean[] pdfWritten = new boolean[count];
		// the letters whose PDF is to be made, by the template file their language uses, in order
		Map<String, List<Integer>> toRender = new LinkedHashMap<>();
		try {
			for (int i = 0; i < count; i++) {
				Planned planned = task.get(i);
				Letter letter = planned.letter;
				List<AtomicFiles.Staged> own = new ArrayList<>(2);
				staged.add(own);
				Path docxPath = out.resolve(planned.docx);
				byte[] docx = options.resume() ? matching(docxPath, known.get(planned.docx)) : null;
				docxWritten[i] = docx == null;
				if (docxWritten[i]) {
					docx = docx(templates.forLanguage(letter.language()), data.of(letter));
					own.add(AtomicFiles.stage(docxPath, options.overwrite() || options.resume(), docx));
				}
				docxBytes[i] = docx;
				docxRows[i] = new InvitationManifest.Row(letter.inviteeId(), letter.language(), planned.docx, sha256(docx));
				if (options.pdf() && options.resume()) {
					pdfBytes[i] = matching(out.resolve(planned.pdf), known.get(planned.pdf));
				}
				if ((options.pdf() || options.combined()) && pdfBytes[i] == null) {
					toRender.computeIfAbsent(pdfFile(pdfTemplate, letter.language(), pdfFiles), any -> new ArrayList<>())
						.add(i);
				}
			}
			for (Map.Entry<String, List<Integer>> group : toRender.entrySet()) {
				List<Integer> indexes = group.getValue();
				List<LetterInput> inputs = new ArrayList<>(indexes.size());
				for (int index : indexes) {
					inputs.add(pdfInput(task.get(index).letter, data));
				}
				List<RenderedPdf> rendered = this.pdf.renderLetters(pdfTemplate, group.getKey(), inputs);
				for (int k = 0; k < indexes.size(); k++) {
					int index = indexes.get(k);
					pdfBytes[index] = rendered.get(k).bytes();
					if (options.pdf()) {
						staged.get(index).add(AtomicFiles.stage(out.resolve(task.get(index).pdf),
								options.overwrite() || options.resume(), pdfBytes[index]));
						pdfWritten[index] = true;
					}
				}
			}
		}
		catch (IOException | RuntimeException failed) {
			staged.forEach(own -> own.forEach(AtomicFiles.Staged::discard));
			throw failed;
		}
		List<Done> done = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Planned planned = task.get(i);
			InvitationManifest.Row pdfRow = options.pdf()
					? new InvitationManifest.Row(planned.letter.inviteeId(), planned.letter.language(), planned.pdf,
							sha256(pdfBytes[i]))
					: null;
			done.add(new Done(planned, docxRows[i], docxWritten[i], options.combined() ? docxBytes[i] : null, pdfRow,
					pdfWritten[i], options.combined() ? pdfBytes[i] : null, staged.get(i)));
		}
		return done;
	}

	/** The file's bytes when it is there and is what the manifest says was written, else null. */
	private static byte[] matching(Path file, InvitationManifest.Row row) throws IOException {
		if (row == null || !Files.isRegularFile(file)) {
			return null;
		}
		byte[] bytes = Files.readAllBytes(file);
		return sha256(bytes).equals(row.sha256()) ? bytes : null;
	}

	/** A worker's letters, or its failure as one line. */
	private static List<Done> result(Future<List<Done>> future) {
		return resultOf(future);
	}

	private static <T> T resultOf(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new BriefdeskException("interrupted while writing the letters; run again with --resume to finish");
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof BriefdeskException known) {
				throw known;
			}
			throw new BriefdeskException("could not write a letter: " + failed.getCause().getMessage(), failed.getCause());
		}
	}

	private static byte[] docx(LetterTemplate template, Map<String, Object> values) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
		try {
			template.write(values, bytes);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot write a letter with " + template.name() + ": " + failed.getMessage(), failed);
		}
		return bytes.toByteArray();
	}

	/** {@code invitation.LANG.xhtml} when the PDF folder has it, else {@code invitation.xhtml}; looked up once a run. */
	private String pdfFile(Path pdfTemplate, String language, Map<String, String> pdfFiles) {
		return pdfFiles.computeIfAbsent(language, any -> {
			String own = "invitation." + language + ".xhtml";
			return !language.isEmpty() && language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")
					&& this.pdf.hasLetterTemplate(pdfTemplate, own) ? own : "invitation.xhtml";
		});
	}

	private byte[] pdf(Planned planned, LetterData data, Path pdfTemplate, Map<String, String> pdfFiles) {
		Letter letter = planned.letter;
		LetterInput input = pdfInput(letter, data);
		return this.pdf.renderLetters(pdfTemplate, pdfFile(pdfTemplate, letter.language(), pdfFiles), List.of(input))
			.get(0)
			.bytes();
	}

	/**
	 * A letter's data for its PDF, titled by its event, written by the issuer, and dated by the
	 * letter's date (midnight UTC), so that the same letters on the same date are the same files.
	 */
	private static LetterInput pdfInput(Letter letter, LetterData data) {
		Map<String, Object> values = data.of(letter);
		String title = String.valueOf(((Map<?, ?>) values.get("event")).get("title"));
		return new LetterInput(values, title, String.valueOf(values.get("issuedBy")), letter.language(),
				data.letterDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** For tests: the file names the letters get, in order. */
	static Map<String, String> fileNames(List<Letter> letters, Path out) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Planned planned : plan(letters, out)) {
			names.put(planned.letter.inviteeId(), planned.docx);
		}
		return names;
	}

}
