package org.briefdesk.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.shell.jline.tui.table.BorderSpecification;
import org.springframework.shell.jline.tui.table.BorderStyle;
import org.springframework.shell.jline.tui.table.TableBuilder;
import org.springframework.shell.jline.tui.table.TableModelBuilder;

/**
 * How commands print facts: tables for people (as wide as {@code COLUMNS} says, 120
 * otherwise), and JSON for scripts ({@code --json}: nothing but the JSON on stdout, keys as in
 * the YAML files).
 */
final class FactOutput {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private FactOutput() {
	}

	static void json(PrintWriter out, Object value) {
		try {
			out.println(JSON.writeValueAsString(value));
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException("cannot write JSON", impossible);
		}
	}

	/** A table with a header row; an empty list prints {@code empty} instead (e.g. "no people yet"). */
	static void table(PrintWriter out, List<String> headers, List<List<String>> rows, String empty) {
		if (rows.isEmpty()) {
			out.println(empty);
			return;
		}
		TableModelBuilder<Object> model = new TableModelBuilder<>();
		model.addRow();
		headers.forEach(model::addValue);
		for (List<String> row : rows) {
			model.addRow();
			row.forEach(cell -> model.addValue(cell == null ? "" : cell));
		}
		TableBuilder table = new TableBuilder(model.build());
		table.paintBorder(BorderStyle.air, BorderSpecification.INNER_VERTICAL).fromTopLeft().toBottomRight();
		table.paintBorder(BorderStyle.fancy_light, BorderSpecification.BOTTOM)
			.fromRowColumn(0, 0)
			.toRowColumn(1, headers.size());
		String rendered = table.build().render(width());
		out.print(rendered);
		if (!rendered.endsWith("\n")) {
			out.println();
		}
	}

	/** "key: value" lines for one fact; lists one item a line, numbered when {@code numbered}. */
	static void details(PrintWriter out, String heading, List<Map.Entry<String, Object>> fields) {
		out.println(heading);
		int width = fields.stream().mapToInt(field -> field.getKey().length()).max().orElse(4) + 2;
		for (Map.Entry<String, Object> field : fields) {
			String label = "  " + pad(field.getKey() + ":", width);
			Object value = field.getValue();
			if (value instanceof NumberedList numbered) {
				out.println(label.stripTrailing());
				for (int i = 0; i < numbered.items().size(); i++) {
					out.println("    " + (i + 1) + ". " + numbered.items().get(i));
				}
			}
			else {
				out.println(label + value);
			}
		}
	}

	/** A list that {@link #details} prints one item a line, numbered. */
	record NumberedList(List<String> items) {
	}

	static List<String> row(String... cells) {
		List<String> row = new ArrayList<>();
		for (String cell : cells) {
			row.add(cell == null ? "" : cell);
		}
		return row;
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text + " " : text + " ".repeat(width - text.length() + 1);
	}

	private static int width() {
		try {
			int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").strip());
			return Math.max(60, Math.min(columns, 400));
		}
		catch (NumberFormatException notANumber) {
			return 120;
		}
	}

}
