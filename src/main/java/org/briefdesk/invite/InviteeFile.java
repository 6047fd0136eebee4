package org.briefdesk.invite;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.briefdesk.facts.Problems;

/**
 * Reads an invitee file: CSV (RFC 4180: quoted cells may hold commas, quotes and line
 * breaks), UTF-8 with or without a byte-order mark, CRLF or LF, a header row naming the
 * columns ({@link InviteeColumns}). Every problem is collected with the file and the line
 * where its row starts, counting the file's physical lines, so a quoted line break moves the
 * lines after it. Cells are kept exactly as written, except that a cell of white space only
 * counts as empty; a row of empty cells is skipped. An unknown column is an error, not a
 * warning: a misspelt "emial" would otherwise drop every address silently.
 */
final class InviteeFile {

	/** Far above any real list; a bigger file is refused before it is parsed. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	/**
	 * One row of the file.
	 * @param line the physical line the row starts on
	 * @param contact who it is
	 * @param status the status column's value, null when the file has no such column or the
	 * cell is empty
	 * @param note the note column's value, null when none
	 * @param hasNote whether the file has a note column (then an empty cell clears a note)
	 */
	record Row(int line, Contact contact, ResponseStatus status, String note, boolean hasNote) {
	}

	private InviteeFile() {
	}

