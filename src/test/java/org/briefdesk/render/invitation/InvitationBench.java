package org.briefdesk.render.invitation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.render.pdf.PdfProperties;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The invitation benchmark's Java side (not a test; run by {@code bench/invitations.sh}):
 * <ul>
 * <li>{@code data N FILE}: the letters' data of N invitees as JSON, for the JavaScript peer;</li>
 * <li>{@code docx N OUT}: N Word letters through the fast path (after a warm-up), with the rate;</li>
 * <li>{@code pdf N OUT}: N letters with a PDF beside each;</li>
 * <li>{@code combined N OUT}: the print files of N letters (combined PDF and .docx).</li>
 * </ul>
 * A warm-up run comes first, of {@code -Dbench.warm=N} letters (0: none), else of as many as
 * are measured (at most 2,000 Word or 400 PDF letters).
 * Each prints one line {@code RESULT mode=... letters=N seconds=S rate=R cpuSeconds=C heapPeakMiB=M}
 * (C: the CPU time of the whole process during the measured run, JIT and collector included); the
 * heap peak is the most the Java heap held (sampled after each letter and from the memory
 * pools' peaks), so a run under {@code -Xmx256m} shows whether memory stays flat.
 */
public final class InvitationBench {

	private InvitationBench() {
	}

	public static void main(String[] args) throws Exception {
		quietLogs();
		String mode = args[0];
		int count = Integer.parseInt(args[1]);
		Path out = Path.of(args[2]);
		List<Letter> letters = letters(count);
		if (mode.equals("data")) {
			writeData(letters, out);
			return;
		}
		InvitationGenerator generator = new InvitationGenerator(PdfExporter.standalone(PdfProperties.defaults()),
				Clock.systemUTC());
		InvitationOptions options = InvitationOptions.into(out).withLetterDate(SampleLetters.LETTER_DATE)
			.withPdf(mode.equals("pdf"))
			.withCombined(mode.equals("combined"));
		// warm-up in a folder of its own (JIT, fonts, compiled templates): -Dbench.warm=N letters, else as many as measured, at most 2,000 Word or 400 PDF letters
		int warmCount = Integer.getInteger("bench.warm", mode.equals("docx") ? Math.min(2000, count) : Math.min(400, count));
		if (warmCount > 0) {
			Path warm = Files.createTempDirectory("invitation-bench-warm");
			generator.generate(SampleLetters.event(), warmCount <= count ? letters.subList(0, warmCount) : letters(warmCount),
					options.withOut(warm));
			deleteTree(warm);
		}
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		AtomicLong heapPeak = new AtomicLong();
		long started = System.nanoTime();
		long cpuBefore = processCpuNanos();
		InvitationSummary summary = generator.generate(SampleLetters.event(), letters,
				options.withProgress((done, total) -> {
					if (done % 100 == 0) {
						heapPeak.accumulateAndGet(heapUsed(), Math::max);
					}
				}));
		double seconds = (System.nanoTime() - started) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
		long poolPeak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				poolPeak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf(Locale.ROOT,
				"RESULT mode=%s letters=%d seconds=%.2f rate=%.0f cpuSeconds=%.2f heapSampledPeakMiB=%d heapPoolPeakMiB=%d maxHeapMiB=%d threads=%d fast=%s%n",
				mode, summary.letters(), seconds, summary.letters() / seconds, cpuSeconds, heapPeak.get() >> 20, poolPeak >> 20,
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), summary.fastPath());
		System.out.println(summary.line());
	}

	/** The bench's invitees: a mix of languages and scripts, the default templates' two languages. */
	static List<Letter> letters(int count) {
		String[][] people = { { "en", "H.E.", "Alena", "Kupchyna", "Ambassador", "Permanent Mission of Belarus" },
				{ "fr", "Mme", "Élodie", "Lefèvre", "Conseillère", "Mission permanente de la France" },
				{ "en", "Ms.", "Maria", "Antonova", "Counsellor", "Permanent Mission of Bulgaria" },
				{ "en", "Dr.", "Jonas", "Øberg", "Attaché", "Permanent Mission of Norway" },
				{ "fr", "M.", "Karim", "Benali", "Premier secrétaire", "Mission permanente du Maroc" } };
		List<Letter> letters = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String[] p = people[i % people.length];
			letters.add(SampleLetters.letter(i + 1, "inv-" + (i + 1), p[0], p[1], p[2], p[3] + " " + (i + 1), p[4], p[5]));
		}
		return letters;
	}

	/** What each letter's template sees, and the template file its language uses. */
	private static void writeData(List<Letter> letters, Path file) throws IOException {
		LetterData data = new LetterData(SampleLetters.event(), SampleLetters.LETTER_DATE);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Letter letter : letters) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("template", letter.language().equals("fr") ? "invitation.fr.docx" : "invitation.docx");
			row.put("file", String.format(Locale.ROOT, "%05d.docx", letter.number()));
			row.put("data", data.of(letter));
			rows.add(row);
		}
		new ObjectMapper().writeValue(file.toFile(), rows);
	}

	/** CPU time of the whole process (every thread: the letters' workers, the JIT compilers, the collector). */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static long heapUsed() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void quietLogs() {
		org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		if (root instanceof ch.qos.logback.classic.Logger logback) {
			logback.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
