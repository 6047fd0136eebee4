package org.briefdesk.briefing;

import java.util.List;

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

	public ProgrammeItem {
		time = time == null ? "" : time.strip();
		text = text == null ? "" : text.strip();
		speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
		speakersNote = speakersNote == null ? "" : speakersNote.strip();
	}

}
