package org.briefdesk.render.invitation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.briefdesk.render.PackModel.EventView;
import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.LetterModel;
import org.briefdesk.render.TemplateData;
import org.briefdesk.render.TemplateFields;

/**
 * What a letter template sees: the pack's event fields ({@code event.title},
 * {@code event.date}, {@code event.time}, {@code event.place}, {@code event.coChairs}...)
 * written in the letter's language, the co-chairs, the signatory ({@code signatory.fullName},
 * {@code signatory.title}), the letterhead ({@code issuedBy}), the letter itself
 * ({@code letter.date}, {@code letter.number}) and the invitee ({@code invitee.salutation},
 * {@code invitee.full_name}...). Plain maps, lists and texts only (see {@link TemplateData}),
 * under the names {@link LetterModel} describes: what {@code template fields} lists and the
 * template checks accept.
 */
final class LetterData {

	/** The fields a letter template can name, for messages. */
	static final List<String> FIELDS = fields();

	private final InvitationEvent event;

	private final LocalDate letterDate;

	private final Map<String, Map<String, Object>> byLanguage = new ConcurrentHashMap<>();

	/** The date the letters bear. */
	LocalDate letterDate() {
		return this.letterDate;
	}

	LetterData(InvitationEvent event, LocalDate letterDate) {
		this.event = event;
		this.letterDate = letterDate;
	}

	/** The event as the pack's model has it, its texts in {@code language}. */
	EventView eventView(String language) {
		InvitationEvent e = this.event;
		return new EventView(e.id(), e.title(), e.kind(), LetterDates.dayDate(e.date(), language),
				e.date() == null ? "" : e.date().toString(),
				LetterDates.timeRange(e.date(), e.start(), e.end(), e.timeZone(), language), e.venue(), e.city(),
				e.country(), e.place(), "", "", join(e.coChairs(), language), "");
	}

	/** The data of one letter. */
	Map<String, Object> of(Letter letter) {
		Map<String, Object> shared = this.byLanguage.computeIfAbsent(letter.language(), this::shared);
		Map<String, Object> data = new LinkedHashMap<>(shared);
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("date", LetterDates.date(this.letterDate, letter.language()));
		about.put("dateIso", this.letterDate.toString());
		about.put("when", data.remove("when"));
		about.put("number", letter.number());
		about.put("language", letter.language());
		data.put("letter", about);
		data.put("invitee", letter.invitee());
		return data;
	}

	private Map<String, Object> shared(String language) {
		Map<String, Object> data = new LinkedHashMap<>();
		EventView event = eventView(language);
		data.put("event", TemplateData.of(event));
		// the day and, when the event has one, its time: one line, so no letter shows an empty "Time"
		data.put("when", event.dayAndTime());
		List<Object> coChairs = new ArrayList<>();
		for (OrganisationView organisation : this.event.coChairs()) {
			coChairs.add(TemplateData.of(organisation));
		}
		data.put("coChairs", coChairs);
		data.put("signatory", TemplateData.of(this.event.signatory()));
		data.put("issuedBy", this.event.issuedBy());
		return Map.copyOf(data);
	}

	/** "A", "A and B", "A, B and C"; "A et B" in French. */
	static String join(List<OrganisationView> organisations, String language) {
		List<String> names = organisations.stream()
			.map(o -> o.acronym() == null || o.acronym().isBlank() ? o.name() : o.acronym())
			.filter(name -> name != null && !name.isBlank())
			.toList();
		if (names.size() <= 1) {
			return names.isEmpty() ? "" : names.get(0);
		}
		String and = switch (language) {
			case "fr" -> " et ";
			case "en", "" -> " and ";
			default -> ", ";
		};
		return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
	}

	/** The fields of {@link LetterModel} that print a value: what {@link #of} puts in every letter's data. */
	private static List<String> fields() {
		return TemplateFields.describe(LetterModel.class, null)
			.stream()
			.filter(field -> field.kind() == TemplateFields.Kind.TEXT || field.kind() == TemplateFields.Kind.NUMBER)
			.map(TemplateFields.FieldInfo::path)
			.filter(path -> !path.contains("[]"))
			.toList();
	}

}
