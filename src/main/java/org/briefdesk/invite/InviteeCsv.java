package org.briefdesk.invite;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes invitee lists as CSV for spreadsheets: UTF-8 with a byte-order mark (so that a
 * spreadsheet reads Cyrillic, Arabic and Chinese right), CRLF, quotes where needed, and every
 * cell that a spreadsheet would run as a formula (one starting with {@code = + - @}, TAB or
 * CR) protected by a leading {@code '}.
 */
final class InviteeCsv {

	/** A column: its header and how a row's cell is read from an invitee. */
	record Column(String header, Function<Invitee, String> value) {
	}

	/** What {@code invite export} writes: the import columns, then id, number, status, note and person. */
	static final List<Column> LIST = List.of(new Column("number", invitee -> Integer.toString(invitee.number())),
			new Column("id", Invitee::id), new Column("honorific", Invitee::honorific),
			new Column("given_name", Invitee::givenName), new Column("family_name", Invitee::familyName),
			new Column("full_name", Invitee::fullName), new Column("title", Invitee::title),
			new Column("organisation", Invitee::organisation), new Column("email", Invitee::email),
			new Column("language", Invitee::language), new Column("status", invitee -> invitee.status().key()),
			new Column("note", Invitee::note), new Column("person_id", Invitee::personId));

	private InviteeCsv() {
	}

	static void write(OutputStream out, List<Column> columns, List<Invitee> invitees) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(columns.stream().map(Column::header).toList());
		for (Invitee invitee : invitees) {
			List<String> cells = new ArrayList<>(columns.size());
			for (Column column : columns) {
				cells.add(protect(column.value().apply(invitee)));
			}
			printer.printRecord(cells);
		}
		printer.flush();
	}

	/** The cell as a spreadsheet may open it: a leading {@code '} before what would start a formula. */
	static String protect(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