	/** The rows of the file; every problem found goes to {@code problems}. */
	static List<Row> read(String name, byte[] content, Problems problems) {
		if (content.length > MAX_BYTES) {
			problems.add(name, 0, "the file is larger than 10 MB; split it into smaller files");
			return List.of();
		}
		String text = decode(name, content, problems);
		if (text == null) {
			return List.of();
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (ContactRules.isBlank(text)) {
			problems.add(name, 0, "the file is empty; it needs a header row (" + InviteeColumns.known() + ") and a row per invitee");
			return List.of();
		}
		int[] lineStarts = lineStarts(text);
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
		List<Row> rows = new ArrayList<>();
		long nextRowLine = 1;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			InviteeColumns[] columns = null;
			for (CSVRecord record : parser) {
				int line = lineOf(lineStarts, record.getCharacterPosition());
				nextRowLine = parser.getCurrentLineNumber() + 1;
				if (columns == null) {
					columns = header(name, line, record, problems);
					if (columns == null) {
						return List.of();
					}
					continue;
				}
				Row row = row(name, line, record, columns, problems);
				if (row != null) {
					rows.add(row);
				}
			}
			if (columns == null) {
				problems.add(name, 0, "no header row; the first row names the columns (" + InviteeColumns.known() + ")");
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
			// commons-csv stops at the first malformed row (a quote never closed): say where it started.
			problems.add(name, (int) nextRowLine, "this row cannot be read as CSV (" + reason(malformed)
					+ "); a quote that opens a cell must close it, and a quote inside a quoted cell is written twice (\"\")");
		}
		return rows;
	}

	private static InviteeColumns[] header(String name, int line, CSVRecord record, Problems problems) {
		InviteeColumns[] columns = new InviteeColumns[record.size()];
		Map<InviteeColumns, String> seen = new EnumMap<>(InviteeColumns.class);
		List<String> unknown = new ArrayList<>();
		boolean ok = true;
		for (int i = 0; i < record.size(); i++) {
			String cell = record.get(i);
			if (ContactRules.isBlank(cell)) {
				problems.add(name, line, "column " + (i + 1) + " of the header has no name; name it or remove the column");
				ok = false;
				continue;
			}
			InviteeColumns column = InviteeColumns.of(cell).orElse(null);
			if (column == null) {
				unknown.add("'" + cell + "'");
				ok = false;
				continue;
			}
			if (column != InviteeColumns.IGNORED && seen.containsKey(column)) {
				problems.add(name, line, "columns '" + seen.get(column) + "' and '" + cell + "' are both "
						+ column.canonical() + "; keep one");
				ok = false;
			}
			seen.put(column, cell);
			columns[i] = column;
		}
		if (!unknown.isEmpty()) {
			problems.add(name, line, (unknown.size() == 1 ? "unknown column " : "unknown columns ")
					+ String.join(", ", unknown) + "; the columns are " + InviteeColumns.known()
					+ " (case, spaces, _ and - do not matter); rename or remove "
					+ (unknown.size() == 1 ? "it" : "them"));
		}
		if (ok && !seen.containsKey(InviteeColumns.FAMILY_NAME) && !seen.containsKey(InviteeColumns.FULL_NAME)) {
			problems.add(name, line, "no family_name or full_name column; a file needs at least one of them");
			ok = false;
		}
		return ok ? columns : null;
	}

	private static Row row(String name, int line, CSVRecord record, InviteeColumns[] columns, Problems problems) {
		if (record.size() != columns.length) {
			if (record.size() == 1 && ContactRules.isBlank(record.get(0))) {
				return null;
			}
			problems.add(name, line, "this row has " + record.size() + (record.size() == 1 ? " cell" : " cells")
					+ ", the header " + columns.length + "; a comma inside a value needs quotes around the value");
			return null;
		}
		Map<InviteeColumns, String> cells = new EnumMap<>(InviteeColumns.class);
		boolean empty = true;
		for (int i = 0; i < columns.length; i++) {
			String cell = record.get(i);
			if (!ContactRules.isBlank(cell)) {
				empty = false;
				cells.put(columns[i], cell);
			}
		}
		if (empty) {
			return null;
		}
		String given = cells.get(InviteeColumns.GIVEN_NAME);
		String family = cells.get(InviteeColumns.FAMILY_NAME);
		String full = cells.get(InviteeColumns.FULL_NAME);
		if (full == null && family != null) {
			full = given == null ? family : given + " " + family;
		}
		Contact contact = new Contact(cells.get(InviteeColumns.HONORIFIC), given, family, full,
				cells.get(InviteeColumns.TITLE), cells.get(InviteeColumns.ORGANISATION), cells.get(InviteeColumns.EMAIL),
				cells.get(InviteeColumns.LANGUAGE), cells.get(InviteeColumns.PERSON));
		List<String> wrong = new ArrayList<>(ContactRules.problems(contact));
		ResponseStatus status = null;
		String statusCell = cells.get(InviteeColumns.STATUS);
		if (statusCell != null) {
			status = ResponseStatus.parse(statusCell).orElse(null);
			if (status == null) {
				wrong.add("status '" + statusCell + "' is not one of " + ResponseStatus.choices());
			}
		}
		String note = cells.get(InviteeColumns.NOTE);
		ContactRules.length(wrong, "note", note, ContactRules.MAX_NOTE);
		wrong.forEach(message -> problems.add(name, line, message));
		boolean hasNote = Arrays.asList(columns).contains(InviteeColumns.NOTE);
		return wrong.isEmpty() ? new Row(line, contact, status, note, hasNote) : null;
	}

	/**
	 * The text, or null when the bytes are not UTF-8: then each line that holds bytes that
	 * are not is a problem.
	 */
	private static String decode(String name, byte[] content, Problems problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(content.length + 1);
		List<Integer> badLines = new ArrayList<>();
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				int line = physicalLine(content, in.position());
				if (badLines.isEmpty() || badLines.get(badLines.size() - 1) != line) {
					badLines.add(line);
				}
				in.position(in.position() + result.length());
				continue;
			}
			if (result.isUnderflow()) {
				decoder.flush(out);
				break;
			}
		}
		if (badLines.isEmpty()) {
			out.flip();
			return out.toString();
		}
		int shown = Math.min(badLines.size(), 20);
		for (int i = 0; i < shown; i++) {
			problems.add(name, badLines.get(i), "this line is not UTF-8 text; save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet)");
		}
		if (badLines.size() > shown) {
			problems.add(name, badLines.get(shown), "and " + (badLines.size() - shown) + " more lines that are not UTF-8");
		}
		return null;
	}

	/** The line of a byte offset: LF, CR and CRLF each end a line. */
	private static int physicalLine(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < content.length; i++) {
			if (content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
				line++;
			}
		}
		return line;
	}

	/** Where each line starts in the text: LF, CR and CRLF each end a line, as commons-csv counts them. */
	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int lineOf(int[] lineStarts, long position) {
		int index = Arrays.binarySearch(lineStarts, (int) Math.min(position, Integer.MAX_VALUE));
		return (index >= 0 ? index : -index - 2) + 1;
	}

	private static String reason(Exception malformed) {
		Throwable root = malformed;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.length() > 160 ? message.substring(0, 160) + "…" : message;
	}

}
