package org.briefdesk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.batch.BatchJob.Format;
import org.briefdesk.batch.BatchJob.Item;
import org.briefdesk.batch.BatchJob.Template;
import org.briefdesk.batch.BatchRun.ItemOutcome;
import org.briefdesk.batch.BatchRun.OutputFile;
import org.briefdesk.batch.BatchRun.TemplateUse;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.BriefingContents;
import org.briefdesk.briefing.BriefingPackModels;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.Finding;
import org.briefdesk.briefing.history.BriefingSnapshots;
import org.briefdesk.briefing.history.FactSnapshot;
import org.briefdesk.invite.InvitationLetters;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.docx.DocxExporter;
import org.briefdesk.render.invitation.InvitationSummary;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.series.RollForward;
import org.briefdesk.series.RollForwardPlan;
import org.briefdesk.series.RollForwardResult;
import org.briefdesk.series.SeriesQueries;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.CannotWriteException;
import org.briefdesk.system.BriefdeskProperties;
import org.briefdesk.system.SafeFileNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code export batch}: runs a job into one output folder.
 * <ul>
 * <li>Everything is dated by one day, the run's {@code date} (default today): the packs'
 * "generated on", the stale-figure checks, the letters' date, the documents' creation and
 * modification dates and their zip entries. With the same library, templates, job and date the
 * files and the manifest come out byte for byte the same.</li>
 * <li>Items are planned first (briefing known, names free, no two items on one file), then
 * made, several at a time, and written in the job's order. An item that fails (an unknown
 * briefing, a template with a mistake, a character no font has) is reported with why and
 * the others go on; nothing of a failed item is written.</li>
 * <li>A file in the folder is replaced only when the folder's manifest lists it (an earlier
 * run wrote it); any other file in the way fails its item.</li>
 * <li>A run killed midway (no manifest written) leaves whole files only, and its journal
 * ({@link BatchJournal}) names them, so the same command run again replaces them and finishes
 * the folder; the killed run's lock went with its process, and its temporary files are removed.</li>
 * <li>One run at a time per folder ({@link OutputFolderLock}); a dry run only plans, and writes
 * nothing, not even the folder.</li>
 * </ul>
 */
@Service
public class BatchExport {

	private static final Log log = LogFactory.getLog(BatchExport.class);

	/** Told as outputs are done, on the calling thread, in order. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (done, total) -> {
		};

		void update(int done, int total);

	}

	/**
	 * How to run a job.
	 *
	 * @param out the output folder, created when missing
	 * @param date the day everything is dated by; null: today
	 * @param dryRun plan only: say what would be written, write nothing
	 * @param progress told as outputs are done; null: nobody
	 */
	public record Request(Path out, LocalDate date, boolean dryRun, Progress progress) {

		public Request {
			if (out == null) {
				throw new IllegalArgumentException("an output folder is required");
			}
			progress = progress == null ? Progress.NONE : progress;
		}

	}

	private final BriefingQueries briefings;

	private final BriefingPackModels packs;

	private final BriefingChecks checks;

	private final DocxExporter docx;

	private final PdfExporter pdf;

	private final ObjectProvider<InvitationLetters> letters;

	private final ObjectProvider<RollForward> rollForward;

	private final ObjectProvider<SeriesQueries> series;

	private final BriefdeskProperties properties;

	private final Clock clock;

	private final BriefingSnapshots snapshots;

	/** One picture of the library for the whole plan of a run (see {@link #planConsistently}). */
	private final TransactionTemplate readOnce;

