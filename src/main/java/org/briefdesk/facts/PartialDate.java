package org.briefdesk.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day: {@code 2020}, {@code 2020-04},
 * {@code 2019-12-05}. Sources and meetings are often known only that far ("a press release
 * of December 2024 reports this week's meeting"), and Briefdesk stores what is known rather
 * than inventing a day. The ISO text sorts chronologically, so it is also the stored form.
 *
 * @param year the year
 * @param month 1-12, or 0 when only the year is known
 * @param day 1-31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public PartialDate {
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("year " + year + " is not a four-digit year");
		}
		if (month < 0 || month > 12) {
			throw new IllegalArgumentException("month " + month + " is not 1-12");
		}
		if (day != 0) {
			if (month == 0) {
				throw new IllegalArgumentException("a day needs a month");
			}
			try {
				LocalDate.of(year, month, day);
			}
			catch (DateTimeException notADay) {
				throw new IllegalArgumentException(notADay.getMessage());
			}
		}
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(year, 0, 0);
	}

	/**
	 * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
	 * @throws IllegalArgumentException with a message fit for the user when the text is not one of them
	 */
	public static PartialDate parse(String text) {
		Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2019-12-05)");
		}
		int year = Integer.parseInt(matcher.group(1));
		int month = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
		int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
		try {
			return new PartialDate(year, month, day);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalArgumentException("'" + text + "' is not a date: " + invalid.getMessage());
		}
	}

	/** The forms {@link #parseWritten} reads, as a user is told them. */
	public static final String WRITTEN_FORMS = "18 March 2027, March 18, 2027, March 2027, 2027-03-18, 2027-03 or 2027";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}+)\\.?(?:,?\\s+(\\d{4}))?");

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");

	private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})");

	private static final Pattern FIGURES_ONLY = Pattern.compile("\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{2,4}");

	/**
	 * Reads a date as a person writes it in English, or in the ISO form: "18 March 2027",
	 * "18 Mar 2027", "March 18, 2027", "March 2027", {@code 2027-03-18}, {@code 2027-03},
	 * {@code 2027}. A day and a month both in figures ("18/03/2027", "03.04.2027") is refused:
	 * it reads one way in Vienna and another in New York.
	 * @throws IllegalArgumentException with the reason and the accepted forms
	 */
	public static PartialDate parseWritten(String text) {
		String written = text == null ? "" : text.strip();
		if (FORM.matcher(written).matches()) {
			return parse(written);
		}
		if (FIGURES_ONLY.matcher(written).matches()) {
			throw new IllegalArgumentException("'" + written + "' can be read two ways (day/month or month/day); write "
					+ WRITTEN_FORMS);
		}
		Matcher dayFirst = DAY_MONTH_YEAR.matcher(written);
		Matcher monthFirst = MONTH_DAY_YEAR.matcher(written);
		Matcher monthYear = MONTH_YEAR.matcher(written);
		if (dayFirst.matches() && month(dayFirst.group(2)) > 0) {
			return written(written, dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1));
		}
		if (monthYear.matches() && month(monthYear.group(1)) > 0) {
			return written(written, monthYear.group(2), month(monthYear.group(1)), null);
		}
		if (monthFirst.matches() && month(monthFirst.group(1)) > 0) {
			return written(written, monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2));
		}
		throw new IllegalArgumentException("'" + written + "' is not a date; write " + WRITTEN_FORMS);
	}

	private static PartialDate written(String text, String year, int month, String day) {
		String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		int dayOfMonth = day == null ? 0 : Integer.parseInt(day);
		// A leap year, so that 29 February is refused only for a year that has none.
		int longest = Month.of(month).length(true);
		if (day != null && (dayOfMonth < 1 || dayOfMonth > longest)) {
			throw new IllegalArgumentException("'" + text + "' is not a date: " + monthName + " has no day " + dayOfMonth
					+ "; write " + WRITTEN_FORMS);
		}
		if (year == null) {
			throw new IllegalArgumentException("'" + text + "' has no year; write " + WRITTEN_FORMS);
		}
		try {
			return new PartialDate(Integer.parseInt(year), month, dayOfMonth);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalArgumentException("'" + text + "' is not a date: " + monthName + " " + year + " has no day "
					+ dayOfMonth);
		}
	}

	/** 1-12 for an English month name or its first three letters or more; 0 otherwise. */
	private static int month(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.length() < 3) {
			return 0;
		}
		for (Month month : Month.values()) {
			String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
			if (name.startsWith(lower) || (lower.equals("sept") && month == Month.SEPTEMBER)) {
				return month.getValue();
			}
		}
		return 0;
	}

	public boolean isExact() {
		return this.day != 0;
	}

	/** The day, when it is known. */
	public Optional<LocalDate> exact() {
		return isExact() ? Optional.of(LocalDate.of(this.year, this.month, this.day)) : Optional.empty();
	}

	/** The first day the date can mean (for comparisons with "today"). */
	public LocalDate earliest() {
		return LocalDate.of(this.year, Math.max(this.month, 1), Math.max(this.day, 1));
	}

	/** The last day the date can mean: 2025 → 31 December 2025, 2024-02 → 29 February 2024. */
	public LocalDate latest() {
		if (this.month == 0) {
			return LocalDate.of(this.year, 12, 31);
		}
		if (this.day == 0) {
			LocalDate first = LocalDate.of(this.year, this.month, 1);
			return first.withDayOfMonth(first.lengthOfMonth());
		}
		return LocalDate.of(this.year, this.month, this.day);
	}

	/**
	 * Whether a period from {@code from} to {@code until} (inclusive; null: no end) shares a day
	 * with this date: what "holds on the event's date" means for a date known only to the
	 * month or the year, which counts as every day it may be.
	 */
	public boolean within(PartialDate from, PartialDate until) {
		LocalDate periodEnd = until == null ? LocalDate.MAX : until.latest();
		return !latest().isBefore(from.earliest()) && !earliest().isAfter(periodEnd);
	}

	/** As people write it in English: "5 December 2019", "December 2024", "2020". */
	public String toDisplayString() {
		if (this.month == 0) {
			return Integer.toString(this.year);
		}
		String monthName = Month.of(this.month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		return (this.day == 0 ? "" : this.day + " ") + monthName + " " + this.year;
	}

	/** The ISO form: {@code 2019-12-05}, {@code 2024-12} or {@code 2020}. */
	@Override
	public String toString() {
		if (this.month == 0) {
			return String.format("%04d", this.year);
		}
		if (this.day == 0) {
			return String.format("%04d-%02d", this.year, this.month);
		}
		return String.format("%04d-%02d-%02d", this.year, this.month, this.day);
	}

	@Override
	public int compareTo(PartialDate other) {
		return toString().compareTo(other.toString());
	}

}
