package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefdesk.render.LetterModel;
import org.briefdesk.render.PackModel;
import org.junit.jupiter.api.Test;

/** The PDF templates' placeholders are resolved as JMustache resolves them, innermost section first. */
class TemplateFieldNamesTest {

	@Test
	void theBuiltInLetterTemplatesNameOnlyLetterFields() throws IOException {
		for (String file : new String[] { "invitation.xhtml", "invitation.fr.xhtml" }) {
			String text = Files.readString(Path.of("templates/invitation-pdf", file));
			assertThat(TemplateFieldNames.unknown(text, LetterModel.class)).as(file).isEmpty();
		}
	}

	@Test
	void theBriefingTemplateIsNotALetter() throws IOException {
		String text = Files.readString(Path.of("templates/briefing-pdf/briefing.xhtml"));
		assertThat(TemplateFieldNames.unknown(text, PackModel.class)).isEmpty();
		assertThat(TemplateFieldNames.unknown(text, LetterModel.class)).isNotEmpty();
	}

	@Test
	void aNameInsideALoopIsTheElementsFirstAndTheLettersAfter() {
		String text = "<p>{{#coChairs}}{{acronym}} {{issuedBy}} {{-last}}{{/coChairs}}</p>\n<p>{{#coChairs}}{{nickname}}{{/coChairs}}</p>";
		assertThat(TemplateFieldNames.unknown(text, LetterModel.class))
			.containsExactly(new TemplateFieldNames.Unknown(2, "{{nickname}}"));
	}

	@Test
	void anUnknownSectionAndAnUnknownTripleBracedFieldAreReported() {
		String text = "{{^invitee.nick}}x{{/invitee.nick}}\n{{{letter.ref}}} {{! a comment }}";
		assertThat(TemplateFieldNames.unknown(text, LetterModel.class)).extracting(TemplateFieldNames.Unknown::tag)
			.containsExactly("{{^invitee.nick}}", "{{{letter.ref}}}");
	}

}
