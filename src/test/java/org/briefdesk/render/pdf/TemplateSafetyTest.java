package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template reaches nothing outside its own folder, and a broken one says where it is broken. */
class TemplateSafetyTest {

	static final PdfExporter exporter = new PdfExporter(new PdfTemplates(TestFonts.withCjkSubset()));

	@TempDir
	Path folder;

	Path template;

	HttpServer server;

	final AtomicInteger requests = new AtomicInteger();

	@BeforeEach
	void copyTheDefaultTemplateAndListenForRequests() throws Exception {
		this.template = PdfFiles.copyDefaultTemplate(this.folder);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			this.requests.incrementAndGet();
			byte[] body = "body { color: red }".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stopListening() {
		this.server.stop(0);
	}

	String http(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	void edit(String file, String find, String replacement) throws Exception {
		Path path = this.template.resolve(file);
		String text = Files.readString(path, StandardCharsets.UTF_8);
		assertThat(text).contains(find);
		Files.writeString(path, text.replace(find, replacement), StandardCharsets.UTF_8);
	}

	@Test
	void filesOutsideTheFolderAndNetworkAddressesAreLeftOutWithAWarning() throws Exception {
		edit("briefing.xhtml", "<link rel=\"stylesheet\" type=\"text/css\" href=\"briefing.css\"/>",
				"<link rel=\"stylesheet\" type=\"text/css\" href=\"briefing.css\"/>\n"
						+ "  <link rel=\"stylesheet\" type=\"text/css\" href=\"" + http("/remote.css") + "\"/>\n"
						+ "  <link rel=\"stylesheet\" type=\"text/css\" href=\"file:/etc/passwd\"/>");
		edit("briefing.xhtml", "<div class=\"cover\" id=\"cover\">",
				"<div class=\"cover\" id=\"cover\"><img src=\"file:/etc/passwd\"/><img src=\"" + http("/logo.png")
						+ "\"/><img src=\"../../../../etc/passwd\"/>");
		edit("briefing.css", "@page {", "@import url(\"" + http("/imported.css") + "\");\n@import url(\"file:/etc/hostname\");\n@page {");
		RenderedPdf pdf = exporter.renderToBytes(SamplePacks.vienna2023(), this.template);
		assertThat(PdfFiles.text(pdf.bytes())).contains("Hanna Antonova").doesNotContain("root:");
		assertThat(pdf.warnings()).anyMatch(w -> w.contains(http("/remote.css")) && w.contains("network"))
			.anyMatch(w -> w.contains(http("/logo.png")) && w.contains("network"))
			.anyMatch(w -> w.contains(http("/imported.css")) && w.contains("network"))
			.anyMatch(w -> w.contains("file:/etc/passwd") && w.contains("inside its folder"))
			.anyMatch(w -> w.contains("/etc/hostname") && w.contains("inside its folder"))
			.allMatch(w -> !w.contains("\n"));
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void nothingOfTheRenderersOwnChatterReachesStandardOutput() throws Exception {
		Files.writeString(this.template.resolve("extra.css"), "h1 { color: #123456 }");
		edit("briefing.css", "@page {", "@import url(\"" + http("/imported.css") + "\");\n@import url(\"file:/etc/hostname\");\n"
				+ "@import \"extra.css\";\n@page {");
		java.io.PrintStream standardOutput = System.out;
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		RenderedPdf pdf;
		System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			pdf = exporter.renderToBytes(SamplePacks.vienna2023(), this.template);
		}
		finally {
			System.setOut(standardOutput);
		}
		assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(pdf.warnings()).hasSize(2).noneMatch(w -> w.contains("extra.css"));
		assertThat(PdfFiles.text(pdf.bytes())).contains("Hanna Antonova");
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void aSymbolicLinkOutOfTheFolderIsLeftOut() throws Exception {
		Files.createSymbolicLink(this.template.resolve("outside.css"), Path.of("/etc/passwd"));
		edit("briefing.xhtml", "href=\"briefing.css\"/>", "href=\"briefing.css\"/>\n  <link rel=\"stylesheet\" href=\"outside.css\"/>");
		RenderedPdf pdf = exporter.renderToBytes(SamplePacks.vienna2023(), this.template);
		assertThat(pdf.warnings()).singleElement().asString().contains("outside.css");
	}

	@Test
	void aFontLinkedFromOutsideTheFolderIsRefusedAndNotRead() throws Exception {
		Path outside = Files.createDirectories(this.folder.resolve("elsewhere"));
		Path font = this.template.resolve("fonts/NotoSans-Regular.ttf");
		Files.move(font, outside.resolve("NotoSans-Regular.ttf"));
		Files.createSymbolicLink(font, outside.resolve("NotoSans-Regular.ttf"));
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessage(font + " is a link to a file outside the template folder; a template reads only its own files:"
					+ " copy the font itself into " + this.template.resolve("fonts/"));
	}

	@Test
	void aFontsFolderLinkedFromOutsideIsRefused() throws Exception {
		Path fonts = this.template.resolve("fonts");
		Path outside = this.folder.resolve("shared-fonts");
		Files.move(fonts, outside);
		Files.createSymbolicLink(fonts, outside);
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("is a link to a folder outside the template folder")
			.hasMessageContaining("copy the fonts into");
	}

	@Test
	void aStylesheetLinkedFromOutsideIsNotReadForTheLetterBatchEither() throws Exception {
		Files.writeString(this.folder.resolve("secret.css"), "body { color: red }");
		Files.createSymbolicLink(this.template.resolve("linked.css"), this.folder.resolve("secret.css"));
		assertThat(TemplateFolder.Directory.open(this.template).read("linked.css")).isEmpty();
		assertThat(TemplateFolder.Directory.open(this.template).read("../secret.css")).isEmpty();
		assertThat(TemplateFolder.Directory.open(this.template).read("briefing.css")).isPresent();
	}

	@Test
	void imagesInTheFolderAreUsedAndSvgIsRefused() throws Exception {
		Files.write(this.template.resolve("logo.png"), tinyPng());
		Files.writeString(this.template.resolve("logo.svg"),
				"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><image href='" + http("/x.png") + "'/></svg>");
		edit("briefing.xhtml", "<div class=\"cover\" id=\"cover\">",
				"<div class=\"cover\" id=\"cover\"><img src=\"logo.png\" style=\"width: 10mm\"/><img src=\"logo.svg\"/>");
		RenderedPdf pdf = exporter.renderToBytes(SamplePacks.vienna2023(), this.template);
		assertThat(pdf.warnings()).singleElement().asString().contains("logo.svg").contains("PNG, JPEG or GIF");
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void aDoctypeThatFetchesADtdIsRefusedWithItsLine() throws Exception {
		edit("briefing.xhtml", "<!DOCTYPE html>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \""
				+ http("/xhtml1-strict.dtd") + "\">");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageStartingWith(this.template.resolve("briefing.xhtml").toRealPath() + ":1: ")
			.hasMessageContaining(http("/xhtml1-strict.dtd"))
			.hasMessageContaining("<!DOCTYPE html>");
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void anExternalEntityIsRefused() throws Exception {
		edit("briefing.xhtml", "<!DOCTYPE html>", "<!DOCTYPE html [\n<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>");
		edit("briefing.xhtml", "<h1>{{title}}</h1>", "<h1>{{title}} &secret;</h1>");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("briefing.xhtml:2: ")
			.hasMessageContaining("file:///etc/passwd")
			.hasMessageNotContaining("root:");
	}

	@Test
	void anInternalEntityDeclarationIsRefused() throws Exception {
		edit("briefing.xhtml", "<!DOCTYPE html>", "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n]>");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("briefing.xhtml:")
			.hasMessageContaining("declares entities");
	}

	@Test
	void malformedXhtmlFailsWithTheFileAndLine() throws Exception {
		Path file = this.template.resolve("briefing.xhtml");
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		int line = lines.indexOf("  <div class=\"cover-title\">") + 1;
		assertThat(line).isPositive();
		lines.set(line - 1, "  <div class=\"cover-title\"><p>never closed");
		Files.write(file, lines, StandardCharsets.UTF_8);
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageStartingWith(file.toRealPath() + ":")
			.hasMessageMatching("(?s)[^\\n]*:\\d+: [^\\n]*")
			.satisfies(failure -> assertThat(lineOf(failure.getMessage())).isBetween(line, line + 6));
	}

	@Test
	void anUnclosedSectionFailsWithTheFileAndLine() throws Exception {
		edit("briefing.xhtml", "{{#subtitle}}<p class=\"subtitle\">{{subtitle}}</p>{{/subtitle}}",
				"{{#subtitle}}<p class=\"subtitle\">{{subtitle}}</p>");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("briefing.xhtml:")
			.hasMessageContaining("subtitle");
	}

	@Test
	void aFieldThatIsNotInTheModelFailsWithItsLine() throws Exception {
		edit("briefing.xhtml", "<h1>{{title}}</h1>", "<h1>{{titel}}</h1>");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("briefing.xhtml:")
			.hasMessageContaining("no field 'titel'")
			.hasMessageContaining("template fields");
	}

	@Test
	void aTemplateCannotCallMethodsOfValues() throws Exception {
		edit("briefing.xhtml", "<h1>{{title}}</h1>", "<h1>{{title.class}} {{title.bytes}}</h1>");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("no field 'title.class'");
	}

	@Test
	void aValueWithMarkupIsPrintedAsText() throws Exception {
		var base = SamplePacks.vienna2023();
		var model = new org.briefdesk.render.PackModel("<img src=\"file:/etc/passwd\"/> & <b>bold</b>", base.subtitle(),
				base.briefingId(), base.language(), base.issuedBy(), base.event(), base.chair(), base.moderator(),
				base.coChairs(), base.purpose(), base.programme(), base.panelists(), base.prioritySet(), base.priorities(),
				base.figures(), base.quotes(), base.talkingPoints(), base.logistics(), base.sources(), base.generatedOn(),
				base.generatedOnIso());
		RenderedPdf pdf = exporter.renderToBytes(model, null);
		assertThat(PdfFiles.text(pdf.bytes()).replaceAll("\\s", "")).contains("<imgsrc=\"file:/etc/passwd\"/>&<b>bold</b>");
		assertThat(pdf.warnings()).isEmpty();
	}

	@Test
	void aTripleMustacheTagIsRefusedAtLoadWithItsLine() throws Exception {
		edit("briefing.xhtml", "<h1>{{title}}</h1>", "<h1>{{{title}}}</h1>");
		int line = lineOfText("briefing.xhtml", "{{{title}}}");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageStartingWith(this.template.resolve("briefing.xhtml") + ":" + line + ": {{{title}}}")
			.hasMessageContaining("unescaped");
	}

	@Test
	void anAmpersandTagIsRefusedAtLoadWithItsLine() throws Exception {
		edit("briefing.xhtml", "<h1>{{title}}</h1>", "<h1>{{& title}}</h1>");
		int line = lineOfText("briefing.xhtml", "{{& title}}");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageStartingWith(this.template.resolve("briefing.xhtml") + ":" + line + ": {{& title}}")
			.hasMessageContaining("unescaped");
	}

	@Test
	void otherDelimitersAreRefusedBecauseTheyWouldHideUnescapedTags() throws Exception {
		edit("briefing.xhtml", "<h1>{{title}}</h1>", "{{=<% %>=}}<h1><%{title}%></h1><%={{ }}=%>");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("briefing.xhtml:")
			.hasMessageContaining("other delimiters");
	}

	@Test
	void theWholeDataModelCannotBePrinted() throws Exception {
		for (String tag : List.of("{{.}}", "{{this}}", "{{ . }}")) {
			this.template = PdfFiles.copyDefaultTemplate(this.folder.resolve("t" + tag.hashCode()));
			edit("briefing.xhtml", "<h1>{{title}}</h1>", "<h1>" + tag + "</h1>");
			assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
				.isInstanceOf(BriefdeskException.class)
				.hasMessageContaining("briefing.xhtml:" + lineOfText("briefing.xhtml", tag) + ": " + tag)
				.hasMessageContaining("whole data model");
		}
	}

	@Test
	void aTagThatNamesAWholeObjectIsRefusedWhenFilledIn() throws Exception {
		edit("briefing.xhtml", "<h1>{{title}}</h1>", "<h1>{{event}} {{#event}}{{.}}{{/event}}</h1>");
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("briefing.xhtml: a tag names a whole object or list of the data model")
			.hasMessageNotContaining("{venue=")
			.hasMessageNotContaining("Exception");
	}

	@Test
	void theElementOfASectionOverTextsStillPrints() throws Exception {
		edit("briefing.xhtml", "<h1>{{title}}</h1>", "<h1>{{#title}}[{{.}}]{{/title}}</h1>");
		RenderedPdf pdf = exporter.renderToBytes(SamplePacks.vienna2023(), this.template);
		assertThat(PdfFiles.text(pdf.bytes())).contains("[" + SamplePacks.vienna2023().title().substring(0, 10));
	}

	int lineOfText(String file, String text) throws Exception {
		List<String> lines = Files.readAllLines(this.template.resolve(file), StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " is not in " + file);
	}

	@Test
	void aFolderWithoutBriefingXhtmlIsNamed() throws Exception {
		Files.delete(this.template.resolve("briefing.xhtml"));
		assertThatThrownBy(() -> exporter.renderToBytes(SamplePacks.vienna2023(), this.template))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("no briefing.xhtml in " + this.template);
	}

	private static int lineOf(String message) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(":(\\d+): ").matcher(message);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	private static byte[] tinyPng() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
