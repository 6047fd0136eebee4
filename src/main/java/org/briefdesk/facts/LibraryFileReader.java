package org.briefdesk.facts;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.briefdesk.system.Utf8Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.NestedExceptionUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one import file into its entries by top-level key: a YAML file whose top-level keys name kinds of entry
 * ({@code people:}, {@code briefings:}), each a list of entries; or a CSV file of people or
 * organisations, one entry a row, named {@code people*.csv} or {@code organisations*.csv}.
 * <p>
 * YAML is read through SnakeYAML's event and node API, not into objects, so that what the
 * importer refuses is seen and located: anchors and aliases, tags ({@code !!java...}),
 * several documents in a file, duplicate and merge ({@code <<}) keys. Everything wrong is
 * reported to {@link Problems}; nothing is thrown for bad data.
 */
final class LibraryFileReader {

	/** The largest file an import reads. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	private LibraryFileReader() {
	}

	/** The entries of one top-level key as one file holds them: the line of the key and its entries. */
	record FileEntries(String file, int line, List<DataNode.Mapping> entries) {
	}

	/** The entries of one file by top-level key, in file order. */
	static Map<String, FileEntries> read(String name, byte[] content, Map<String, List<String>> csvColumns,
			Problems problems) {
		if (content.length > MAX_BYTES) {
			problems.add(name, 0, "the file is larger than 10 MB (" + content.length / (1024 * 1024)
					+ " MB); split it into smaller files");
			return Map.of();
		}
		String text = Utf8Text.decode(content).orElse(null);
		if (text == null) {
			problems.add(name, 0, "the file is not UTF-8 text; save it as UTF-8");
			return Map.of();
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv")) {
			return readCsv(name, text, csvColumns, problems);
		}
		return readYaml(name, text, problems);
	}

	/** Which kind of entry a CSV file holds, from its name; null when the name does not say. */
	static String csvKind(String name, Collection<String> csvKinds) {
		String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		for (String kind : csvKinds) {
			if (base.startsWith(kind)) {
				return kind;
			}
		}
		if (base.startsWith("organizations") || base.startsWith("orgs")) {
			return csvKinds.contains("organisations") ? "organisations" : null;
		}
		return null;
	}

	/**
	 * Which kind of entry a CSV file holds, from its header: the one kind whose columns include every
	 * column of the header; null when none or several do (then the file's name must say).
	 */
	static String csvKindFromHeader(String text, Map<String, List<String>> csvColumns) {
		List<String> header;
		try (CSVParser parser = CSVParser.parse(new StringReader(text),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			header = parser.getHeaderNames().stream().map(String::strip).toList();
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException bad) {
			return null;
		}
		List<String> matching = csvColumns.entrySet()
			.stream()
			.filter(kind -> !header.isEmpty() && kind.getValue().containsAll(header))
			.map(Map.Entry::getKey)
			.toList();
		return matching.size() == 1 ? matching.get(0) : null;
	}

	private static Map<String, FileEntries> readCsv(String name, String text,
			Map<String, List<String>> csvColumns, Problems problems) {
		String kind = csvKind(name, csvColumns.keySet());
		if (kind == null) {
			kind = csvKindFromHeader(text, csvColumns);
		}
		if (kind == null) {
			problems.add(name, 0, "cannot tell what this CSV file holds; name it people.csv or organisations.csv "
					+ "(or people-something.csv)");
			return Map.of();
		}
		List<String> known = csvColumns.get(kind);
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		List<DataNode.Mapping> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = parser.getHeaderNames();
			boolean headerOk = true;
			for (String column : header) {
				if (!known.contains(column.strip())) {
					problems.add(name, 1, "unknown column '" + column + "'; known columns: " + String.join(", ", known));
					headerOk = false;
				}
			}
			if (!headerOk) {
				return Map.of();
			}
			long previousEnd = 1;
			for (CSVRecord record : parser) {
				int line = (int) previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				if (record.size() != header.size()) {
					problems.add(name, line, "this row has " + record.size() + " cells, the header " + header.size());
					continue;
				}
				Map<String, DataNode> fields = new LinkedHashMap<>();
				Map<String, Integer> keyLines = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					String column = header.get(i).strip();
					fields.put(column, new DataNode.Scalar(name, line, unprotect(record.get(i)),
							DataNode.Scalar.Type.UNTYPED));
					keyLines.put(column, line);
				}
				rows.add(new DataNode.Mapping(name, line, fields, keyLines));
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException bad) {
			problems.add(name, 0, "not a readable CSV file: " + rootMessage(bad));
			return Map.of();
		}
		return Map.of(kind, new FileEntries(name, 1, rows));
	}

