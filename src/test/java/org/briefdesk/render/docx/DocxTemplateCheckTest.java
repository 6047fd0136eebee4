package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.render.docx.TemplateCheck.Placeholder;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxTemplateCheckTest {

	@TempDir
	Path folder;

	private final CheckedTemplates checker = new CheckedTemplates();

	@Test
	void theDefaultTemplateHasNoProblem() {
		TemplateCheck check = this.checker.check((Path) null);
		assertThat(check.problems()).isEmpty();
		assertThat(check.placeholders()).extracting(Placeholder::field)
			.contains("title", "event.title", "panelists[].fullName", "figures[].note", "sources[].citation");
	}

	@Test
	void everyPlaceholderIsListedWithWhereItIsAndTheFieldItReads() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("Briefing: {{title}}", "", "On {{event.date}}"));
		assertThat(check.placeholders()).containsExactly(
				new Placeholder("body paragraph 1", "{{title}}", "title", ""),
				new Placeholder("body paragraph 3", "{{event.date}}", "event.date", ""));
		assertThat(check.ok()).isTrue();
	}

	@Test
	void anUnknownFieldIsFlaggedWithItsPlaceAndASuggestion() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{title}}", "Venue: {{event.venu}}"));
		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.where()).isEqualTo("body paragraph 2");
			assertThat(problem.tag()).isEqualTo("{{event.venu}}");
			assertThat(problem.problem()).contains("unknown field {{event.venu}}").contains("did you mean event.venue?");
		});
		assertThat(check.firstProblem()).startsWith(check.template() + ": body paragraph 2: unknown field {{event.venu}}");
	}

	@Test
	void insideALoopNamesAreResolvedAgainstTheListElement() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{?panelists}}", "{{fullName}}, {{title}} ({{_index}})",
				"{{event.title}}", "{{nickname}}", "{{/panelists}}"));
		assertThat(check.placeholders()).filteredOn(Placeholder::ok)
			.extracting(Placeholder::field)
			.contains("panelists[]", "panelists[].fullName", "panelists[].title", "panelists[]._index");
		assertThat(check.problems()).extracting(Placeholder::tag).containsExactly("{{event.title}}", "{{nickname}}");
		assertThat(check.problems().get(0).problem()).contains("cannot be used inside the loop over panelists");
		assertThat(check.problems().get(1).problem()).contains("unknown field {{nickname}} in the loop over panelists");
	}

	@Test
	void anUnclosedBlockIsFlaggedWhereItOpens() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{title}}", "{{?quotes}}", "{{text}}"));
		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.where()).isEqualTo("body paragraph 2");
			assertThat(problem.problem()).contains("{{?quotes}} is never closed").contains("{{/quotes}}");
		});
	}

	@Test
	void anEndWithoutItsBlockIsFlagged() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{title}}", "{{/quotes}}"));
		assertThat(check.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.problem()).contains("{{/quotes}} closes no block"));
	}

	@Test
	void blocksClosedInTheWrongOrderAreFlagged() throws IOException {
		TemplateCheck check = check(
				BadTemplates.paragraphs("{{?panelists}}", "{{?bio}}", "{{bio}}", "{{/panelists}}", "{{/bio}}"));
		assertThat(check.problems()).first()
			.satisfies(problem -> assertThat(problem.problem()).contains("{{/panelists}} closes {{?bio}}"));
	}

	@Test
	void aStrayOpeningBraceIsFlagged() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("Meeting: {{event.title", "{{title}}"));
		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.where()).isEqualTo("body paragraph 1");
			assertThat(problem.problem()).contains("a stray \"{{\"");
		});
	}

	@Test
	void aStrayClosingBraceIsFlagged() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{title}}", "Meeting: event.title}}"));
		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.where()).isEqualTo("body paragraph 2");
			assertThat(problem.problem()).contains("a stray \"}}\"");
		});
	}

	@Test
	void anExpressionThatPoiTlWouldPrintAsIsIsFlagged() throws IOException {
		TemplateCheck check = check(
				BadTemplates.paragraphs("{{T(java.lang.Runtime).getRuntime().exec('id')}}", "{{ title }}"));
		assertThat(check.problems()).extracting(Placeholder::tag)
			.containsExactly("{{T(java.lang.Runtime).getRuntime().exec('id')}}", "{{ title }}");
		assertThat(check.problems()).allSatisfy(
				problem -> assertThat(problem.problem()).contains("is not a placeholder").contains("printed as is"));
	}

	@Test
	void pictureTableNumberingAndIncludeTagsAreRefused() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{@title}}", "{{#programme}}", "{{*priorities}}",
				"{{+title}}"));
		assertThat(check.problems()).hasSize(4)
			.allSatisfy(problem -> assertThat(problem.problem()).contains("Briefdesk templates do not do"));
		assertThat(check.problems().get(0).problem()).contains("a picture");
	}

	@Test
	void aListPrintedOutsideATableIsFlagged() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{panelists}}"));
		assertThat(check.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.problem()).contains("is a list").contains("{{?panelists}}"));
	}

	@Test
	void aGroupOfFieldsPrintedAsTextIsFlagged() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{event}}"));
		assertThat(check.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.problem()).contains("group of fields").contains("{{event."));
	}

	@Test
	void aCitationMarkNeedsANoteNumberOrAHeading() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{?figures}}", "{{statement}}{{^statement}}{{^note}}",
				"{{/figures}}", "{{?contents}}", "{{^heading}}", "{{/contents}}"));
		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.tag()).isEqualTo("{{^statement}}");
			assertThat(problem.problem()).contains("{{^note}}").contains("{{^heading}}");
		});
	}

	@Test
	void aLinkTargetIsASourcesNumberOrASectionHeading() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{~headings.figures}}", "{{?sources}}", "{{~number}}",
				"{{/sources}}", "{{?panelists}}", "{{~number}}", "{{/panelists}}", "{{~title}}"));
		assertThat(check.problems()).extracting(Placeholder::where)
			.containsExactly("body paragraph 6", "body paragraph 8");
		assertThat(check.problems().get(0).problem()).contains("{{~number}}").contains("sources");
	}

	@Test
	void aRepeatedTableRowIsCheckedAgainstTheListElementAndLocatedByTableRowAndCell() throws IOException {
		XWPFDocument document = BadTemplates.withTable(BadTemplates.paragraphs("Programme"),
				new String[][] { { "{{programme}}Time", "Item" }, { "[time]", "[item] [who]" } });
		TemplateCheck check = check(document);
		assertThat(check.placeholders()).contains(
				new Placeholder("table 1 row 1 cell 1", "{{programme}}", "programme[]", ""),
				new Placeholder("table 1 row 2 cell 1", "[time]", "programme[].time", ""));
		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.where()).isEqualTo("table 1 row 2 cell 2");
			assertThat(problem.tag()).isEqualTo("[who]");
		});
	}

	@Test
	void bracesInARepeatedRowAreFlagged() throws IOException {
		XWPFDocument document = BadTemplates.withTable(BadTemplates.paragraphs("Programme"),
				new String[][] { { "{{programme}}Time", "Item" }, { "[time]", "{{item}}" } });
		assertThat(check(document).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.problem()).contains("write fields as [name]"));
	}

	@Test
	void aRowLoopInTheLastRowIsFlagged() throws IOException {
		XWPFDocument document = BadTemplates.withTable(BadTemplates.paragraphs("Programme"),
				new String[][] { { "Time", "Item" }, { "{{programme}}", "" } });
		assertThat(check(document).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.problem()).contains("in the last row"));
	}

	@Test
	void placeholdersInHeaderAndFooterAreCheckedAndLocated() throws IOException {
		XWPFDocument document = BadTemplates.withHeaderAndFooter(BadTemplates.paragraphs("{{title}}"),
				"{{event.title}}", "{{event.dtae}}");
		TemplateCheck check = check(document);
		assertThat(check.placeholders()).contains(new Placeholder("header", "{{event.title}}", "event.title", ""));
		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.where()).isEqualTo("footer");
			assertThat(problem.tag()).isEqualTo("{{event.dtae}}");
		});
	}

	@Test
	void aPlaceholderSplitAcrossRunsIsFoundWhole() throws IOException {
		XWPFDocument document = BadTemplates.withRuns(BadTemplates.paragraphs("{{title}}"), "{{event.", "tit", "le}}",
				" and {{even", "t.nope}}");
		TemplateCheck check = check(document);
		assertThat(check.placeholders()).extracting(Placeholder::tag)
			.containsExactly("{{title}}", "{{event.title}}", "{{event.nope}}");
		assertThat(check.problems()).extracting(Placeholder::tag).containsExactly("{{event.nope}}");
	}

	@Test
	void everyMistakeIsReportedAtOnceAndTheFirstLineCountsTheRest() throws IOException {
		TemplateCheck check = check(BadTemplates.paragraphs("{{nope}}", "{{title", "{{?panelists}}"));
		assertThat(check.problems()).hasSize(3);
		assertThat(check.firstProblem()).contains("body paragraph 1").contains("(and 2 more; `template check");
		assertThatThrownBy(check::throwIfWrong).isInstanceOf(BriefdeskException.class).hasMessage(check.firstProblem());
	}

	@Test
	void aFileThatIsNotAWordDocumentIsRefusedInOneLine() throws IOException {
		Path file = Files.writeString(this.folder.resolve("notes.docx"), "just text");
		assertThatThrownBy(() -> this.checker.check(file)).isInstanceOf(BriefdeskException.class)
			.hasMessageStartingWith("cannot read template " + file + ": it is not a Word .docx file")
			.satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
	}

	@Test
	void aMissingTemplateSaysSo() {
		Path missing = this.folder.resolve("nowhere.docx");
		assertThatThrownBy(() -> this.checker.check(missing)).isInstanceOf(BriefdeskException.class)
			.hasMessage("no template file " + missing + "; check the path");
	}

	private TemplateCheck check(XWPFDocument document) throws IOException {
		return this.checker.check(BadTemplates.write(Files.createTempFile(this.folder, "template", ".docx"), document));
	}

}
