package org.briefdesk.render.docx;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.TemplateFields;
import org.briefdesk.render.TemplateFields.Kind;
import org.briefdesk.render.TemplateFields.Resolved;
import org.briefdesk.render.docx.TemplateCheck.Placeholder;
import org.briefdesk.render.docx.TagGrammar.Tag;
import org.briefdesk.system.Suggestions;

/**
 * What a tag means where it stands: its name resolved against the template data model, or,
 * inside a loop ({@code {{?panelists}}…{{fullName}}…}), against the loop's element, inside an
 * object block against the object, and in a repeated table row against the row's list
 * ({@code [time]}). Opens and closes blocks, records the lists that repeat a table row, and
 * says for each tag the field it reads or what is wrong with it.
 */
final class TemplateScopes {

	/** poi-tl's loop variables, available inside a loop. */
	private static final Set<String> LOOP_VARIABLES = Set.of("_index", "_is_first", "_is_last", "_has_next",
			"_is_even_item", "_is_odd_item");

	/**
	 * Where names resolve: the model, a loop's element, or an object opened by a block.
	 * @param root the template data model the template is checked against ({@link PackModel}
	 * for a pack, {@link org.briefdesk.render.LetterModel} for a letter)
	 */
	record Scope(Class<? extends Record> type, String prefix, String loop, Class<? extends Record> root) {

		/** The model itself: where a template's names resolve outside every block. */
		static Scope model(Class<? extends Record> root) {
			return new Scope(root, "", null, root);
		}

		boolean inLoop() {
			return this.loop != null;
		}

	}

	/** A block opened and not yet closed. */
	record Open(String tag, String name, String where, Scope inner) {
	}

	/** A placeholder naming a list in a table cell: it repeats the row below it. */
	record RowLoop(Scope scope, String where, String tag, String field) {
	}

	private TemplateScopes() {
	}

	/** The scope inside the innermost open block, or {@code base} outside every block. */
	static Scope current(Deque<Open> blocks, Scope base) {
		return blocks.isEmpty() ? base : blocks.peek().inner();
	}

	/**
	 * Resolves one tag and adds its placeholder (or its mistake) to {@code out}.
	 * @param rowLoops where a list named in a table cell is recorded; null outside tables
	 * @param blocks the blocks open in this body, changed as the tag opens or closes one
	 */
	static void resolve(Tag tag, String where, List<RowLoop> rowLoops, Deque<Open> blocks, Scope base,
			List<Placeholder> out) {
		String written = tag.written();
		String name = tag.name();
		char sign = tag.sign();
		String prefix = tag.prefix();
		String suffix = tag.suffix();
		Scope scope = current(blocks, base);
		if (PoiTlConfiguration.REFUSED_SIGNS.contains(sign)) {
			add(out, where, written, "", refusedSign(sign, written));
			return;
		}
		if (sign == '/') {
			if (blocks.isEmpty()) {
				add(out, where, written, "", written + " closes no block; remove it, or open the block before it with "
						+ prefix + "?" + (name.isEmpty() ? "name" : name) + suffix);
				return;
			}
			Open open = blocks.pop();
			if (!name.isEmpty() && !name.equals(open.name())) {
				add(out, where, written, "", written + " closes " + open.tag() + " (opened at " + open.where()
						+ "); close the block opened last first, with " + prefix + "/" + open.name() + suffix);
				return;
			}
			add(out, where, written, "", "");
			return;
		}
		if (name.isEmpty()) {
			add(out, where, written, "", "an empty placeholder " + written + "; name a field in it, e.g. {{event.title}}");
			if (sign == '?') {
				blocks.push(new Open(written, name, where, scope));
			}
			return;
		}
		Optional<Resolved> resolved = resolve(scope, name);
		String field = resolved.isPresent() ? fieldPath(scope, name) : "";
		if (resolved.isEmpty()) {
			add(out, where, written, "", unknown(written, name, scope));
			if (sign == '?') {
				blocks.push(new Open(written, name, where, scope));
			}
			return;
		}
		Kind kind = resolved.get().kind();
		switch (sign) {
			case '?' -> {
				Scope inner = switch (kind) {
					case LIST -> new Scope(resolved.get().type(), field + "[].", field, scope.root());
					case OBJECT -> new Scope(resolved.get().type(), field + ".", null, scope.root());
					default -> scope; // a condition: shown when not empty, inside it the same names
				};
				blocks.push(new Open(written, name, where, inner));
				add(out, where, written, field + (kind == Kind.LIST ? "[]" : ""), "");
			}
			case CrossReferences.LINK -> add(out, where, written, field, kind == Kind.NUMBER || isHeading(field) ? ""
					: written + " makes a link: name a note number to cite its source (" + prefix + "^note" + suffix
							+ ") or a section heading to link to it (" + prefix + "^heading" + suffix
							+ " in the loop over contents)");
			case CrossReferences.TARGET -> add(out, where, written, field,
					field.equals("sources[].number") || isHeading(field) ? ""
							: written + " marks where links point: name a source's number in the loop over sources ("
									+ prefix + "~number" + suffix + ") or a section heading ({{~headings.figures}})");
			default -> {
				if (kind == Kind.TEXT || kind == Kind.NUMBER) {
					add(out, where, written, field, "");
				}
				else if (kind == Kind.OBJECT) {
					add(out, where, written, field, written + " is a group of fields; name one of them, e.g. " + prefix
							+ name + "." + firstField(resolved.get().type()) + suffix);
				}
				else if (tag.curly() && rowLoops != null && !scope.inLoop()) {
					add(out, where, written, field + "[]", "");
					rowLoops.add(new RowLoop(new Scope(resolved.get().type(), field + "[].", field, scope.root()), where, written,
							field + "[]"));
				}
				else {
					add(out, where, written, field + "[]", written + " is a list; repeat a part for each element with {{?"
							+ name + "}}…{{/" + name + "}}, or put " + "{{" + name
							+ "}} in a table row to repeat the row below it");
				}
			}
		}
	}

