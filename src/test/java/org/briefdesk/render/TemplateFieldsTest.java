package org.briefdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.briefdesk.render.TemplateFields.FieldInfo;
import org.briefdesk.render.TemplateFields.Kind;
import org.briefdesk.render.TemplateFields.Resolved;
import org.junit.jupiter.api.Test;

class TemplateFieldsTest {

	@Test
	void everyFieldOfTheModelIsListedWithItsPathKindAndDescription() {
		List<FieldInfo> fields = TemplateFields.describe(SamplePacks.vienna2023());
		assertThat(fields).extracting(FieldInfo::path)
			.contains("title", "event", "event.title", "chair.fullName", "coChairs[]", "coChairs[].acronym",
					"panelists[]", "panelists[].fullName", "figures[].note", "sources[].citation", "generatedOn");
		assertThat(fields).filteredOn(field -> field.path().equals("panelists[]"))
			.singleElement()
			.satisfies(field -> {
				assertThat(field.kind()).isEqualTo(Kind.LIST);
				assertThat(field.description()).startsWith("People on the panel");
			});
		assertThat(fields).filteredOn(field -> field.path().equals("figures[].note"))
			.singleElement()
			.extracting(FieldInfo::kind)
			.isEqualTo(Kind.NUMBER);
	}

	@Test
	void examplesAreTakenFromTheGivenModelAndItsFirstListElement() {
		PackModel pack = SamplePacks.vienna2023();
		List<FieldInfo> fields = TemplateFields.describe(pack);
		assertThat(example(fields, "event.date")).isEqualTo("Tuesday, 3 October 2023");
		assertThat(example(fields, "panelists[].fullName")).isEqualTo(pack.panelists().get(0).fullName());
		assertThat(example(fields, "panelists[]")).isEqualTo("3 items");
		assertThat(example(fields, "chair.name")).isEmpty();
	}

	@Test
	void everyRecordComponentOfTheModelHasADescription() {
		Deque<Class<?>> types = new ArrayDeque<>(List.of(PackModel.class));
		while (!types.isEmpty()) {
			for (RecordComponent component : types.pop().getRecordComponents()) {
				assertThat(component.getAnnotation(Field.class))
					.as("@Field on %s.%s", component.getDeclaringRecord().getSimpleName(), component.getName())
					.isNotNull();
				if (component.getType().isRecord()) {
					types.push(component.getType());
				}
			}
		}
	}

	@Test
	void namesResolveAgainstTheModelOrAListElement() {
		assertThat(TemplateFields.resolve(PackModel.class, "event.title")).contains(new Resolved(Kind.TEXT, null));
		assertThat(TemplateFields.resolve(PackModel.class, "panelists"))
			.contains(new Resolved(Kind.LIST, PackModel.PanelistView.class));
		assertThat(TemplateFields.resolve(PackModel.PanelistView.class, "fullName")).isPresent();
		assertThat(TemplateFields.resolve(PackModel.class, "fullName")).isEmpty();
		assertThat(TemplateFields.resolve(PackModel.class, "event.title.length")).isEmpty();
		assertThat(TemplateFields.resolve(PackModel.class, "getClass")).isEmpty();
	}

	@Test
	void theTopLevelListsAreTheOnesATableRowCanRepeat() {
		assertThat(TemplateFields.topLevelLists()).containsExactly("coChairs", "hosts", "contents", "purpose", "programme", "panelists",
				"priorities", "figures", "quotes", "talkingPoints", "logistics", "participants", "sources");
	}

	private static String example(List<FieldInfo> fields, String path) {
		return fields.stream().filter(field -> field.path().equals(path)).findFirst().orElseThrow().example();
	}

}
