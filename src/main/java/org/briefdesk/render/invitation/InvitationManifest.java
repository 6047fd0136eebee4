package org.briefdesk.render.invitation;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;

/**
 * {@code invitations.csv}: one row per letter written (invitee id, language, file, SHA-256
 * of the file), so a person can see what was sent to whom and a later run can check what is
 * on disk. A cell that a spreadsheet would take for a formula (starting with {@code = + - @},
 * a tab or a carriage return; or with a {@code '}, which a spreadsheet would hide) is written
 * with a {@code '} before it, and read back without.
 *
 * <p>While letters are written, each row also goes to a journal beside it
 * ({@code .invitations.journal.csv}), appended as each file is published, so that a run cut
 * short leaves a record of what it finished; the manifest itself is published whole at the
 * end and the journal removed.
 */
final class InvitationManifest {

	static final String FILE_NAME = "invitations.csv";

	static final String JOURNAL_NAME = ".invitations.journal.csv";

	static final String[] HEADER = { "invitee", "language", "file", "sha256" };

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	/** One row: a letter, or the PDF beside it (file ends in .pdf). */
	record Row(String inviteeId, String language, String file, String sha256) {
	}

	private InvitationManifest() {
	}

	/** Rows of the manifest and then the journal of an interrupted run, by file name (a later row wins). */
	static Map<String, Row> read(Path folder) {
		Map<String, Row> rows = new LinkedHashMap<>();
		readInto(folder.resolve(FILE_NAME), rows, false);
		readInto(folder.resolve(JOURNAL_NAME), rows, true);
		return rows;
	}

	private static void readInto(Path file, Map<String, Row> rows, boolean journal) {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : FORMAT.parse(in)) {
				if (record.size() != 4 || record.getRecordNumber() == 1 && record.get(0).equals(HEADER[0])) {
					continue; // the header, or a journal's last row cut short by a crash
				}
				Row row = new Row(unescape(record.get(0)), unescape(record.get(1)), unescape(record.get(2)),
						unescape(record.get(3)));
				rows.put(row.file(), row);
			}
		}
		catch (NoSuchFileException absent) {
			// nothing written there yet
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException unreadable) {
			if (!journal) {
				throw new BriefdeskException("cannot read " + file + ": " + unreadable.getMessage()
						+ "; remove it (the letters stay) or use --overwrite to write every letter again");
			}
			// a journal cut short inside a quoted cell: the rows before it were read
		}
	}

	/** Publishes the manifest whole. */
	static void write(Path folder, List<Row> rows) {
		AtomicFiles.write(folder.resolve(FILE_NAME), true, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
				printer.printRecord((Object[]) HEADER);
				for (Row row : rows) {
					print(printer, row);
				}
				printer.flush();
			}
		});
	}

	static void print(CSVPrinter printer, Row row) throws IOException {
		printer.printRecord(escape(row.inviteeId()), escape(row.language()), escape(row.file()), escape(row.sha256()));
	}

	/** The journal of a run: rows appended as letters are published. */
	static final class Journal implements AutoCloseable {

		private final Path file;

		private final CSVPrinter printer;

		Journal(Path folder) {
			this.file = folder.resolve(JOURNAL_NAME);
			try {
				this.printer = new CSVPrinter(new OutputStreamWriter(Files.newOutputStream(this.file,
						java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND),
						StandardCharsets.UTF_8), FORMAT);
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot write " + this.file + ": " + failed.getMessage(), failed);
			}
		}

		void append(Row row) {
			try {
				print(this.printer, row);
				this.printer.flush();
			}
			catch (IOException failed) {
				throw new BriefdeskException("cannot write " + this.file + ": " + failed.getMessage(), failed);
			}
		}

		@Override
		public void close() {
			try {
				this.printer.close();
			}
			catch (IOException ignored) {
				// the journal is only a record of progress
			}
		}

		void delete() {
			close();
			try {
				Files.deleteIfExists(this.file);
			}
			catch (IOException ignored) {
				// a leftover journal only repeats the manifest
			}
		}

	}

	/** {@code '} before a cell a spreadsheet would read as a formula. */
	static String escape(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r'".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

	static String unescape(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r'".indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

	static List<Row> inOrder(Map<String, Row> rows, List<String> files) {
		List<Row> ordered = new ArrayList<>();
		for (String file : files) {
			Row row = rows.get(file);
			if (row != null) {
				ordered.add(row);
			}
		}
		return ordered;
	}

}
