package org.briefdesk.render.invitation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times the way a letter's language writes them: "Tuesday, 3 October 2023" and
 * "3 October 2023" in English (British order, as the pack writes them), "mardi 3 octobre
 * 2023" and "1er octobre 2023" in French; other languages as their locale writes a long
 * date. Times on the 24-hour clock with the zone's abbreviation: "10:00–11:30 (CEST)",
 * "10 h 00 – 11 h 30 (CEST)" in French.
 */
final class LetterDates {

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter FRENCH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);

	private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

	private LetterDates() {
	}

	/** The day with its weekday: "Tuesday, 3 October 2023", "mardi 3 octobre 2023"; empty for null. */
	static String dayDate(LocalDate date, String language) {
		if (date == null) {
			return "";
		}
		return switch (language) {
			case "en", "" -> ENGLISH_DAY.format(date);
			case "fr" -> FRENCH_WEEKDAY.format(date) + " " + frenchDay(date);
			default -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.forLanguageTag(language))
				.format(date);
		};
	}

	/** The day: "3 October 2023", "3 octobre 2023", "1er octobre 2023"; empty for null. */
	static String date(LocalDate date, String language) {
		if (date == null) {
			return "";
		}
		return switch (language) {
			case "en", "" -> ENGLISH.format(date);
			case "fr" -> frenchDay(date);
			default -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))
				.format(date);
		};
	}

	private static String frenchDay(LocalDate date) {
		return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " "
				+ FRENCH_MONTH_YEAR.format(date);
	}

	/** "10:00–11:30 (CEST)", "10 h 00 – 11 h 30 (CEST)"; empty without a start time. */
	static String timeRange(LocalDate date, LocalTime start, LocalTime end, String timeZone, String language) {
		if (start == null) {
			return "";
		}
		boolean french = language.equals("fr");
		String range = end == null ? time(start, french)
				: time(start, french) + (french ? " – " : "–") + time(end, french);
		String zone = zone(date, start, timeZone);
		return zone.isEmpty() ? range : range + " (" + zone + ")";
	}

	private static String time(LocalTime time, boolean french) {
		return french ? String.format(Locale.ROOT, "%d h %02d", time.getHour(), time.getMinute())
				: String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
	}

	/** The zone's abbreviation on that day ("CEST" in summer, "CET" in winter), or the text given. */
	private static String zone(LocalDate date, LocalTime start, String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return "";
		}
		if (date == null) {
			return timeZone;
		}
		try {
			return ZonedDateTime.of(date, start, ZoneId.of(timeZone))
				.format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH));
		}
		catch (DateTimeException notAZoneId) {
			return timeZone;
		}
	}

}
