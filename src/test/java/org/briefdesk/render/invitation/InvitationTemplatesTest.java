package org.briefdesk.render.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The committed default letters are what their generator makes, and read as letters. */
class InvitationTemplatesTest {

	@Test
	void theCommittedLettersAreWhatTheGeneratorMakes() throws Exception {
		assertThat(Files.readAllBytes(InvitationTemplateGenerator.ENGLISH))
			.isEqualTo(InvitationTemplateGenerator.bytes(InvitationTemplateGenerator.EN));
		assertThat(Files.readAllBytes(InvitationTemplateGenerator.FRENCH))
			.isEqualTo(InvitationTemplateGenerator.bytes(InvitationTemplateGenerator.FR));
	}

	@Test
	void eachLetterAddressesTheInviteeInItsLanguage() throws Exception {
		String english = text(Files.readAllBytes(InvitationTemplateGenerator.ENGLISH));
		String french = text(Files.readAllBytes(InvitationTemplateGenerator.FRENCH));
		for (String text : new String[] { english, french }) {
			assertThat(text).contains("{{invitee.salutation}}", "{{invitee.title}}",
					"{{invitee.organisation}}", "{{invitee.closing}}", "{{letter.when}}", "{{invitee.addressee}}",
					"{{event.place}}", "{{event.coChairs}}", "{{signatory.fullName}}", "{{letter.date}}");
		}
		assertThat(english).contains("I have the honour to invite you", "Venue", "Co-chairs");
		assertThat(french).contains("{{issuedBy}} a l’honneur de vous inviter", "Lieu", "Coprésidence");
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

}
