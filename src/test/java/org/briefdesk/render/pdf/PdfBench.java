package org.briefdesk.render.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.TemplateData;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;

/**
 * The PDF export benchmark (not a test; run by {@code bench/pdf.sh}): renders the ten-page
 * bench pack in memory, first cold (fonts, template, classes), then warm many times, and
 * prints the median and spread of a whole render and of each phase.
 * <p>
 * Usage: {@code PdfBench [warm-up seconds] [measured renders]}.
 */
public final class PdfBench {

	private static final String[] PHASES = { "fill (JMustache)", "parse XHTML", "script runs", "CSS (setDocument)",
			"layout", "paint + write PDF", "total" };

	private static PdfTemplates templates;

	private PdfBench() {
	}

	public static void main(String[] args) {
		double warmUpSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
		int renders = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		long start = System.nanoTime();
		PdfTemplates templates = new PdfTemplates(PdfProperties.defaults());
		FontSet fonts = templates.fonts(templates.folder(null));
		long fontsReady = System.nanoTime();
		PdfTemplate template = templates.template(templates.folder(null));
		long templateReady = System.nanoTime();
		PdfBench.templates = templates;
		PdfExporter exporter = new PdfExporter(templates);
		PackModel latin = BenchPacks.tenPages(false);
		PackModel chinese = BenchPacks.tenPages(true);
		RenderedPdf first = exporter.renderToBytes(latin, null);
		long firstDone = System.nanoTime();
		System.out.printf(Locale.ROOT, "cold: text fonts %.0f ms, template %.0f ms, first render %.0f ms (%d pages, %d KB)%n",
				ms(fontsReady - start), ms(templateReady - fontsReady), ms(firstDone - templateReady), first.pages(),
				first.bytes().length / 1024);
		long warmUntil = System.nanoTime() + (long) (warmUpSeconds * 1e9);
		int warmed = 0;
		while (System.nanoTime() < warmUntil) {
			phases(template, warmed % 4 == 3 ? chinese : latin);
			warmed++;
		}
		System.out.printf(Locale.ROOT, "warm-up: %d renders in %.0f s%n", warmed, warmUpSeconds);
		report("10-page pack (Latin, Greek, Cyrillic, Arabic)", template, latin, renders);
		report("10-page pack with Chinese (installed CJK font, subset from a 19 MB collection)", template, chinese,
				renders / 3);
		// Interleaved, so that both see the same machine: Briefdesk's whole render, and Flying
		// Saucer used the plain way (the same filled-in XHTML as a string, fonts added to its
		// resolver for each render, its own user agent and parser).
		String filled = filledForPlainFlyingSaucer(template, latin);
		List<Long> whole = new ArrayList<>();
		List<Long> plain = new ArrayList<>();
		for (int i = 0; i < renders; i++) {
			long t = System.nanoTime();
			exporter.renderToBytes(latin, null);
			long t1 = System.nanoTime();
			plainFlyingSaucer(filled);
			long t2 = System.nanoTime();
			whole.add(t1 - t);
			plain.add(t2 - t1);
		}
		System.out.printf(Locale.ROOT, "%nsame machine, interleaved, %d renders each:%n", renders);
		System.out.printf(Locale.ROOT, "  PdfExporter.renderToBytes (everything)   median %6.1f ms  p10 %6.1f  p90 %6.1f%n",
				ms(percentile(whole, 50)), ms(percentile(whole, 10)), ms(percentile(whole, 90)));
		System.out.printf(Locale.ROOT, "  Flying Saucer the plain way              median %6.1f ms  p10 %6.1f  p90 %6.1f%n",
				ms(percentile(plain, 50)), ms(percentile(plain, 10)), ms(percentile(plain, 90)));
	}

	private static String filledForPlainFlyingSaucer(PdfTemplate template, PackModel model) {
		Document document = SecureXhtml.parse(template.fill(TemplateData.of(model)), line -> "bench:" + line);
		ScriptRuns.apply(document, templates.fonts(template.folder()));
		try {
			java.io.StringWriter text = new java.io.StringWriter();
			javax.xml.transform.Transformer transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
			transformer.transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(text));
			return text.toString().replace("href=\"briefing.css\"", "href=\""
					+ java.nio.file.Path.of("templates/briefing-pdf/briefing.css").toAbsolutePath().toUri() + "\"");
		}
		catch (javax.xml.transform.TransformerException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private static void plainFlyingSaucer(String xhtml) {
		try {
			ITextRenderer renderer = new ITextRenderer();
			for (String font : List.of("NotoSerif-Regular", "NotoSerif-Italic", "NotoSans-Regular", "NotoSans-Bold",
					"NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold")) {
				renderer.getFontResolver().addFont("templates/briefing-pdf/fonts/" + font + ".ttf",
						com.lowagie.text.pdf.BaseFont.IDENTITY_H, true);
			}
			renderer.setDocumentFromString(xhtml);
			renderer.layout();
			renderer.createPDF(new ByteArrayOutputStream(256 * 1024));
		}
		catch (java.io.IOException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private static void report(String title, PdfTemplate template, PackModel model, int renders) {
		long[][] times = new long[PHASES.length][renders];
		int pages = 0;
		for (int i = 0; i < renders; i++) {
			long[] one = phases(template, model);
			for (int phase = 0; phase < PHASES.length; phase++) {
				times[phase][i] = one[phase];
			}
			pages = (int) one[PHASES.length];
		}
		System.out.printf(Locale.ROOT, "%n%s, %d pages, %d renders:%n", title, pages, renders);
		System.out.printf(Locale.ROOT, "  %-20s %8s %8s %8s%n", "phase", "median", "p10", "p90");
		for (int phase = 0; phase < PHASES.length; phase++) {
			List<Long> list = Arrays.stream(times[phase]).boxed().toList();
			System.out.printf(Locale.ROOT, "  %-20s %8.1f %8.1f %8.1f  ms%n", PHASES[phase], ms(percentile(list, 50)),
					ms(percentile(list, 10)), ms(percentile(list, 90)));
		}
	}

	/** One render, step by step as {@link PdfExporter} does it; the times of each phase, then the page count. */
	private static long[] phases(PdfTemplate template, PackModel model) {
		long t0 = System.nanoTime();
		String filled = template.fill(TemplateData.of(model));
		long t1 = System.nanoTime();
		Document document = SecureXhtml.parse(filled, line -> "bench:" + line);
		long t2 = System.nanoTime();
		FontSet fonts = templates.fonts(template.folder());
		fonts = templates.readyToRender(template.folder(), fonts, ScriptRuns.apply(document, fonts).needsShaping());
		long t3 = System.nanoTime();
		ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
		TemplateUserAgent agent = new TemplateUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, template.folder(),
				warning -> {
				});
		ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
				ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, new TemplateFontResolver(fonts),
				new ITextReplacedElementFactory(device), new ShapingTextRenderer());
		renderer.setListener(new PdfMetadata(model, model.language()));
		renderer.setDocument(document, template.folder().baseUri());
		long t4 = System.nanoTime();
		renderer.layout();
		long t5 = System.nanoTime();
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		renderer.createPDF(out);
		long t6 = System.nanoTime();
		return new long[] { t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t6 - t0,
				renderer.getRootBox().getLayer().getPages().size() };
	}

	private static long percentile(List<Long> values, int percent) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