	BatchExport(BriefingQueries briefings, BriefingPackModels packs, BriefingChecks checks, DocxExporter docx,
			PdfExporter pdf, ObjectProvider<InvitationLetters> letters, ObjectProvider<RollForward> rollForward,
			ObjectProvider<SeriesQueries> series, BriefdeskProperties properties, ObjectProvider<Clock> clock,
			BriefingSnapshots snapshots, PlatformTransactionManager transactionManager) {
		this.snapshots = snapshots;
		this.readOnce = new TransactionTemplate(transactionManager);
		this.readOnce.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.rollForward = rollForward;
		this.series = series;
		this.briefings = briefings;
		this.packs = packs;
		this.checks = checks;
		this.docx = docx;
		this.pdf = pdf;
		this.letters = letters;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/**
	 * Runs a job.
	 * @return what each item did; {@link BatchRun#failed()} when any item failed
	 * @throws BriefdeskException when the run cannot start at all: the output folder is not a
	 * folder or cannot be made, another run holds it, its manifest cannot be read
	 */
	public BatchRun run(BatchJob job, Request request) {
		LocalDate date = request.date() != null ? request.date() : LocalDate.now(this.clock);
		Path out = request.out().toAbsolutePath().normalize();
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new BriefdeskException(request.out() + " is a file; --out takes a folder");
		}
		if (request.dryRun()) {
			Set<String> replaceable = Files.isDirectory(out) ? BatchManifest.listedIn(out) : Set.of();
			Plan plan = plan(job, date, out, replaceable, false);
			List<ItemOutcome> outcomes = new ArrayList<>();
			for (Planned planned : plan.items()) {
				outcomes.add(planned.outcome(List.of(), null, List.of(), 0));
			}
			return new BatchRun(job, request.out(), date, true, plan.templates(), outcomes, null, List.of());
		}
		try {
			Files.createDirectories(out);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot create the output folder " + request.out() + ": " + failed.getMessage());
		}
		try (OutputFolderLock lock = OutputFolderLock.take(out); BatchJournal journal = BatchJournal.in(out)) {
			Set<String> replaceable = BatchManifest.listedIn(out);
			Plan plan = planConsistently(job, date, out, replaceable);
			removeLeftoverTemporaries(out, plan);
			List<BriefingSnapshots.Written> records = new ArrayList<>();
			List<ItemOutcome> outcomes = make(plan, date, out, request.progress(), journal, records);
			recordAll(records);
			// what earlier runs wrote and this one did not (a failed item's last good files) stays ours to replace
			Set<String> written = new java.util.HashSet<>();
			outcomes.forEach(outcome -> outcome.files().forEach(file -> written.add(file.path())));
			List<String> earlier = replaceable.stream()
				.filter(path -> !written.contains(path) && Files.isRegularFile(out.resolve(path)))
				.toList();
			BatchRun run = new BatchRun(job, request.out(), date, false, plan.templates(), outcomes, null, earlier);
			Path manifest = BatchManifest.write(out, run, this.properties.version());
			journal.delete();
			return new BatchRun(job, request.out(), date, false, plan.templates(), outcomes, manifest, earlier);
		}
	}

	/** An item as planned: its briefing read, its files named; or why it cannot be made. */
	private record Planned(Item item, String briefing, BriefingContents contents, String event, Map<Format, Path> files,
			Path invitations, String error) {

		ItemOutcome outcome(List<OutputFile> written, DataSnapshot snapshot, List<Finding> findings, int letters) {
			return new ItemOutcome(this.item, this.briefing, this.event, written.isEmpty() && this.error == null ? planned() : written,
					snapshot, findings, letters, this.error);
		}

		ItemOutcome failed(String why, DataSnapshot snapshot, List<Finding> findings) {
			return new ItemOutcome(this.item, this.briefing, this.event, List.of(), snapshot, findings, 0, why);
		}

		private List<OutputFile> planned() {
			List<OutputFile> files = new ArrayList<>();
			this.files.values().forEach(path -> files.add(new OutputFile(relative(path), "", 0)));
			if (this.invitations != null) {
				files.add(new OutputFile(relative(this.invitations) + "/", "", 0));
			}
			return files;
		}

	}

	private record Plan(List<Planned> items, List<TemplateUse> templates) {
	}