	private static void add(List<Placeholder> out, String where, String tag, String field, String problem) {
		out.add(new Placeholder(where, tag, field, problem));
	}

	private static String refusedSign(char sign, String written) {
		String what = switch (sign) {
			case '@' -> "a picture";
			case '#' -> "a table";
			case '*' -> "a numbered list";
			default -> "another document";
		};
		return written + " would insert " + what + " taken from the data, which Briefdesk templates do not do; "
				+ "use a plain placeholder, a {{?list}}…{{/list}} block or a repeated table row";
	}

	private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

	private static Optional<Resolved> resolve(Scope scope, String name) {
		if (scope.inLoop() && LOOP_VARIABLES.contains(name)) {
			return Optional.of(new Resolved(name.equals("_index") ? Kind.NUMBER : Kind.TEXT, null));
		}
		if (!DOTTED_NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		return TemplateFields.resolve(scope.type(), name);
	}

	private static String fieldPath(Scope scope, String name) {
		return LOOP_VARIABLES.contains(name) ? scope.loop() + "[]." + name : scope.prefix() + name;
	}

	private static String unknown(String written, String name, Scope scope) {
		if (scope.inLoop()) {
			if (TemplateFields.resolve(scope.root(), name).isPresent()) {
				return written + " cannot be used inside the loop over " + scope.loop()
						+ ": there, placeholders name the fields of one element (" + scope.prefix()
						+ "…); `template fields` lists them";
			}
			return "unknown field " + written + " in the loop over " + scope.loop() + suggestion(name, scope)
					+ "; `template fields` lists " + scope.prefix() + "…";
		}
		return "unknown field " + written + suggestion(name, scope) + "; `template fields` lists the fields";
	}

	private static String suggestion(String name, Scope scope) {
		List<String> candidates = new ArrayList<>();
		for (TemplateFields.FieldInfo info : AllFields.of(scope.root())) {
			if (!info.path().startsWith(scope.prefix())) {
				continue;
			}
			String rest = info.path().substring(scope.prefix().length());
			rest = rest.endsWith("[]") ? rest.substring(0, rest.length() - 2) : rest;
			if (!rest.contains("[]")) {
				candidates.add(rest);
			}
		}
		return Suggestions.closest(name, candidates)
			.map(candidate -> " (did you mean " + candidate + "?)")
			.orElse("");
	}

	private static String firstField(Class<? extends Record> type) {
		return type.getRecordComponents()[Math.min(1, type.getRecordComponents().length - 1)].getName();
	}

	/** Every field path of each model, for "did you mean" suggestions. */
	private static final class AllFields {

		private static final java.util.Map<Class<?>, List<TemplateFields.FieldInfo>> BY_MODEL = new java.util.concurrent.ConcurrentHashMap<>();

		@SuppressWarnings({ "unchecked", "rawtypes" })
		static List<TemplateFields.FieldInfo> of(Class<? extends Record> root) {
			return BY_MODEL.computeIfAbsent(root, model -> TemplateFields.describe((Class) model, null));
		}

	}

	/** A field that holds a section heading, which links and link targets can name. */
	private static boolean isHeading(String field) {
		return field.startsWith("headings.") || field.equals("contents[].heading");
	}

}
