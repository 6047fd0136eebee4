package org.briefdesk.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.briefdesk.system.DisplayWidth;
import org.briefdesk.system.TextTables;
import org.briefdesk.system.VisibleText;
import org.springframework.shell.core.command.CommandContext;

/**
 * What every command writes through (Briefdesk's counterpart of gh's IOStreams): standard
 * output, with what {@link OutputPolicy} knows of it ({@link Screen}: a terminal and how wide,
 * colour or not) and whether the command line asked for {@code --json}.
 *
 * <ul>
 * <li>Everything printed through it as text ({@code println}, {@code print}, a command's
 * return value) has its control characters shown escaped ({@link VisibleText}); line breaks
 * stay.</li>
 * <li>{@link #table}: on a terminal, one table style (Spring Shell's table through
 * {@link TextTables}: a box, a rule under the header, bars between columns) fitted to the width, the
 * header bold when colour is on; in a pipe or a file, a header line and one tab-separated line
 * per row, nothing wrapped or cut, so that {@code grep}, {@code cut -f1} and {@code sort} work.</li>
 * <li>{@link #printJson}: one JSON set-up for every command; control characters stay in the
 * data, escaped as JSON escapes them ({@code \u001B}, {@code \u202E}).</li>
 * </ul>
 */
public final class Output extends PrintWriter {

	private static final ObjectWriter JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.writer()
		.with(VisibleJsonEscapes.INSTANCE);

	private final PrintWriter target;

	private final Supplier<Screen> screen;

	private final boolean json;

	Output(PrintWriter target, Supplier<Screen> screen, boolean json) {
		super(new EscapingWriter(target), false);
		this.target = target;
		this.screen = memoized(screen);
		this.json = json;
	}

	/**
	 * The output of the command the context belongs to. The dispatcher hands every command one;
	 * a context made elsewhere (Spring Shell's test client) gets one for a pipe.
	 */
	public static Output of(CommandContext context) {
		if (context.outputWriter() instanceof Output output) {
			return output;
		}
		return new Output(context.outputWriter(), () -> Screen.PIPE, JsonOption.given(context.parsedInput()));
	}

	/** The same output for another command line (a line of a script): the same screen, its own --json. */
	Output forCommand(boolean json) {
		return new Output(this.target, this.screen, json);
	}

	/** Whether the command line asked for JSON. */
	public boolean json() {
		return this.json;
	}

	public Screen screen() {
		return this.screen.get();
	}

	public boolean terminal() {
		return screen().terminal();
	}

	/** The terminal's columns; 0 in a pipe or a file. */
	public int width() {
		return screen().width();
	}

	/** {@code value} as indented JSON, nothing else. */
	public void printJson(Object value) {
		try {
			this.target.println(JSON.writeValueAsString(value));
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException("cannot write JSON", impossible);
		}
	}

	/**
	 * On a terminal, replaces the current line with {@code text} (its own control characters
	 * escaped): the one place the cursor is moved on purpose, for a progress bar. Nothing in a pipe.
	 */
	public void redrawLine(String text) {
		if (terminal()) {
			flush();
			this.target.print("\r" + VisibleText.of(text) + "\u001b[K");
			this.target.flush();
		}
	}

	/** On a terminal, empties the current line and puts the cursor at its start. */
	public void clearLine() {
		if (terminal()) {
			flush();
			this.target.print("\r\u001b[K");
			this.target.flush();
		}
	}

	/** A table with a header row; on a terminal an empty table prints {@code empty} instead. */
	public void table(List<String> headers, List<List<String>> rows, String empty) {
		table(headers, rows, empty, "");
	}

	/**
	 * A table as {@link #table(List, List, String)}, each line on a terminal after
	 * {@code indent} (in a pipe, never: the first field stays first).
	 */
	public void table(List<String> headers, List<List<String>> rows, String empty, String indent) {
		List<String> header = headers.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
		if (!terminal()) {
			this.target.println(String.join("\t", header));
			for (List<String> row : rows) {
				this.target.println(String.join("\t", row.stream().map(VisibleText::of).toList()));
			}
			return;
		}
		if (rows.isEmpty()) {
			println(indent + empty);
			return;
		}
		List<List<String>> shown = new ArrayList<>();
		for (List<String> row : rows) {
			shown.add(row.stream().map(VisibleText::keepingLines).toList());
		}
		List<String> lines = TextTables.render(header, shown, width() - DisplayWidth.of(indent)).lines().toList();
		boolean inHeader = true;
		for (String line : lines) {
			inHeader = inHeader && !line.startsWith("├");
			boolean headerText = inHeader && line.startsWith("│");
			this.target.println(indent + (headerText && screen().colour() ? bold(line) : line));
		}
	}

	/** "key: value" lines under a heading, for one record; a {@link NumberedList} one item a line. */
	public void record(String heading, List<Map.Entry<String, Object>> fields) {
		println(heading);
		int width = fields.stream().mapToInt(field -> field.getKey().length()).max().orElse(4) + 2;
		for (Map.Entry<String, Object> field : fields) {
			String label = "  " + pad(field.getKey() + ":", width);
			Object value = field.getValue();
			if (value instanceof NumberedList numbered) {
				println(label.stripTrailing());
				for (int i = 0; i < numbered.items().size(); i++) {
					println("    " + (i + 1) + ". " + numbered.items().get(i));
				}
			}
			else {
				println(label + value);
			}
		}
	}

	/** A list that {@link #record} prints one item a line, numbered. */
	public record NumberedList(List<String> items) {
	}

	/** Line ends are LF everywhere, as the escaping expects (a CR would be shown as {@code \r}). */
	@Override
	public void println() {
		write('\n');
	}

	private static String bold(String text) {
		return "\u001B[1m" + text + "\u001B[0m";
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text + " " : text + " ".repeat(width - text.length() + 1);
	}

	private static Supplier<Screen> memoized(Supplier<Screen> screen) {
		return new Supplier<>() {
			private Screen known;

			@Override
			public Screen get() {
				if (this.known == null) {
					this.known = screen.get();
				}
				return this.known;
			}
		};
	}

	/** Writes text on to the target with every control character but LF shown escaped. */
	private static final class EscapingWriter extends Writer {

		private final Writer target;

		EscapingWriter(Writer target) {
			this.target = target;
		}

		@Override
		public void write(char[] text, int offset, int length) throws IOException {
			int run = offset;
			int end = offset + length;
			for (int i = offset; i < end; i++) {
				char c = text[i];
				if (c != '\n' && VisibleText.needsEscape(c)) {
					this.target.write(text, run, i - run);
					this.target.write(VisibleText.escapeOf(c));
					run = i + 1;
				}
			}
			this.target.write(text, run, end - run);
		}

		@Override
		public void flush() throws IOException {
			this.target.flush();
		}

		@Override
		public void close() throws IOException {
			this.target.close();
		}

	}

	/**
	 * JSON's escapes for every character {@link VisibleText} escapes: Jackson escapes the C0
	 * controls by itself, but writes DEL, the C1 controls and the bidirectional controls raw,
	 * which would reach a terminal that shows the JSON.
	 */
	private static final class VisibleJsonEscapes extends CharacterEscapes {

		static final VisibleJsonEscapes INSTANCE = new VisibleJsonEscapes();

		private final int[] ascii;

		private VisibleJsonEscapes() {
			this.ascii = standardAsciiEscapesForJSON();
			this.ascii[0x7F] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			if (ch > 0xFFFF || !VisibleText.needsEscape((char) ch)) {
				return null;
			}
			return new SerializedString(String.format("\\u%04X", ch));
		}

	}

}