	/**
	 * Plans a run that writes: every briefing read in one transaction that sees the library as
	 * it was when the run began, so that a colleague's edit made meanwhile is in every pack of
	 * the run or in none. A job that rolls a series forward writes while it plans (the next
	 * event and briefing), and then each item is planned on its own.
	 */
	private Plan planConsistently(BatchJob job, LocalDate date, Path out, Set<String> replaceable) {
		if (job.items().stream().anyMatch(item -> item.series() != null)) {
			return plan(job, date, out, replaceable, true);
		}
		// Only reads: it ends in a rollback, so that an item that fails to plan (a briefing that is
		// not there), whose read marked the shared transaction rollback-only, fails alone.
		return this.readOnce.execute(status -> {
			Plan plan = plan(job, date, out, replaceable, true);
			status.setRollbackOnly();
			return plan;
		});
	}

	/** The files of a run with their snapshots, recorded in one transaction after the last is written. */
	private void recordAll(List<BriefingSnapshots.Written> records) {
		try {
			this.snapshots.recordAll(records);
		}
		catch (RuntimeException failed) {
			throw new BriefdeskException("the batch wrote its files but could not record them in the library ("
					+ failed.getMessage() + "); `briefing history` will not list them, and the manifest was not written",
					failed);
		}
	}

	private Plan plan(BatchJob job, LocalDate date, Path out, Set<String> replaceable, boolean write) {
		List<Planned> items = new ArrayList<>();
		Map<String, String> claimed = new HashMap<>();
		claimed.put(SafeFileNames.fold(BatchManifest.FILE), "the manifest");
		claimed.put(SafeFileNames.fold(OutputFolderLock.FILE), "the lock");
		claimed.put(SafeFileNames.fold(BatchJournal.FILE), "the journal");
		Map<String, TemplateUse> templates = new LinkedHashMap<>();
		for (Item item : job.items()) {
			items.add(plan(item, date, out, replaceable, claimed, templates, write));
		}
		return new Plan(items, List.copyOf(templates.values()));
	}

	private Planned plan(Item item, LocalDate date, Path out, Set<String> replaceable, Map<String, String> claimed,
			Map<String, TemplateUse> templates, boolean write) {
		BriefingContents contents = null;
		String event = item.invitations() != null && item.invitations().event() != null ? item.invitations().event() : "";
		try {
			String briefing = item.briefing();
			String eventId = "";
			String eventDate = "";
			if (item.series() != null) {
				Next next = next(item, write);
				briefing = next.briefing();
				eventId = next.event();
				eventDate = item.seriesDate().toString();
			}
			if (briefing != null && (item.series() == null || write)) {
				contents = this.briefings.contents(briefing);
				eventId = contents.event().id();
				eventDate = contents.event().date() == null ? "" : contents.event().date().toString();
			}
			if (event.isEmpty()) {
				event = eventId;
			}
			Map<String, String> values = new HashMap<>();
			values.put("briefing", briefing == null ? "" : briefing);
			values.put("event", eventId.isEmpty() ? event : eventId);
			values.put("date", eventDate);
			values.put("today", date.toString());
			values.put("n", String.valueOf(item.number()));
			Map<Format, Path> files = new LinkedHashMap<>();
			for (Format format : item.formats()) {
				values.put("ext", format.extension());
				files.put(format, FileNamePattern.expand(item.name(), values));
			}
			Path invitations = null;
			if (item.invitations() != null) {
				values.put("event", event);
				values.remove("ext");
				invitations = FileNamePattern.expand(item.invitations().folder(), values);
			}
			// every name free, within this run and in the folder
			Map<String, String> mine = new LinkedHashMap<>();
			for (Path file : files.values()) {
				claim(relative(file), item, claimed, mine);
				refuseForeign(out, relative(file), replaceable);
			}
			if (invitations != null) {
				claim(relative(invitations) + "/", item, claimed, mine);
			}
			for (Format format : item.formats()) {
				use(templates, format, format == Format.DOCX ? item.docxTemplate() : item.pdfTemplate());
			}
			if (item.invitations() != null) {
				useInvitations(templates, item.invitations().template());
			}
			claimed.putAll(mine);
			return new Planned(item, briefing, contents, event, files, invitations, null);
		}
		catch (BriefdeskException refused) {
			return new Planned(item, item.briefing(), contents, event, Map.of(), null, refused.getMessage());
		}
	}

