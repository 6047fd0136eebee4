package org.briefdesk.facts;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.system.Suggestions;

/**
 * Data read from an import file, YAML or CSV, with the file and line of every value, so that
 * each problem can be reported where it is. The typed readers of {@link Mapping} report a
 * value of the wrong type to {@link Problems} and return null, so that checking goes on and
 * every problem is found in one pass. Another feature (briefings) reads its entries with the
 * same readers.
 */
public sealed interface DataNode permits DataNode.Scalar, DataNode.Sequence, DataNode.Mapping {

	String file();

	int line();

	/**
	 * Reads one YAML document strictly, as the library's files are read: no aliases, anchors,
	 * tags or merge keys, no key twice, one document (a batch job file is read with it).
	 * @param name the file as messages name it
	 * @return the document, or null when it is empty or cannot be read (the problems reported to {@code problems})
	 */
	static DataNode readYaml(String name, String text, Problems problems) {
		return LibraryFileReader.yamlDocument(name, text, problems);
	}

	/** How a user would name this kind of value in a message: "text", "a list", "a mapping". */
	String describe();

	/**
	 * A single value.
	 *
	 * @param text the value as written (without quotes)
	 * @param type what YAML made of it; {@link Type#UNTYPED} for a CSV cell, which is read as the field needs
	 */
	record Scalar(String file, int line, String text, Type type) implements DataNode {

		public enum Type {

			TEXT, INTEGER, DECIMAL, BOOLEAN, NULL, TIMESTAMP, UNTYPED

		}

		public boolean isNull() {
			return this.type == Type.NULL || (this.type == Type.UNTYPED && this.text.isEmpty());
		}

		@Override
		public String describe() {
			return switch (this.type) {
				case INTEGER, DECIMAL -> "a number";
				case BOOLEAN -> "true or false";
				default -> "text";
			};
		}

	}

	/** A list of values. */
	record Sequence(String file, int line, List<DataNode> items) implements DataNode {

		@Override
		public String describe() {
			return "a list";
		}

	}

	/**
	 * Keys and values, in the order written.
	 *
	 * @param keyLines the line of each key (for "unknown key" and "duplicate key")
	 */
	record Mapping(String file, int line, Map<String, DataNode> fields, Map<String, Integer> keyLines)
			implements DataNode {

		public Mapping {
			fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
			keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
		}

		@Override
		public String describe() {
			return "a mapping";
		}

		public boolean has(String key) {
			DataNode node = this.fields.get(key);
			return node != null && !(node instanceof Scalar scalar && scalar.isNull());
		}

		/** The line of a key, or of the mapping when the key is absent. */
		public int lineOf(String key) {
			return this.keyLines.getOrDefault(key, this.line);
		}

		/** Reports every key not in {@code known}, with the nearest known key when one is close. */
		public void allowOnly(Collection<String> known, String what, Problems problems) {
			for (String key : this.fields.keySet()) {
				if (!known.contains(key)) {
					String hint = Suggestions.closest(key, known)
						.map(candidate -> "did you mean '" + candidate + "'? ")
						.orElse("");
					problems.add(this.file, lineOf(key), "unknown key '" + key + "' in " + what + "; " + hint
							+ "known keys: " + String.join(", ", known));
				}
			}
		}

		/** A text value (any scalar, as written), or null when absent or empty. */
		public String text(String key, Problems problems) {
			DataNode node = this.fields.get(key);
			if (node == null) {
				return null;
			}
			if (node instanceof Scalar scalar) {
				if (scalar.isNull()) {
					return null;
				}
				String text = scalar.text().strip();
				return text.isEmpty() ? null : text;
			}
			problems.add(node, "'" + key + "' should be text, not " + node.describe());
			return null;
		}

		/** A text value that must be there; a missing one is reported against {@code what}. */
		public String requiredText(String key, String what, Problems problems) {
			String text = text(key, problems);
			if (text == null && !(this.fields.get(key) instanceof Sequence)
					&& !(this.fields.get(key) instanceof Mapping)) {
				problems.add(this.file, lineOf(key), what + " has no '" + key + "'");
			}
			return text;
		}

		/** A list of text values; an absent key is an empty list. */
		public List<String> textList(String key, Problems problems) {
			DataNode node = this.fields.get(key);
			if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
				return List.of();
			}
			if (!(node instanceof Sequence sequence)) {
				problems.add(node, "'" + key + "' should be a list, e.g. " + key + ": [a, b]");
				return List.of();
			}
			List<String> values = new ArrayList<>();
			for (DataNode item : sequence.items()) {
				if (item instanceof Scalar scalar && !scalar.isNull()) {
					values.add(scalar.text().strip());
				}
				else {
					problems.add(item, "each item of '" + key + "' should be text, not "
							+ (item instanceof Scalar ? "empty" : item.describe()));
				}
			}
			return values;
		}

