package org.briefdesk.render.docx;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.briefdesk.render.PackModel;
import org.briefdesk.BriefdeskApplication;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.render.PackModelSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.slf4j.LoggerFactory;

/**
 * Benchmark (not a test): warm export of the largest sample pack through the default
 * template, in memory and to a file. Run by {@code bench/docx.sh}; prints the median and
 * the 90th percentile of each, and how the time splits between compiling and checking the
 * template, filling it, and writing the .docx.
 *
 * <p>Arguments: warm-up rounds (default 300), measured rounds (default 300).
 */
public final class DocxExportBench {

	private DocxExportBench() {
	}

	public static void main(String[] args) throws Exception {
		// poi-tl logs every tag at INFO; the application runs with WARN (application.properties).
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		PackModel pack = largestSampleBriefing();
		DocxExporter exporter = new DocxExporter(new CheckedTemplates());
		Path folder = Files.createTempDirectory("docx-bench");
		for (int i = 0; i < warmup; i++) {
			exporter.render(pack, null);
		}
		long[] memory = new long[rounds];
		long[] memoryCpu = new long[rounds];
		long[] file = new long[rounds];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < rounds; i++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			exporter.render(pack, null);
			memory[i] = System.nanoTime() - start;
			memoryCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
			Path out = folder.resolve("pack-" + i + ".docx");
			start = System.nanoTime();
			exporter.render(pack, null, out, false);
			file[i] = System.nanoTime() - start;
			Files.delete(out);
		}
		Files.delete(folder);
		System.out.println("pack: sample briefing " + pack.briefingId() + " (the largest: " + pack.panelists().size()
				+ " panelists, " + pack.figures().size() + " figures, " + pack.quotes().size() + " quotes, "
				+ pack.programme().size() + " programme items), default template, " + rounds + " rounds after " + warmup
				+ " warm-up");
		System.out.println(line("export to memory", memory));
		// CPU time of the exporting thread: what the export costs when the machine is busy with other work.
		System.out.println(line("  (its CPU time)", memoryCpu));
		System.out.println(line("export to a file", file));
		phases(pack, rounds);
	}

	/**
	 * The sample briefing with the most content, read from a new library in a scratch data
	 * directory (the library a first start creates), as `export docx` would read it.
	 */
	private static PackModel largestSampleBriefing() throws Exception {
		Path home = Files.createTempDirectory("docx-bench-home");
		SpringApplication app = new SpringApplication(BriefdeskApplication.class);
		app.setDefaultProperties(java.util.Map.of("briefdesk.home", home.toString(), "briefdesk.home-was-empty", "true",
				"briefdesk.runner.enabled", "false", "logging.file.name", home.resolve("briefdesk.log").toString()));
		app.setLogStartupInfo(false);
		try (ConfigurableApplicationContext context = app.run()) {
			BriefingQueries briefings = context.getBean(BriefingQueries.class);
			PackModelSource packs = context.getBean(PackModelSource.class);
			return briefings.ids()
				.stream()
				.map(packs::forBriefing)
				.max(java.util.Comparator.comparingInt(DocxExportBench::size))
				.orElseThrow(() -> new IllegalStateException("the sample library has no briefings"));
		}
	}

	/** How much a pack holds: its TemplateData rendered as text is a fair measure of the work. */
	private static int size(PackModel pack) {
		return org.briefdesk.render.TemplateData.of(pack).toString().length();
	}

	/** The exporter's steps one by one (as DocxExporter.render does them), each timed. */
	private static void phases(PackModel pack, int rounds) throws Exception {
		String[] names = { "read template", "compile (its check is remembered)", "fill", "document properties", "write .docx" };
		long[][] times = new long[names.length][rounds];
		CheckedTemplates checker = new CheckedTemplates();
		for (int i = 0; i < rounds; i++) {
			long t0 = System.nanoTime();
			byte[] template = DocxFiles.read(null);
			long t1 = System.nanoTime();
			var configure = PoiTlConfiguration.create(CrossReferences.forPack(pack));
			var compiled = checker.check("default", template, configure).compiled();
			long t2 = System.nanoTime();
			compiled.render(org.briefdesk.render.TemplateData.of(pack));
			long t3 = System.nanoTime();
			DocxExporter.properties(compiled.getXWPFDocument(), pack, java.time.Instant.now());
			long t4 = System.nanoTime();
			compiled.write(new java.io.ByteArrayOutputStream());
			long t5 = System.nanoTime();
			compiled.close();
			long[] stamps = { t0, t1, t2, t3, t4, t5 };
			for (int phase = 0; phase < names.length; phase++) {
				times[phase][i] = stamps[phase + 1] - stamps[phase];
			}
		}
		StringBuilder line = new StringBuilder("  where the time goes (medians):");
		for (int phase = 0; phase < names.length; phase++) {
			long[] sorted = times[phase].clone();
			Arrays.sort(sorted);
			line.append(String.format(Locale.ROOT, " %s %.2f ms%s", names[phase], sorted[rounds / 2] / 1e6,
					phase < names.length - 1 ? "," : ""));
		}
		System.out.println(line);
	}

	private static String line(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "  %-18s median %6.2f ms   p90 %6.2f ms   min %6.2f ms", what,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[0] / 1e6);
	}

}
