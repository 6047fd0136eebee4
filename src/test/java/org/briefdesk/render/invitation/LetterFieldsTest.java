package org.briefdesk.render.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.briefdesk.render.InviteeView;
import org.briefdesk.render.LetterModel;
import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.TemplateFields;
import org.junit.jupiter.api.Test;

/** What `template fields` and the template checks call a letter's fields is what a letter's data holds. */
class LetterFieldsTest {

	@Test
	void aLettersDataHoldsExactlyTheFieldsOfTheLetterModel() {
		InvitationEvent event = new InvitationEvent("e", "A briefing", "Briefing", LocalDate.of(2023, 10, 3),
				LocalTime.of(10, 0), LocalTime.of(11, 30), "Europe/Vienna", "Vienna International Centre", "Vienna",
				"Austria", List.of(new OrganisationView("iom", "IOM", "International Organization for Migration", "")),
				null, "ICAT");
		Map<String, Object> data = new LetterData(event, LocalDate.of(2023, 9, 1))
			.of(new Letter(1, "moreno-ana", "en", "Ana", "Moreno", Map.of("salutation", "Dear Ms. Moreno,")));
		List<String> held = new ArrayList<>();
		leaves(data, "", held);
		List<String> described = TemplateFields.describe(LetterModel.class, null)
			.stream()
			.filter(field -> field.kind() != TemplateFields.Kind.OBJECT && field.kind() != TemplateFields.Kind.LIST)
			.map(TemplateFields.FieldInfo::path)
			.toList();
		assertThat(held).containsExactlyInAnyOrderElementsOf(described);
		assertThat(LetterData.FIELDS).containsExactlyInAnyOrderElementsOf(
				described.stream().filter(path -> !path.contains("[]")).toList());
	}

	@Test
	void everyLetterHasTheInviteeFieldsATemplateCanName() {
		List<String> names = new ArrayList<>();
		for (var component : InviteeView.class.getRecordComponents()) {
			names.add(TemplateFields.nameOf(component));
		}
		assertThat(Letter.INVITEE_FIELDS).containsExactlyInAnyOrderElementsOf(names);
	}

	private static void leaves(Object value, String path, List<String> out) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, inner) -> leaves(inner, path.isEmpty() ? key.toString() : path + "." + key, out));
		}
		else if (value instanceof List<?> list) {
			if (!list.isEmpty()) {
				leaves(list.get(0), path + "[]", out);
			}
		}
		else {
			out.add(path);
		}
	}

}
