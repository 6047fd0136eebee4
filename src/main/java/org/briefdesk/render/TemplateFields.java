package org.briefdesk.render;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template data model described for people and for template checks: every field of
 * {@link PackModel}, found by walking its record components and their {@link Field}
 * descriptions, with its path as a template names it ({@code event.title},
 * {@code panelists[].fullName}), its kind, and an example value read from a given model.
 * Being read from the records themselves, the description cannot drift from the model.
 */
public final class TemplateFields {

	/** What a field holds, in a template author's words. */
	public enum Kind {

		/** Text, printed as is. */
		TEXT("text"),
		/** A whole number, printed in digits. */
		NUMBER("number"),
		/** A group of fields, named with a dot: {@code event.title}. */
		OBJECT("object"),
		/** A list whose elements are groups of fields: looped over in a template. */
		LIST("list");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One field as {@code template fields} prints it.
	 * @param path how a template names it; {@code []} marks a list whose elements the rest of
	 * the path names inside a loop (inside {@code {{?panelists}}} it is {@code {{fullName}}})
	 * @param kind what it holds
	 * @param description its {@link Field} text
	 * @param example its value in the model the examples were taken from; empty when that
	 * model leaves it empty
	 */
	public record FieldInfo(String path, Kind kind, String description, String example) {
	}

	/**
	 * What a name resolves to in a scope.
	 * @param kind what it holds
	 * @param type for an object, its record type; for a list, its element type; otherwise
	 * null
	 */
	public record Resolved(Kind kind, Class<? extends Record> type) {
	}

	private TemplateFields() {
	}

	/** Every field of the model, depth first in declaration order, examples from {@code example}. */
	public static List<FieldInfo> describe(PackModel example) {
		return describe(PackModel.class, example);
	}

	/**
	 * Every field of a template data model ({@link PackModel}, {@link LetterModel}), depth
	 * first in declaration order, examples from {@code example} (none when it is null).
	 */
	public static <M extends Record> List<FieldInfo> describe(Class<M> model, M example) {
		List<FieldInfo> fields = new ArrayList<>();
		describe(model, example, "", fields);
		return fields;
	}

	/**
	 * Resolves a dotted name ({@code event.title}) against a scope: the model itself, or the
	 * element type of the list a loop runs over.
	 */
	public static Optional<Resolved> resolve(Class<? extends Record> scope, String dottedName) {
		Class<? extends Record> current = scope;
		Resolved resolved = null;
		for (String name : dottedName.split("\\.", -1)) {
			if (current == null) {
				return Optional.empty();
			}
			RecordComponent component = component(current, name);
			if (component == null) {
				return Optional.empty();
			}
			resolved = resolve(component);
			current = resolved.kind() == Kind.OBJECT ? resolved.type() : null;
		}
		return Optional.ofNullable(resolved);
	}

	/**
	 * The fields of one invitee, as an invitation template names them
	 * ({@code invitee.salutation}), after an {@code invitee} entry for the group; examples from
	 * {@code example}. Invitation templates see these besides every field of the pack.
	 */
	public static List<FieldInfo> describeInvitee(InviteeView example) {
		List<FieldInfo> fields = new ArrayList<>();
		fields.add(new FieldInfo(InviteeView.GROUP, Kind.OBJECT,
				"The invitee a letter is for (invitation templates only)", ""));
		describe(InviteeView.class, example, InviteeView.GROUP + ".", fields);
		return fields;
	}

	/** The name a template uses for a component: its {@link Field#name()}, else the component's name. */
	public static String nameOf(RecordComponent component) {
		Field field = component.getAnnotation(Field.class);
		return field != null && !field.name().isEmpty() ? field.name() : component.getName();
	}

	/** Names of the model's top-level list fields (the ones a table row can loop over). */
	public static List<String> topLevelLists() {
		List<String> names = new ArrayList<>();
		for (RecordComponent component : PackModel.class.getRecordComponents()) {
			if (resolve(component).kind() == Kind.LIST) {
				names.add(component.getName());
			}
		}
		return names;
	}

	private static void describe(Class<? extends Record> type, Object example, String prefix, List<FieldInfo> fields) {
		for (RecordComponent component : type.getRecordComponents()) {
			Resolved resolved = resolve(component);
			String path = prefix + nameOf(component);
			Object value = example == null ? null : read(component, example);
			Field field = component.getAnnotation(Field.class);
			String description = field == null ? "" : field.value();
			switch (resolved.kind()) {
				case TEXT, NUMBER -> fields.add(new FieldInfo(path, resolved.kind(), description,
						value == null ? "" : value.toString()));
				case OBJECT -> {
					fields.add(new FieldInfo(path, Kind.OBJECT, description, ""));
					describe(resolved.type(), value, path + ".", fields);
				}
				case LIST -> {
					List<?> list = value instanceof List<?> elements ? elements : List.of();
					fields.add(new FieldInfo(path + "[]", Kind.LIST, description,
							list.size() == 1 ? "1 item" : list.size() + " items"));
					describe(resolved.type(), list.isEmpty() ? null : list.get(0), path + "[].", fields);
				}
			}
		}
	}

	private static RecordComponent component(Class<? extends Record> type, String name) {
		return COMPONENTS_BY_NAME.get(type).get(name);
	}

	/**
	 * Each record's components by the name a template uses, the first of a name kept: a
	 * template check resolves every tag, and reflection hands out a new array of components
	 * and parses their annotations on every call (a tenth of a one-shot export's check).
	 */
	private static final ClassValue<Map<String, RecordComponent>> COMPONENTS_BY_NAME = new ClassValue<>() {

		@Override
		protected Map<String, RecordComponent> computeValue(Class<?> type) {
			Map<String, RecordComponent> byName = new HashMap<>();
			for (RecordComponent component : type.getRecordComponents()) {
				byName.putIfAbsent(nameOf(component), component);
			}
			return Map.copyOf(byName);
		}

	};

	@SuppressWarnings("unchecked")
	private static Resolved resolve(RecordComponent component) {
		Class<?> type = component.getType();
		if (type == String.class) {
			return new Resolved(Kind.TEXT, null);
		}
		if (type == int.class || type == long.class || Number.class.isAssignableFrom(type)) {
			return new Resolved(Kind.NUMBER, null);
		}
		if (type.isRecord()) {
			return new Resolved(Kind.OBJECT, (Class<? extends Record>) type);
		}
		if (List.class.isAssignableFrom(type) && component.getGenericType() instanceof ParameterizedType generic) {
			Type element = generic.getActualTypeArguments()[0];
			if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
				return new Resolved(Kind.LIST, (Class<? extends Record>) elementClass);
			}
		}
		// The model is plain data by design: a field of another kind is a mistake in the model.
		throw new IllegalStateException("template data model field " + component.getDeclaringRecord().getSimpleName()
				+ "." + component.getName() + " has a type templates cannot show: " + component.getGenericType());
	}

	private static Object read(RecordComponent component, Object owner) {
		try {
			return component.getAccessor().invoke(owner);
		}
		catch (ReflectiveOperationException impossible) {
			throw new IllegalStateException("cannot read " + component.getName(), impossible);
		}
	}

}
