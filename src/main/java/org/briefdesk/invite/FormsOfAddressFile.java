package org.briefdesk.invite;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.briefdesk.system.Utf8Text;
import org.briefdesk.facts.Problems;
import org.briefdesk.system.BriefdeskException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code forms-of-address.yaml} into {@link FormsOfAddress}, refusing with every problem
 * and its line ({@code forms-of-address.yaml:12: ...}) a file that would not greet everyone
 * properly: unknown or repeated keys, a language missing, an honorific key no list defines,
 * a {placeholder} that is not a field, a language without its neutral last rule. The file
 * is read as a YAML node tree (SnakeYAML's safe constructor: no tags, no objects), never
 * turned into Java objects by reflection; anchors and aliases are refused.
 */
public final class FormsOfAddressFile {

	/** The name of the file, in the repository's {@code templates/} and in a template folder. */
	public static final String FILE_NAME = "forms-of-address.yaml";

	/** The built-in rules: the repository's {@code templates/forms-of-address.yaml}, packaged in the jar. */
	static final String BUILT_IN_RESOURCE = "briefdesk/templates/" + FILE_NAME;

	private static final int MAX_BYTES = 1024 * 1024;

	private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

	private static final Set<String> TOP_KEYS = Set.of("default-language", "honorifics", "languages");

	private static final Set<String> RULE_KEYS = Set.of("when", "salutation", "closing");

	private static final Set<String> WHEN_KEYS = Set.of("honorific", "title", "title-not");

	private static volatile FormsOfAddress builtIn;

	private FormsOfAddressFile() {
	}

	/** The rules that ship with Briefdesk. */
	public static FormsOfAddress builtIn() {
		FormsOfAddress known = builtIn;
		if (known == null) {
			try (InputStream in = FormsOfAddressFile.class.getClassLoader().getResourceAsStream(BUILT_IN_RESOURCE)) {
				if (in == null) {
					throw new BriefdeskException("the built-in " + FILE_NAME + " is missing from this build");
				}
				known = read("the built-in " + FILE_NAME, in.readAllBytes());
			}
			catch (IOException unreadable) {
				throw new BriefdeskException("cannot read the built-in " + FILE_NAME + ": " + unreadable.getMessage());
			}
			builtIn = known;
		}
		return known;
	}

	/**
	 * The rules of a file.
	 * @param name the file as messages name it
	 * @throws InvalidFormsOfAddressException naming every problem
	 */
	public static FormsOfAddress read(String name, byte[] content) {
		Problems problems = new Problems();
		FormsOfAddress forms = parse(name, content, problems);
		if (!problems.isEmpty() || forms == null) {
			throw new InvalidFormsOfAddressException(problems.list());
		}
		return forms;
	}

	private static FormsOfAddress parse(String name, byte[] content, Problems problems) {
		if (content.length > MAX_BYTES) {
			problems.add(name, 0, "the file is larger than 1 MB; forms of address are a few lines");
			return null;
		}
		String text = Utf8Text.decode(content).orElse(null);
		if (text == null) {
			problems.add(name, 0, "the file is not UTF-8 text; save it as UTF-8");
			return null;
		}
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(true);
		options.setCodePointLimit(MAX_BYTES);
		Node root;
		try {
			org.briefdesk.system.YamlNesting nesting = new org.briefdesk.system.YamlNesting();
			for (org.yaml.snakeyaml.events.Event event : new Yaml(options).parse(new StringReader(text))) {
				if (nesting.tooDeep(event)) {
					problems.add(name, line(event.getStartMark()), org.briefdesk.system.YamlNesting
						.problem("forms of address nest three levels (section, language, rule)"));
					return null;
				}
				if (event instanceof AliasEvent alias) {
					problems.add(name, line(event.getStartMark()),
							"aliases (*" + alias.getAnchor() + ") are not allowed; write the value out");
				}
			}
			if (!problems.isEmpty()) {
				return null;
			}
			root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
		}
		catch (MarkedYAMLException malformed) {
			Mark mark = malformed.getProblemMark() != null ? malformed.getProblemMark() : malformed.getContextMark();
			problems.add(name, mark == null ? 0 : line(mark), "not valid YAML: " + malformed.getProblem());
			return null;
		}
		catch (YAMLException malformed) {
			problems.add(name, 0, "not valid YAML: " + malformed.getMessage());
			return null;
		}
		if (root == null) {
			problems.add(name, 0, "the file is empty; it needs default-language, honorifics and languages");
			return null;
		}
		return new Reader(name, problems).forms(root);
	}

	private static int line(Mark mark) {
		return mark.getLine() + 1;
	}

	/** Walks the node tree, collecting problems. */
	private record Reader(String name, Problems problems) {

		FormsOfAddress forms(Node root) {
			Map<String, Node> top = mapping(root, "the file", TOP_KEYS);
			if (top == null) {
				return null;
			}
			Map<String, List<String>> honorifics = honorifics(top.get("honorifics"), root);
			Map<String, List<FormsOfAddress.Rule>> languages = languages(top.get("languages"), root, honorifics);
			String defaultLanguage = null;
			Node defaultNode = top.get("default-language");
			if (defaultNode == null) {
				problem(root, "no default-language; add `default-language: en` (the rules for languages the file does not have)");
			}
			else {
				defaultLanguage = scalar(defaultNode, "default-language");
				if (defaultLanguage != null && languages != null && !languages.containsKey(defaultLanguage)) {
					problem(defaultNode, "default-language " + defaultLanguage + " has no rules under languages; add them or choose one of "
							+ String.join(", ", languages.keySet()));
				}
			}
			if (!this.problems.isEmpty() || honorifics == null || languages == null || defaultLanguage == null) {
				return null;
			}
			return new FormsOfAddress(this.name, defaultLanguage, honorifics, languages);
		}

		private Map<String, List<String>> honorifics(Node node, Node parent) {
			if (node == null) {
				problem(parent, "no honorifics; list the honorifics the rules name, e.g. `doctor: [Dr., Doctor]`");
				return null;
			}
			Map<String, Node> entries = mapping(node, "honorifics", null);
			if (entries == null) {
				return null;
			}
			Map<String, List<String>> honorifics = new LinkedHashMap<>();
			Map<String, String> keyOfSpelling = new HashMap<>();
			entries.forEach((key, value) -> {
				List<String> spellings = scalars(value, "honorifics." + key);
				if (spellings == null) {
					return;
				}
				if (spellings.isEmpty()) {
					problem(value, "honorifics." + key + " lists no spelling; give at least one, e.g. [Dr.]");
				}
				for (String spelling : spellings) {
					String folded = String.join(" ", java.util.Arrays.stream(spelling.strip().split("\\s+")).map(Honorific::fold).toList());
					String other = keyOfSpelling.putIfAbsent(folded, key);
					if (other != null && !other.equals(key)) {
						problem(value, "'" + spelling + "' is a spelling of both " + other + " and " + key + "; keep it under one");
					}
				}
				honorifics.put(key, spellings);
			});
			return honorifics;
		}

		private Map<String, List<FormsOfAddress.Rule>> languages(Node node, Node parent, Map<String, List<String>> honorifics) {
			if (node == null) {
				problem(parent, "no languages; give the rules of at least the default language (en:)");
				return null;
			}
			Map<String, Node> entries = mapping(node, "languages", null);
			if (entries == null) {
				return null;
			}
			if (entries.isEmpty()) {
				problem(node, "languages lists none; give the rules of at least the default language (en:)");
			}
			Map<String, List<FormsOfAddress.Rule>> languages = new LinkedHashMap<>();
			entries.forEach((code, value) -> {
				if (!LANGUAGE_CODE.matcher(code).matches()) {
					problem(value, "'" + code + "' is not a language code; write it in lower case as en, fr, es (ISO 639)");
				}
				if (!(value instanceof SequenceNode sequence)) {
					problem(value, "languages." + code + " must be a list of rules, each starting with '- '");
					return;
				}
				// One entry per rule of the file, null where a rule is wrong, so the order is checked as written.
				List<FormsOfAddress.Rule> rules = new ArrayList<>();
				for (Node ruleNode : sequence.getValue()) {
					rules.add(rule(ruleNode, code, honorifics));
				}
				checkOrder(code, sequence, rules);
				languages.put(code, rules.stream().filter(java.util.Objects::nonNull).toList());
			});
			return languages;
		}

		private void checkOrder(String code, SequenceNode sequence, List<FormsOfAddress.Rule> rules) {
			if (sequence.getValue().isEmpty()) {
				problem(sequence, "languages." + code + " has no rules; end it with the neutral form, e.g. `- salutation: \"Dear Colleague,\"`");
				return;
			}
			for (int i = 0; i < rules.size() - 1; i++) {
				if (rules.get(i) != null && rules.get(i).neutral()) {
					this.problems.add(this.name, rules.get(i).line(), "this rule of " + code
							+ " has no `when`, so it applies to everyone and the rules after it never do; make it the last");
				}
			}
			FormsOfAddress.Rule last = rules.get(rules.size() - 1);
			if (last != null) {
				if (!last.neutral()) {
					this.problems.add(this.name, last.line(), "the last rule of " + code
							+ " has a `when`; end the list with a rule without one, the neutral form for everyone else");
				}
				else {
					for (String text : List.of(last.salutation(), last.closing())) {
						for (String field : FormsOfAddress.placeholders(text)) {
							if (!field.equals("full_name") && FormsOfAddress.FIELDS.contains(field)) {
								this.problems.add(this.name, last.line(), "the neutral form of " + code + " uses {" + field
										+ "}, which an invitee may not have; use no field, or only {full_name}");
							}
						}
					}
				}
			}
		}

		private FormsOfAddress.Rule rule(Node node, String code, Map<String, List<String>> honorifics) {
			String where = "a rule of " + code;
			Map<String, Node> entries = mapping(node, where, RULE_KEYS);
			if (entries == null) {
				return null;
			}
			int line = line(node.getStartMark());
			List<String> keys = List.of();
			List<String> title = List.of();
			List<String> titleNot = List.of();
			Node when = entries.get("when");
			boolean ok = true;
			if (when != null) {
				Map<String, Node> conditions = mapping(when, "when", WHEN_KEYS);
				if (conditions == null) {
					return null;
				}
				if (conditions.isEmpty()) {
					problem(when, "`when` names nothing; give honorific: [...] or title: [...], or remove it");
					ok = false;
				}
				keys = conditions.containsKey("honorific") ? scalars(conditions.get("honorific"), "when.honorific") : List.of();
				title = conditions.containsKey("title") ? scalars(conditions.get("title"), "when.title") : List.of();
				titleNot = conditions.containsKey("title-not") ? scalars(conditions.get("title-not"), "when.title-not") : List.of();
				if (keys == null || title == null || titleNot == null) {
					return null;
				}
				if (!titleNot.isEmpty() && title.isEmpty()) {
					problem(conditions.get("title-not"), "title-not without title: it only limits `title`; add title: [...] or remove it");
					ok = false;
				}
				if (honorifics != null) {
					for (String key : keys) {
						if (!honorifics.containsKey(key)) {
							problem(conditions.get("honorific"), "no honorific '" + key + "' under honorifics; the keys are "
									+ String.join(", ", honorifics.keySet()));
							ok = false;
						}
					}
				}
			}
			String salutation = text(entries, "salutation", node);
			String closing = text(entries, "closing", node);
			if (salutation == null || closing == null) {
				return null;
			}
			ok &= placeholdersKnown(entries.get("salutation"), salutation);
			ok &= placeholdersKnown(entries.get("closing"), closing);
			return ok ? new FormsOfAddress.Rule(line, keys, title, titleNot, salutation, closing) : null;
		}

		private String text(Map<String, Node> entries, String key, Node rule) {
			Node node = entries.get(key);
			if (node == null) {
				problem(rule, "this rule has no " + key + "; every rule gives a salutation and a closing");
				return null;
			}
			String text = scalar(node, key);
			if (text != null && text.isBlank()) {
				problem(node, key + " is empty; write the text, e.g. \"Dear Colleague,\"");
				return null;
			}
			return text;
		}

		private boolean placeholdersKnown(Node node, String text) {
			boolean ok = true;
			int depth = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '{') {
					depth++;
				}
				else if (c == '}') {
					depth--;
				}
				if (depth < 0 || depth > 1) {
					break;
				}
			}
			if (depth != 0) {
				problem(node, "unbalanced braces in \"" + text + "\"; a field is written {family_name}");
				return false;
			}
			for (String field : FormsOfAddress.placeholders(text)) {
				if (!FormsOfAddress.FIELDS.contains(field)) {
					problem(node, "{" + field + "} is not a field; the fields are "
							+ String.join(", ", FormsOfAddress.FIELDS.stream().map(f -> "{" + f + "}").toList()));
					ok = false;
				}
			}
			return ok;
		}

		/** The entries of a mapping by key, in order; unknown and repeated keys are problems. Null when not a mapping. */
		private Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
			if (!(node instanceof MappingNode mapping)) {
				problem(node, what + " must be a mapping of `key: value` lines");
				return null;
			}
			Map<String, Node> entries = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
					problem(tuple.getKeyNode(), "a key in " + what + " must be plain text");
					continue;
				}
				String key = keyNode.getValue();
				if (allowed != null && !allowed.contains(key)) {
					problem(keyNode, "unknown key '" + key + "' in " + what + "; the keys are "
							+ String.join(", ", allowed.stream().sorted().toList()));
					continue;
				}
				if (entries.containsKey(key)) {
					problem(keyNode, "'" + key + "' is given twice in " + what + "; keep one");
					continue;
				}
				entries.put(key, tuple.getValueNode());
			}
			return entries;
		}

		private String scalar(Node node, String what) {
			if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(node.getTag())) {
				problem(node, what + " must be a text");
				return null;
			}
			return scalar.getValue();
		}

		/** A list of texts ([a, b] or one per line); a single text counts as a list of one. */
		private List<String> scalars(Node node, String what) {
			if (node instanceof ScalarNode scalar && !Tag.NULL.equals(node.getTag())) {
				return List.of(scalar.getValue());
			}
			if (!(node instanceof SequenceNode sequence)) {
				problem(node, what + " must be a list, e.g. [Dr., Doctor]");
				return null;
			}
			List<String> values = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				String value = scalar(item, "an item of " + what);
				if (value == null) {
					return null;
				}
				if (value.isBlank()) {
					problem(item, "an item of " + what + " is empty");
					return null;
				}
				values.add(value);
			}
			return values;
		}

		private void problem(Node node, String message) {
			this.problems.add(this.name, node == null ? 0 : line(node.getStartMark()), message);
		}

	}

}
