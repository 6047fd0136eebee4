package org.briefdesk.shell;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.briefdesk.facts.PartialDate;
import org.briefdesk.system.UsageException;
import org.briefdesk.team.ChangeLog;

/** Reads {@code data log}'s {@code --since} and {@code --limit}: a day or a time in the user's zone, a count. */
final class ChangeLogTimes {

	private ChangeLogTimes() {
	}

	/** The start of the given day, or the given time, in the user's zone, as UTC; null when not given. */
	static LocalDateTime since(String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		String text = given.strip();
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(text.replace(' ', 'T'));
		}
		catch (DateTimeParseException notATime) {
			PartialDate date;
			try {
				date = PartialDate.parseWritten(text);
			}
			catch (IllegalArgumentException notADate) {
				throw new UsageException("--since: '" + given + "' is not a day or a time; write 2025-03-18, 18 March 2025"
						+ " or 2025-03-18 14:00");
			}
			if (date.day() == 0) {
				throw new UsageException("--since: '" + given + "' is not a day; write 2025-03-18 or 18 March 2025");
			}
			local = LocalDate.of(date.year(), date.month(), date.day()).atStartOfDay();
		}
		return local.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
	}

	static int limit(String given) {
		if (given == null || given.isBlank()) {
			return ChangeLog.DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(given.strip());
			if (limit >= 1) {
				return limit;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		throw new UsageException("--limit: '" + given + "' is not a number of changes; give 1 or more");
	}

}
