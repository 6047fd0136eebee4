package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.briefdesk.render.TemplateFields;
import org.briefdesk.render.TemplateFields.FieldInfo;
import org.junit.jupiter.api.Test;

class InviteeModelsTest {

	@Test
	void anInviteesTemplateDataHasTheSnakeCaseFieldsTheLettersRead() {
		Contact contact = new Contact("Mme", "Aminata", "Diallo", "Aminata Diallo", "Conseillère",
				"Mission permanente du Sénégal", null, "FR", null);
		Invitee invitee = new Invitee("e", "diallo-aminata", 7, contact, ResponseStatus.NO_REPLY, null, null, null);
		Map<String, Object> map = InviteeModels.map(invitee, invitee.languageCode(), FormsOfAddressFile.builtIn());
		assertThat(map).containsOnlyKeys("id", "number", "honorific", "given_name", "family_name", "full_name", "title",
				"organisation", "email", "language", "addressee", "salutation", "closing");
		assertThat(map).containsEntry("number", 7)
			.containsEntry("language", "fr")
			.containsEntry("email", "")
			.containsEntry("salutation", "Madame,")
			.containsEntry("closing", "Je vous prie d'agréer, Madame, l'expression de ma considération distinguée.")
			.containsEntry("addressee", "Mme Aminata Diallo");
	}

	@Test
	void templateFieldsDescribesTheInviteeGroupUnderItsTemplateNames() {
		assertThat(TemplateFields.describeInvitee(InviteeModels.example())).extracting(FieldInfo::path)
			.containsExactly("invitee", "invitee.id", "invitee.number", "invitee.honorific", "invitee.given_name",
					"invitee.family_name", "invitee.full_name", "invitee.title", "invitee.organisation", "invitee.email",
					"invitee.language", "invitee.addressee", "invitee.salutation", "invitee.closing");
		assertThat(TemplateFields.describeInvitee(InviteeModels.example()))
			.filteredOn(field -> field.path().equals("invitee.salutation"))
			.singleElement()
			.extracting(FieldInfo::example)
			.isEqualTo("Excellency,");
		assertThat(TemplateFields.resolve(org.briefdesk.render.InviteeView.class, "given_name")).isPresent();
		assertThat(TemplateFields.resolve(org.briefdesk.render.InviteeView.class, "givenName")).isEmpty();
	}

}