	/** The briefing and event of a series item. */
	private record Next(String briefing, String event) {
	}

	/**
	 * The briefing of a series' event on the item's date: the one the series has (a run before
	 * rolled it forward, or it was made by hand), else the series rolled forward to it, which a
	 * dry run only plans.
	 */
	private Next next(Item item, boolean write) {
		for (SeriesQueries.Meeting meeting : this.series.getObject().show(item.series())) {
			if (meeting.event().date() != null
					&& meeting.event().date().exact().filter(item.seriesDate()::equals).isPresent()) {
				if (meeting.briefingIds().isEmpty()) {
					throw new BriefdeskException("the event " + meeting.event().id() + " of " + item.series() + " on "
							+ item.seriesDate() + " has no briefing; `briefing new --event " + meeting.event().id()
							+ "` makes one");
				}
				return new Next(meeting.briefingIds().get(0), meeting.event().id());
			}
		}
		RollForward.NextEvent request = new RollForward.NextEvent(item.series(),
				org.briefdesk.facts.PartialDate.of(item.seriesDate()), null);
		if (!write) {
			RollForwardPlan plan = this.rollForward.getObject().plan(request);
			if (plan.briefing() == null) {
				throw new BriefdeskException(item.series() + " has no briefing to roll forward to " + item.seriesDate());
			}
			return new Next(plan.briefing().id(), plan.event().id());
		}
		RollForwardResult rolled = this.rollForward.getObject().rollForward(request);
		if (rolled.briefingId() == null) {
			throw new BriefdeskException(item.series() + " has no briefing to roll forward; the event "
					+ rolled.eventId() + " was made without one");
		}
		return new Next(rolled.briefingId(), rolled.eventId());
	}

	/** Claims a file (or, ending in '/', a folder) for an item; two items on one name fail the second. */
	private static void claim(String path, Item item, Map<String, String> claimed, Map<String, String> mine) {
		String key = SafeFileNames.fold(path);
		String owner = claimed.get(key) != null ? claimed.get(key) : mine.get(key);
		if (owner == null) {
			// a file inside another item's invitations folder, or a folder over another's file
			for (Map.Entry<String, String> taken : claimed.entrySet()) {
				if ((taken.getKey().endsWith("/") && key.startsWith(taken.getKey()))
						|| (key.endsWith("/") && taken.getKey().startsWith(key))) {
					owner = taken.getValue();
				}
			}
		}
		if (owner != null) {
			throw new BriefdeskException("would write " + path + ", which " + owner
					+ " writes too; give this item another 'name'");
		}
		mine.put(key, item.label());
	}

	/** A file in the way that no earlier run of a job wrote is not ours to replace. */
	private static void refuseForeign(Path out, String path, Set<String> replaceable) {
		if (Files.exists(out.resolve(path)) && !replaceable.contains(path)) {
			throw new BriefdeskException(path + " is already in " + out
					+ " and no earlier `export batch` wrote it; move it away, or give another --out");
		}
	}

	private void use(Map<String, TemplateUse> templates, Format format, Template template) {
		String key = format.extension() + "|" + (template == null ? "" : template.path());
		if (templates.containsKey(key)) {
			return;
		}
		String written = template == null ? "built-in" : template.written();
		Path path = template == null ? null : template.path();
		String sha256 = format == Format.DOCX ? DocxExporter.templateSha256(path) : this.pdf.templateSha256(path);
		templates.put(key, new TemplateUse(format.extension(), written, sha256));
	}

	private static void useInvitations(Map<String, TemplateUse> templates, Template template) {
		String key = "invitations|" + (template == null ? "" : template.path());
		if (!templates.containsKey(key)) {
			templates.put(key, new TemplateUse("invitations", template == null ? "built-in" : template.written(),
					TemplateHashes.invitations(template == null ? null : template.path())));
		}
	}

	/** A pack made in memory: its files' bytes, its snapshot and its check. */
	private record Made(Map<Format, byte[]> files, DataSnapshot snapshot, FactSnapshot facts, List<Finding> findings) {
	}