		/** true or false; null when absent. */
		public Boolean bool(String key, Problems problems) {
			DataNode node = this.fields.get(key);
			if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
				return null;
			}
			if (node instanceof Scalar scalar) {
				if (scalar.type() == Scalar.Type.BOOLEAN || scalar.type() == Scalar.Type.UNTYPED) {
					String text = scalar.text().strip().toLowerCase(java.util.Locale.ROOT);
					if (List.of("true", "yes", "y", "on").contains(text)) {
						return true;
					}
					if (List.of("false", "no", "n", "off").contains(text)) {
						return false;
					}
				}
			}
			problems.add(node, "'" + key + "' should be true or false, not " + shown(node));
			return null;
		}

		/** A number; null when absent. */
		public BigDecimal number(String key, Problems problems) {
			DataNode node = this.fields.get(key);
			if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
				return null;
			}
			if (node instanceof Scalar scalar && (scalar.type() == Scalar.Type.INTEGER
					|| scalar.type() == Scalar.Type.DECIMAL || scalar.type() == Scalar.Type.UNTYPED)) {
				try {
					return new BigDecimal(scalar.text().strip().replace("_", ""));
				}
				catch (NumberFormatException notANumber) {
					// reported below
				}
			}
			problems.add(node, "'" + key + "' should be a number, not " + shown(node));
			return null;
		}

		/** A date written YYYY, YYYY-MM or YYYY-MM-DD; null when absent. */
		public PartialDate date(String key, Problems problems) {
			String text = scalarText(key, "a date (YYYY-MM-DD, YYYY-MM or YYYY)", problems);
			if (text == null) {
				return null;
			}
			try {
				return PartialDate.parse(text);
			}
			catch (IllegalArgumentException invalid) {
				problems.add(this.fields.get(key), "'" + key + "': " + invalid.getMessage());
				return null;
			}
		}

		/** A time of day written HH:MM; null when absent. */
		public LocalTime time(String key, Problems problems) {
			String text = scalarText(key, "a time (HH:MM)", problems);
			if (text == null) {
				return null;
			}
			try {
				if (!text.matches("\\d{1,2}:\\d{2}")) {
					throw new DateTimeParseException("", text, 0);
				}
				return LocalTime.parse(text.length() == 4 ? "0" + text : text);
			}
			catch (DateTimeParseException invalid) {
				problems.add(this.fields.get(key), "'" + key + "': '" + text + "' is not a time; write HH:MM, e.g. 14:30");
				return null;
			}
		}

		/** A nested mapping; null when absent. */
		public Mapping mapping(String key, Problems problems) {
			DataNode node = this.fields.get(key);
			if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
				return null;
			}
			if (node instanceof Mapping mapping) {
				return mapping;
			}
			problems.add(node, "'" + key + "' should be a mapping (key: value lines), not " + node.describe());
			return null;
		}

		/** A list of mappings; an absent key is an empty list. */
		public List<Mapping> mappings(String key, Problems problems) {
			DataNode node = this.fields.get(key);
			if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
				return List.of();
			}
			if (!(node instanceof Sequence sequence)) {
				problems.add(node, "'" + key + "' should be a list of entries, not " + node.describe());
				return List.of();
			}
			List<Mapping> mappings = new ArrayList<>();
			for (DataNode item : sequence.items()) {
				if (item instanceof Mapping mapping) {
					mappings.add(mapping);
				}
				else {
					problems.add(item, "each item of '" + key + "' should be a mapping (key: value lines), not "
							+ item.describe());
				}
			}
			return mappings;
		}

		private String scalarText(String key, String expected, Problems problems) {
			DataNode node = this.fields.get(key);
			if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
				return null;
			}
			if (node instanceof Scalar scalar) {
				return scalar.text().strip();
			}
			problems.add(node, "'" + key + "' should be " + expected + ", not " + node.describe());
			return null;
		}

		private static String shown(DataNode node) {
			return node instanceof Scalar scalar ? "'" + scalar.text() + "'" : node.describe();
		}

	}

}
