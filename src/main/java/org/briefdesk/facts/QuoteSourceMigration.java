package org.briefdesk.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Right after migration V4 has given quotes the source fields of a statistic (within its
 * transaction), splits the one line of text a quote's source was until then where it reads
 * "Publisher, date" ("UNODC, 3 October 2023", "CBSS, December 2020"): the date goes to
 * {@code source_date}, a publisher of one or two words to {@code publisher}, anything longer
 * stays the title. Any other text stays the title as it was, so nothing is lost and the
 * citation reads as before. Runs once, when V4 is applied.
 */
@Component
class QuoteSourceMigration extends DataMigration {

	private static final Pattern DISPLAY_DATE = Pattern.compile("(?:(\\d{1,2}) )?(?:(\\p{L}+) )?(\\d{4})");

	QuoteSourceMigration() {
		super("4", "split the quotes' sources");
	}

	@Override
	void migrate(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, source from quote where source is not null");
				PreparedStatement update = connection
					.prepareStatement("update quote set source = ?, publisher = ?, source_date = ? where id = ?")) {
			while (rows.next()) {
				Optional<Split> split = split(rows.getString(2));
				if (split.isPresent()) {
					update.setString(1, split.get().title());
					update.setString(2, split.get().publisher());
					update.setString(3, split.get().date().toString());
					update.setString(4, rows.getString(1));
					update.addBatch();
				}
			}
			update.executeBatch();
		}
	}

	/** "UNODC, 3 October 2023" → publisher UNODC, date 2023-10-03; empty when the text does not end in a date. */
	static Optional<Split> split(String source) {
		String text = source == null ? "" : source.strip();
		int comma = text.lastIndexOf(',');
		if (comma <= 0) {
			return Optional.empty();
		}
		Optional<PartialDate> date = displayDate(text.substring(comma + 1).strip());
		if (date.isEmpty()) {
			return Optional.empty();
		}
		String head = text.substring(0, comma).strip();
		boolean publisher = !head.contains(",") && head.split("\\s+").length <= 2;
		return Optional.of(new Split(publisher ? null : head, publisher ? head : null, date.get()));
	}

	/** The inverse of {@link PartialDate#toDisplayString()}: "3 October 2023", "December 2020", "2020". */
	static Optional<PartialDate> displayDate(String text) {
		Matcher matcher = DISPLAY_DATE.matcher(text);
		if (!matcher.matches() || (matcher.group(1) != null && matcher.group(2) == null)) {
			return Optional.empty();
		}
		int month = 0;
		if (matcher.group(2) != null) {
			month = monthNumber(matcher.group(2));
			if (month == 0) {
				return Optional.empty();
			}
		}
		try {
			int day = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
			return Optional.of(new PartialDate(Integer.parseInt(matcher.group(3)), month, day));
		}
		catch (IllegalArgumentException notADate) {
			return Optional.empty();
		}
	}

	private static int monthNumber(String name) {
		for (Month month : Month.values()) {
			if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
				return month.getValue();
			}
		}
		return 0;
	}

	record Split(String title, String publisher, PartialDate date) {
	}

}