	private List<ItemOutcome> make(Plan plan, LocalDate date, Path out, Progress progress, BatchJournal journal,
			List<BriefingSnapshots.Written> records) {
		Instant dated = date.atStartOfDay(ZoneOffset.UTC).toInstant();
		int total = plan.items()
			.stream()
			.filter(planned -> planned.error() == null)
			.mapToInt(planned -> planned.files().size() + (planned.invitations() == null ? 0 : 1))
			.sum();
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "batch-export");
			thread.setDaemon(true);
			return thread;
		});
		List<ItemOutcome> outcomes = new ArrayList<>();
		int done = 0;
		try {
			List<Planned> items = plan.items();
			List<Future<Made>> futures = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				Planned planned = items.get(i);
				// keep the workers busy a few items ahead, no more: memory stays flat
				while (futures.size() < items.size() && futures.size() < i + threads * 2) {
					Planned ahead = items.get(futures.size());
					futures.add(ahead.error() == null && ahead.contents() != null
							? workers.submit(() -> makePack(ahead, date, dated)) : null);
				}
				Future<Made> future = futures.set(i, null);
				if (planned.error() != null) {
					outcomes.add(planned.outcome(List.of(), null, List.of(), 0));
					continue;
				}
				Made made = null;
				String error = null;
				if (future != null) {
					try {
						made = future.get();
					}
					catch (ExecutionException failed) {
						error = reason(planned, failed.getCause());
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						throw new BriefdeskException("the batch was interrupted; the manifest was not written");
					}
				}
				if (error != null) {
					outcomes.add(planned.failed(error, null, List.of()));
					done += planned.files().size() + (planned.invitations() == null ? 0 : 1);
					progress.update(done, total);
					continue;
				}
				List<OutputFile> written = new ArrayList<>();
				int letterCount = 0;
				try {
					if (made != null) {
						for (Map.Entry<Format, Path> file : planned.files().entrySet()) {
							journal.record(relative(file.getValue()));
							OutputFile published = publish(out, file.getValue(), made.files().get(file.getKey()));
							written.add(published);
							// `briefing history` and `briefing diff` know the batch's exports as they know single ones
							records.add(new BriefingSnapshots.Written(made.facts(),
									file.getKey().name().toLowerCase(java.util.Locale.ROOT),
									out.resolve(file.getValue()).toString(), published.sha256(), published.bytes(),
									Instant.now(this.clock)));
							progress.update(++done, total);
						}
					}
					if (planned.invitations() != null) {
						journal.record(relative(planned.invitations()) + "/");
						InvitationSummary summary = invitations(planned, date, out);
						letterCount = summary.letters();
						written.addAll(filesIn(out, planned.invitations()));
						progress.update(++done, total);
					}
					outcomes.add(planned.outcome(written, made == null ? null : made.snapshot(),
							made == null ? List.of() : made.findings(), letterCount));
				}
				catch (CannotWriteException folderFailed) {
					if (folderFailed.ofTheFolder()) {
						// a read-only or full folder fails every item alike: stop, with one line
						throw new BriefdeskException(folderFailed.getMessage()
								+ "; what was written is whole, and the same command run again completes the folder",
								folderFailed);
					}
					outcomes.add(new ItemOutcome(planned.item(), planned.briefing(), planned.event(), written,
							made == null ? null : made.snapshot(), made == null ? List.of() : made.findings(), letterCount,
							folderFailed.getMessage()));
				}
				catch (BriefdeskException failed) {
					// what this item already published stays listed, so that a later run may replace it
					outcomes.add(new ItemOutcome(planned.item(), planned.briefing(), planned.event(), written,
							made == null ? null : made.snapshot(), made == null ? List.of() : made.findings(), letterCount,
							failed.getMessage()));
				}
			}
		}
		finally {
			workers.shutdownNow();
		}
		return outcomes;
	}

	private Made makePack(Planned planned, LocalDate date, Instant dated) {
		PackModel model = this.packs.build(planned.contents(), date);
		List<Finding> findings = this.checks.check(planned.contents(), null, date).findings();
		Map<Format, byte[]> files = new LinkedHashMap<>();
		for (Format format : planned.files().keySet()) {
			Item item = planned.item();
			byte[] bytes = switch (format) {
				case DOCX -> this.docx.render(model, item.docxTemplate() == null ? null : item.docxTemplate().path(), dated);
				case PDF -> this.pdf
					.renderToBytes(model, item.pdfTemplate() == null ? null : item.pdfTemplate().path(), dated)
					.bytes();
			};
			files.put(format, bytes);
		}
		// the facts as the pack was made from them, not as the library may hold them by now
		FactSnapshot facts = this.snapshots.snapshotOf(planned.contents());
		return new Made(files, new DataSnapshot(facts.id(), facts.sha256()), facts, findings);
	}

	private InvitationSummary invitations(Planned planned, LocalDate date, Path out) {
		Path folder = out.resolve(planned.invitations());
		String prefix = relative(planned.invitations()) + "/";
		boolean ours = BatchManifest.listedIn(out).stream().anyMatch(path -> path.startsWith(prefix));
		BatchJob.Invitations wanted = planned.item().invitations();
		InvitationLetters.Request request = new InvitationLetters.Request(
				wanted.template() == null ? null : wanted.template().path(), folder, wanted.pdf(), false, Set.of(), ours,
				false, null, date);
		return this.letters.getObject().generate(planned.event(), request);
	}

	/** Every file of an item's invitations folder, in name order. */
	private static List<OutputFile> filesIn(Path out, Path folder) {
		try (Stream<Path> files = Files.walk(out.resolve(folder))) {
			List<OutputFile> found = new ArrayList<>();
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
				if (AtomicFiles.isTemporary(name)) {
					continue;
				}
				found.add(new OutputFile(relative(out.relativize(file)), BatchManifest.sha256(file), Files.size(file)));
			}
			return found;
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot list the letters in " + folder + ": " + failed.getMessage());
		}
	}

	/**
	 * A run killed while it wrote a file leaves that file's hidden temporary copy beside it:
	 * the files this run writes are its own (the folder is locked), so are their leftovers.
	 */
	private static void removeLeftoverTemporaries(Path out, Plan plan) {
		Map<Path, Set<String>> namesByFolder = new HashMap<>();
		namesByFolder.computeIfAbsent(out, folder -> new java.util.HashSet<>()).add(BatchManifest.FILE);
		for (Planned planned : plan.items()) {
			for (Path file : planned.files().values()) {
				Path target = out.resolve(file);
				namesByFolder.computeIfAbsent(target.getParent(), folder -> new java.util.HashSet<>())
					.add(target.getFileName().toString());
			}
		}
		namesByFolder.forEach((folder, names) -> {
			if (!Files.isDirectory(folder)) {
				return;
			}
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.toList()) {
					String name = file.getFileName().toString();
					if (AtomicFiles.isTemporary(name) && names.contains(AtomicFiles.targetOfTemporary(name))) {
						Files.deleteIfExists(file);
					}
				}
			}
			catch (IOException failed) {
				// a leftover hidden .tmp file is harmless; the files themselves are whole
				log.warn("could not remove the temporary files left in " + folder, failed);
			}
		});
	}

	private static OutputFile publish(Path out, Path relative, byte[] bytes) {
		Path target = out.resolve(relative);
		try {
			Files.createDirectories(target.getParent());
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot create the folder " + target.getParent() + ": " + failed.getMessage());
		}
		// planning made sure a file in the way is one an earlier run wrote
		AtomicFiles.write(target, true, stream -> stream.write(bytes));
		return new OutputFile(relative(relative), BatchJobReader.sha256(bytes), bytes.length);
	}

	private static String reason(Planned planned, Throwable failure) {
		if (failure instanceof BriefdeskException known) {
			return known.getMessage();
		}
		log.error("export batch: " + planned.item().label() + " failed", failure);
		return "could not export it (" + failure.getClass().getSimpleName()
				+ (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + "); details in the log file";
	}

	static String relative(Path path) {
		return path.toString().replace(java.io.File.separatorChar, '/');
	}

}
