package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.briefdesk.facts.LibraryExporter;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.Unchanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A broken or hostile PDF template through {@code export pdf --overwrite} over an earlier
 * export: refused in one line naming the file and line, and the earlier PDF and the library
 * byte-identical. (What each refusal says, resources outside the folder, links, fonts and
 * right-to-left text: render/pdf/TemplateSafetyTest and PdfScriptsTest.)
 */
@BriefdeskTest
class PdfTemplateFaultsTest {

	private static final String BRIEFING = "vienna-2023-briefing";

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	LibraryExporter library;

	@MockitoBean
	PackModelSource packs;

	/** The sample pack is not a briefing of the library: its exports are recorded nowhere. */
	@MockitoBean
	org.briefdesk.briefing.history.BriefingSnapshots snapshots;

	@TempDir
	Path folder;

	@BeforeEach
	void samplePack() {
		given(this.packs.forBriefing(BRIEFING)).willReturn(SamplePacks.vienna2023());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			malformed XHTML              | <div class="cover" id="cover">  | <div class="cover" id="cover"><p>       | briefing.xhtml:
			a triple mustache            | <div class="cover" id="cover">  | <div class="cover" id="cover">{{{title}}} | briefing.xhtml:
			an ampersand tag             | <div class="cover" id="cover">  | <div class="cover" id="cover">{{&title}} | briefing.xhtml:
			the whole model              | <div class="cover" id="cover">  | <div class="cover" id="cover">{{.}}      | briefing.xhtml:
			an unclosed section          | <div class="cover" id="cover">  | <div class="cover" id="cover">{{#panelists}} | briefing.xhtml:
			""")
	void aBrokenTemplateIsRefusedAndTheEarlierPdfAndTheLibraryStay(String what, String find, String replacement,
			String named) throws IOException {
		Path out = Files.createDirectory(this.folder.resolve("out")).resolve("pack.pdf");
		Outcome first = run("export pdf --briefing " + BRIEFING + " --out " + out);
		assertThat(first.exitCode()).as(first.message()).isZero();
		Map<String, String> outputsBefore = Unchanged.folder(out.getParent());
		Map<String, String> libraryBefore = Unchanged.library(this.library);

		Path template = this.folder.resolve("template");
		org.apache.commons.io.FileUtils.copyDirectory(Path.of("templates/briefing-pdf").toFile(), template.toFile());
		Path xhtml = template.resolve("briefing.xhtml");
		String text = Files.readString(xhtml, StandardCharsets.UTF_8);
		assertThat(text).contains(find);
		Files.writeString(xhtml, text.replace(find, replacement), StandardCharsets.UTF_8);

		Outcome outcome = run("export pdf --briefing " + BRIEFING + " --template " + template + " --out " + out + " --overwrite");
		assertThat(outcome.exitCode()).as(what).isEqualTo(1);
		assertThat(outcome.message()).contains(named).doesNotContain("\n").doesNotContainPattern("[A-Z][A-Za-z]*Exception");
		assertThat(Unchanged.folder(out.getParent())).isEqualTo(outputsBefore);
		assertThat(Unchanged.library(this.library)).isEqualTo(libraryBefore);
	}

	private Outcome run(String line) {
		return this.dispatcher.execute(line, new PrintWriter(new StringWriter(), true), new InputReader() {
		});
	}

}
