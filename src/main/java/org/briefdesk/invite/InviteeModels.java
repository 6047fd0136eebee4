package org.briefdesk.invite;

import java.util.Map;

import org.briefdesk.render.InviteeView;
import org.briefdesk.render.TemplateData;

/**
 * The invitee part of an invitation's template data: {@link InviteeView} (what {@code template
 * fields} describes) and, for an engine, the same as a plain map under the names a template
 * uses ({@code given_name}, {@code salutation}, ...).
 */
public final class InviteeModels {

	private InviteeModels() {
	}

	/** The invitee as a letter in {@code language} shows it, addressed by {@code forms}. */
	public static InviteeView view(Invitee invitee, String language, FormsOfAddress forms) {
		FormsOfAddress.Address address = forms.address(invitee.contact(), language);
		return new InviteeView(invitee.id(), invitee.number(), text(invitee.honorific()), text(invitee.givenName()),
				text(invitee.familyName()), text(invitee.fullName()), text(invitee.title()), text(invitee.organisation()),
				text(invitee.email()), language, address.addressee(), address.salutation(), address.closing());
	}

	/** The invitee in its own language ({@link Invitee#languageCode()}). */
	public static InviteeView view(Invitee invitee, FormsOfAddress forms) {
		return view(invitee, invitee.languageCode(), forms);
	}

	/**
	 * The {@code invitee} map of a letter's template data: keys {@code id, number, honorific,
	 * given_name, family_name, full_name, title, organisation, email, language, addressee,
	 * salutation, closing}; strings (empty when unknown) and the number.
	 */
	public static Map<String, Object> map(Invitee invitee, String language, FormsOfAddress forms) {
		return TemplateData.of(view(invitee, language, forms));
	}

	/** An invitee to show what the fields hold (in {@code template fields}), addressed by the built-in rules. */
	public static InviteeView example() {
		Contact contact = new Contact("H.E. Ambassador Ms.", "Ana", "Moreno", "Ana Moreno",
				"Permanent Representative", "Permanent Mission of Spain", "ana.moreno@example.org", "en", null);
		Invitee invitee = new Invitee("an-event", "moreno-ana", 1, contact, ResponseStatus.NO_REPLY,
				null, null, null);
		return view(invitee, FormsOfAddressFile.builtIn());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
