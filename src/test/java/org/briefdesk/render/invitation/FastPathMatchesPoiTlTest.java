package org.briefdesk.render.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefdesk.render.invitation.InvitationTemplateGenerator.EN;
import static org.briefdesk.render.invitation.InvitationTemplateGenerator.FR;
import static org.briefdesk.render.invitation.InvitationTemplateGenerator.cell;
import static org.briefdesk.render.invitation.InvitationTemplateGenerator.p;
import static org.briefdesk.render.invitation.InvitationTemplateGenerator.paragraph;
import static org.briefdesk.render.invitation.InvitationTemplateGenerator.run;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The fast path writes the same document as poi-tl rendering the same template: the same
 * paragraphs, with the same paragraph and run properties and the same text, in the body and
 * in every header and footer, for the default letters and for templates whose tags are split
 * over runs of different formatting, share a run with text, sit in tables, headers, footers
 * and numbered paragraphs; for ordinary and hostile values.
 */
class FastPathMatchesPoiTlTest {

	static List<Object[]> templates() throws Exception {
		return List.of(new Object[] { "invitation.docx", InvitationTemplateGenerator.bytes(EN) },
				new Object[] { "invitation.fr.docx", InvitationTemplateGenerator.bytes(FR) },
				new Object[] { "split runs, tables, header, footer, list", TestTemplates.splitRuns() });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void theFastPathWritesWhatPoiTlWrites(String name, byte[] template) throws Exception {
		LetterTemplate fast = FastDocxTemplate.compile(name, template).orElseThrow();
		LetterTemplate reference = new PoiTlLetterTemplate(name, template);
		LetterData data = new LetterData(SampleLetters.event(), SampleLetters.LETTER_DATE);
		List<Letter> letters = new java.util.ArrayList<>(SampleLetters.hostile());
		letters.add(SampleLetters.letter(5, "plain", "en", "Ms.", "Maria", "Antonova", "Counsellor", "Mission of X"));
		for (Letter letter : letters) {
			Map<String, Object> values = data.of(letter);
			Map<String, List<String>> expected = WordParts.text(write(reference, values));
			Map<String, List<String>> actual = WordParts.text(write(fast, values));
			assertThat(actual).as("letter %s", letter.inviteeId()).isEqualTo(expected);
			assertThat(String.join("\n", actual.get("word/document.xml")))
				.contains(String.valueOf(letter.invitee().get("salutation")).replace("\n", "").split("\r")[0]);
		}
	}

	@Test
	void aTemplateWithABlockIsRenderedByPoiTl() throws Exception {
		byte[] template = TestTemplates.withBody(
				p("Normal", run("{{?invitee.title}}")) + p("Normal", run("Title: {{invitee.title}}"))
						+ p("Normal", run("{{/invitee.title}}")) + p("Normal", run("{{invitee.salutation}}")));
		LetterTemplate compiled = LetterTemplate.compile("block", template);
		assertThat(compiled.isFast()).isFalse();
		LetterData data = new LetterData(SampleLetters.event(), SampleLetters.LETTER_DATE);
		Letter letter = SampleLetters.letter(1, "a", "en", "Dr.", "Ann", "Lee", "", "Org");
		String body = String.join("\n", WordParts.text(write(compiled, data.of(letter))).get("word/document.xml"));
		assertThat(body).contains("Dear Dr. Lee,").doesNotContain("Title:");
	}

	@Test
	void theDefaultTemplatesTakeTheFastPath() throws Exception {
		assertThat(LetterTemplate.compile("en", InvitationTemplateGenerator.bytes(EN)).isFast()).isTrue();
		assertThat(LetterTemplate.compile("fr", InvitationTemplateGenerator.bytes(FR)).isFast()).isTrue();
	}

	@Test
	void aFieldTheDataLacksFailsInOneLineOnBothPaths() throws Exception {
		byte[] template = TestTemplates.withBody(p("Normal", run("{{invitee.shoe_size}}")));
		LetterData data = new LetterData(SampleLetters.event(), SampleLetters.LETTER_DATE);
		Map<String, Object> values = data.of(SampleLetters.letter(1, "a", "en", "Dr.", "Ann", "Lee", "", "Org"));
		assertThatThrownBy(() -> write(FastDocxTemplate.compile("t", template).orElseThrow(), values))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("invitee.shoe_size");
		assertThatThrownBy(() -> write(new PoiTlLetterTemplate("t", template), values))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("invitee.shoe_size");
	}

	static byte[] write(LetterTemplate template, Map<String, Object> values) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		template.write(values, out);
		return out.toByteArray();
	}

	/** Test templates built from the default letter's package. */
	static final class TestTemplates {

		static byte[] withBody(String body) throws Exception {
			return InvitationTemplateGenerator.zip(InvitationTemplateGenerator.parts(EN,
					InvitationTemplateGenerator.wrapBody(body), InvitationTemplateGenerator.header(),
					InvitationTemplateGenerator.footer(EN)));
		}

		/** Tags split over runs of different formatting, beside text, in tables, header, footer, list. */
		static byte[] splitRuns() throws Exception {
			String bold = "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">";
			String italic = "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">";
			String end = "</w:t></w:r>";
			String body = p("Normal", bold + "Dear {{invitee." + end, italic + "salut" + end, run("ation}} and more"))
					+ p("Normal", run("{{invitee.given_name}} {{invitee.family_name}}, {{invitee.title}}"))
					+ p("Normal", run("{"), run("{event.ti"), run("tle}"), run("} – {{letter.date}}"))
					+ "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2500\"/><w:gridCol w:w=\"2500\"/></w:tblGrid><w:tr>"
					+ cell(2500, p("Normal", run("Organisation"))) + cell(2500, p("Normal", bold + "{{invitee.organi" + end, run("sation}}")))
					+ "</w:tr><w:tr>" + cell(2500, p("Normal", run("Title"))) + cell(2500, p("Normal", run("{{invitee.title}}")))
					+ "</w:tr></w:tbl>"
					+ paragraph("ListParagraph", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
							run("First: {{event.date}}"))
					+ paragraph("ListParagraph", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
							run("Second: {{event.time}} at {{event.place}}"))
					+ p("Normal", run("{{invitee.closing}}"));
			String header = InvitationTemplateGenerator.xml("<w:hdr xmlns:w=\"" + InvitationTemplateGenerator.W
					+ "\" xmlns:r=\"" + InvitationTemplateGenerator.R + "\">"
					+ p("Normal", bold + "{{invitee.full" + end, run("_name}} · {{issuedBy}}")) + "</w:hdr>");
			String footer = InvitationTemplateGenerator.xml("<w:ftr xmlns:w=\"" + InvitationTemplateGenerator.W
					+ "\" xmlns:r=\"" + InvitationTemplateGenerator.R + "\">"
					+ p("Footer", run("{{invitee.organisation}}"), "<w:r><w:tab/></w:r>",
							InvitationTemplateGenerator.field("PAGE", "1"))
					+ "</w:ftr>");
			return InvitationTemplateGenerator.zip(InvitationTemplateGenerator.parts(EN,
					InvitationTemplateGenerator.wrapBody(body), header, footer));
		}

	}

}