	/** Undoes the protection an export puts before a cell a spreadsheet would take for a formula. */
	private static String unprotect(String cell) {
		if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

	private static Map<String, FileEntries> readYaml(String name, String text, Problems problems) {
		DataNode top = yamlDocument(name, text, problems);
		if (top == null) {
			return Map.of();
		}
		if (!(top instanceof DataNode.Mapping mapping)) {
			problems.add(top, "the file should start with a section key, e.g. 'people:' followed by a list of entries");
			return Map.of();
		}
		Map<String, FileEntries> byKey = new LinkedHashMap<>();
		for (Map.Entry<String, DataNode> key : mapping.fields().entrySet()) {
			byKey.put(key.getKey(), new FileEntries(name, mapping.lineOf(key.getKey()),
					entries(key.getKey(), key.getValue(), problems)));
		}
		return byKey;
	}

	/**
	 * One YAML document read strictly, as every Briefdesk file is read (another feature's files,
	 * a batch job, use it too): one document, no aliases, anchors, tags or merge keys, no key
	 * twice; every value with its file and line.
	 * @param name the file as messages name it
	 * @return the document, or null when it is empty or not YAML that may be read (the problems
	 * reported to {@code problems}); a key given twice is reported and left out of the document
	 */
	static DataNode yamlDocument(String name, String text, Problems problems) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit((int) MAX_BYTES + 1024);
		options.setAllowDuplicateKeys(true);
		options.setMaxAliasesForCollections(Integer.MAX_VALUE);
		int before = problems.size();
		try {
			int documents = 0;
			org.briefdesk.system.YamlNesting nesting = new org.briefdesk.system.YamlNesting();
			for (org.yaml.snakeyaml.events.Event event : new Yaml(options).parse(new StringReader(text))) {
				int line = line(event.getStartMark());
				if (nesting.tooDeep(event)) {
					problems.add(name, line, org.briefdesk.system.YamlNesting.problem(
							"a library file nests a few levels (section, entry, field, list): see docs/DATA-FORMAT.md"));
					return null;
				}
				if (event instanceof DocumentStartEvent && ++documents > 1) {
					problems.add(name, line, "a file holds one YAML document; remove the '---' or split the file");
				}
				if (event instanceof AliasEvent alias) {
					problems.add(name, line, "aliases (*" + alias.getAnchor()
							+ ") are not allowed; write the value out in full");
				}
				else if (event instanceof NodeEvent node && node.getAnchor() != null) {
					problems.add(name, line, "anchors (&" + node.getAnchor() + ") are not allowed; write values out in full");
				}
				String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
						: event instanceof CollectionStartEvent collection ? collection.getTag() : null;
				if (tag != null) {
					problems.add(name, line, "tags (" + tag + ") are not allowed; write plain values");
				}
			}
		}
		catch (MarkedYAMLException invalid) {
			problems.add(name, line(invalid.getProblemMark()), "not valid YAML: " + invalid.getProblem());
			return null;
		}
		catch (YAMLException invalid) {
			problems.add(name, 0, "not valid YAML: " + invalid.getMessage());
			return null;
		}
		if (problems.size() > before) {
			return null;
		}
		Node root;
		try {
			root = new Yaml(options).compose(new StringReader(text));
		}
		catch (YAMLException invalid) {
			problems.add(name, 0, "not valid YAML: " + invalid.getMessage());
			return null;
		}
		if (root == null) {
			return null;
		}
		// a duplicate or merge key is reported and left out; the rest is still read and checked
		return convert(name, root, problems);
	}

	private static List<DataNode.Mapping> entries(String key, DataNode value, Problems problems) {
		if (value instanceof DataNode.Scalar scalar && scalar.isNull()) {
			return List.of();
		}
		if (!(value instanceof DataNode.Sequence sequence)) {
			problems.add(value, "'" + key + "' should be a list of entries, each starting with '- '");
			return List.of();
		}
		List<DataNode.Mapping> entries = new ArrayList<>();
		for (DataNode item : sequence.items()) {
			if (item instanceof DataNode.Mapping entry) {
				entries.add(entry);
			}
			else {
				problems.add(item, "each entry of '" + key + "' should be a mapping (key: value lines), not "
						+ item.describe());
			}
		}
		return entries;
	}

	private static DataNode convert(String file, Node node, Problems problems) {
		int line = line(node.getStartMark());
		if (node instanceof ScalarNode scalar) {
			return new DataNode.Scalar(file, line, scalar.getValue(), type(scalar.getTag()));
		}
		if (node instanceof SequenceNode sequence) {
			List<DataNode> items = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				items.add(convert(file, item, problems));
			}
			return new DataNode.Sequence(file, line, items);
		}
		MappingNode mapping = (MappingNode) node;
		Map<String, DataNode> fields = new LinkedHashMap<>();
		Map<String, Integer> keyLines = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			Node keyNode = tuple.getKeyNode();
			int keyLine = line(keyNode.getStartMark());
			if (!(keyNode instanceof ScalarNode keyScalar)) {
				problems.add(file, keyLine, "a key should be a plain word, not a list or mapping");
				continue;
			}
			String key = keyScalar.getValue();
			if (keyScalar.getTag().equals(Tag.MERGE) || key.equals("<<")) {
				problems.add(file, keyLine, "merge keys (<<) are not allowed; write the values out in full");
				continue;
			}
			if (fields.containsKey(key)) {
				problems.add(file, keyLine, "duplicate key '" + key + "' (first at line " + keyLines.get(key) + ")");
				continue;
			}
			fields.put(key, convert(file, tuple.getValueNode(), problems));
			keyLines.put(key, keyLine);
		}
		return new DataNode.Mapping(file, line, fields, keyLines);
	}

	private static DataNode.Scalar.Type type(Tag tag) {
		if (Tag.INT.equals(tag)) {
			return DataNode.Scalar.Type.INTEGER;
		}
		if (Tag.FLOAT.equals(tag)) {
			return DataNode.Scalar.Type.DECIMAL;
		}
		if (Tag.BOOL.equals(tag)) {
			return DataNode.Scalar.Type.BOOLEAN;
		}
		if (Tag.NULL.equals(tag)) {
			return DataNode.Scalar.Type.NULL;
		}
		if (Tag.TIMESTAMP.equals(tag)) {
			return DataNode.Scalar.Type.TIMESTAMP;
		}
		return DataNode.Scalar.Type.TEXT;
	}

	private static int line(Mark mark) {
		return mark == null ? 0 : mark.getLine() + 1;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	static Set<String> yamlExtensions() {
		return Set.of(".yaml", ".yml");
	}

}
