package org.briefdesk.briefing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One item of a briefing's programme: free text that belongs to the briefing, with the
 * people who speak to it by reference.
 *
 * @param time when it starts, {@code HH:MM}, or a range {@code HH:MM-HH:MM}; empty if not timed
 * @param text what happens ("Opening remarks")
 * @param speakerIds the people who speak, in order
 * @param speakersNote other speakers in words ("Member States"), printed after the people; may be empty
 */
public record ProgrammeItem(String time, String text, List<String> speakerIds, String speakersNote) {

	/** {@code 9:30}, {@code 13:15-14:30} or {@code 13:15 – 14:30}. */
	static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d(\\s*[-–]\\s*([01]?\\d|2[0-3]):[0-5]\\d)?");

	public ProgrammeItem {
		time = time == null ? "" : time.strip();
		text = text == null ? "" : text.strip();
		speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
		speakersNote = speakersNote == null ? "" : speakersNote.strip();
	}

	/** Whether a time is written as the programme takes it (empty counts as no time). */
	static boolean isTime(String time) {
		return time == null || time.isBlank() || TIME.matcher(time.strip()).matches();
	}

	/** "9:30 - 9:45" becomes "09:30-09:45", so that times sort and line up. */
	static String normalisedTime(String time) {
		if (time == null || time.isBlank()) {
			return "";
		}
		String[] ends = time.strip().split("\\s*[-–]\\s*");
		StringBuilder normal = new StringBuilder();
		for (String end : ends) {
			normal.append(normal.length() == 0 ? "" : "-").append(end.indexOf(':') == 1 ? "0" + end : end);
		}
		return normal.toString();
	}

}
