package org.briefdesk.render.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefdesk.render.TemplateFields;
import org.briefdesk.render.TemplateFields.Kind;
import org.briefdesk.render.TemplateFields.Resolved;

/**
 * The names a PDF template's Mustache tags use that its data model does not have. A name
 * resolves as JMustache resolves it: in the innermost section first, then outwards (inside
 * {@code {{#coChairs}}}, {@code {{acronym}}} is the element's and {@code {{issuedBy}}} the
 * letter's). Only the nesting of sections is read here: the template has compiled already
 * (JMustache refused any unbalanced section), so its tags are well formed.
 */
final class TemplateFieldNames {

	/** A tag and the line of the template it is on. */
	record Unknown(int line, String tag) {
	}

	private static final Pattern TAG = Pattern.compile("\\{\\{(\\{)?\\s*([#^/&!>=]?)\\s*(.*?)\\s*}?}}", Pattern.DOTALL);

	/** JMustache's own names inside a section. */
	private static final Set<String> SPECIAL = Set.of(".", "this", "-first", "-last", "-index");

	private TemplateFieldNames() {
	}

	/** The tags of {@code text} that name no field of {@code model}, in the order they are written. */
	static List<Unknown> unknown(String text, Class<? extends Record> model) {
		List<Unknown> unknown = new ArrayList<>();
		if (text.contains("{{=")) {
			return unknown; // another delimiter: the tags are not {{…}}, and the letters' own fill still checks them
		}
		Deque<Optional<Class<? extends Record>>> scopes = new ArrayDeque<>();
		scopes.push(Optional.of(model));
		Matcher matcher = TAG.matcher(text);
		while (matcher.find()) {
			String sign = matcher.group(2);
			String name = matcher.group(3);
			if (sign.equals("!") || sign.equals(">") || sign.equals("=")) {
				continue;
			}
			if (sign.equals("/")) {
				if (scopes.size() > 1) {
					scopes.pop();
				}
				continue;
			}
			Optional<Resolved> resolved = SPECIAL.contains(name) && scopes.size() > 1
					? Optional.of(new Resolved(Kind.TEXT, null)) : resolve(scopes, name);
			if (resolved.isEmpty()) {
				unknown.add(new Unknown(line(text, matcher.start()), matcher.group().strip()));
			}
			if (sign.equals("#") || sign.equals("^")) {
				Optional<Class<? extends Record>> inner = resolved
					.filter(found -> sign.equals("#") && (found.kind() == Kind.LIST || found.kind() == Kind.OBJECT))
					.map(Resolved::type);
				scopes.push(inner.isPresent() ? inner : Optional.empty());
			}
		}
		return unknown;
	}

	private static Optional<Resolved> resolve(Deque<Optional<Class<? extends Record>>> scopes, String name) {
		for (Optional<Class<? extends Record>> scope : scopes) {
			if (scope.isPresent()) {
				Optional<Resolved> found = TemplateFields.resolve(scope.get(), name);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static int line(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
