package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingContents;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.briefing.ProgrammeItem;
import org.briefdesk.briefing.SectionKind;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;

/**
 * The text of {@code briefing show}: a briefing's parts with the numbers and ids the part
 * commands take, section by section. It is the editing view; {@code briefing preview} is the
 * reading view.
 */
final class BriefingShowText {

	private BriefingShowText() {
	}

	/**
	 * Prints the parts to {@code output}: each section's table as every table prints (fitted to
	 * a terminal, tab-separated in a pipe); long texts are shortened on a terminal only.
	 */
	static void print(BriefingContents contents, Output output) {
		Briefing briefing = contents.briefing();
		int width = output.terminal() ? output.width() : Integer.MAX_VALUE;
		Event event = contents.event();
		StringBuilder out = new StringBuilder();
		out.append("Briefing ").append(briefing.id()).append(": ").append(briefing.title()).append('\n');
		if (!briefing.subtitle().isEmpty()) {
			out.append("  subtitle:  ").append(briefing.subtitle()).append('\n');
		}
		out.append("  event:     ").append(event.id()).append(" (").append(event.title());
		if (event.date() != null) {
			out.append(", ").append(event.date().toDisplayString());
		}
		out.append(")\n");
		if (!briefing.issuedBy().isEmpty()) {
			out.append("  issued by: ").append(briefing.issuedBy()).append('\n');
		}
		if (briefing.updatedAt() != null) {
			out.append("  updated:   ").append(briefing.updatedAt().toString().replace('T', ' ')).append(" UTC\n");
		}
		List<String> sections = new ArrayList<>();
		for (int i = 0; i < briefing.sections().size(); i++) {
			sections.add((i + 1) + " " + briefing.sections().get(i).key());
		}
		out.append("  sections:  ").append(sections.isEmpty() ? "(none)" : String.join(" · ", sections)).append('\n');
		for (SectionKind section : briefing.sections()) {
			// The cover, the sources and the participants (the invitees who accepted) hold nothing of the briefing's own.
			if (section == SectionKind.COVER || section == SectionKind.SOURCES || section == SectionKind.PARTICIPANTS) {
				continue;
			}
			List<List<String>> rows = rows(contents, section, width);
			out.append('\n').append(section.heading());
			if (section == SectionKind.PRIORITIES && contents.prioritySet() != null) {
				out.append(": ").append(contents.prioritySet().id());
			}
			out.append('\n');
			output.print(out);
			out.setLength(0);
			output.table(headers(section), rows, "(empty)", "  ");
		}
		List<String> unshown = unshown(briefing);
		if (!unshown.isEmpty()) {
			out.append("\nNot shown (no section for them): ").append(String.join(", ", unshown)).append('\n');
		}
		output.print(out);
	}

	private static List<String> headers(SectionKind section) {
		return switch (section) {
			case PROGRAMME -> List.of("#", "Time", "Item", "Speakers");
			case PANELISTS -> List.of("#", "Person", "Name", "Role");
			case PRIORITIES -> List.of("#", "Priority");
			case FIGURES -> List.of("#", "Statistic", "Statement", "Source");
			case QUOTES -> List.of("#", "Quote", "Words", "Speaker");
			default -> List.of("#", "Paragraph");
		};
	}

	private static List<List<String>> rows(BriefingContents contents, SectionKind section, int width) {
		Briefing briefing = contents.briefing();
		List<List<String>> rows = new ArrayList<>();
		int textWidth = width == Integer.MAX_VALUE ? width : Math.max(30, width - 40);
		switch (section) {
			case PURPOSE -> numbered(briefing.purpose(), rows, textWidth);
			case TALKING_POINTS -> numbered(briefing.talkingPoints(), rows, textWidth);
			case LOGISTICS -> numbered(briefing.logistics(), rows, textWidth);
			case PROGRAMME -> {
				for (ProgrammeItem item : briefing.programme()) {
					List<String> speakers = new ArrayList<>(item.speakerIds());
					if (!item.speakersNote().isEmpty()) {
						speakers.add("\"" + item.speakersNote() + "\"");
					}
					rows.add(List.of(Integer.toString(rows.size() + 1), item.time(), item.text(), String.join(", ", speakers)));
				}
			}
			case PANELISTS -> {
				for (Panelist panelist : briefing.panelists()) {
					String name = contents.person(panelist.personId()).map(Person::formalName).orElse("?");
					rows.add(List.of(Integer.toString(rows.size() + 1), panelist.personId(), name, panelist.role().key()));
				}
			}
			case PRIORITIES -> {
				PrioritySet set = contents.prioritySet();
				if (set != null) {
					numbered(set.priorities(), rows, textWidth);
				}
			}
			case FIGURES -> {
				for (String id : briefing.figureIds()) {
					Statistic statistic = contents.statistics().get(id);
					String source = statistic == null ? "" : String.join(", ", java.util.stream.Stream
						.of(statistic.publisher(), statistic.sourceDate() == null ? null : statistic.sourceDate().toString())
						.filter(s -> s != null && !s.isBlank())
						.toList());
					rows.add(List.of(Integer.toString(rows.size() + 1), id,
							statistic == null ? "?" : BriefingCommands.shortText(statistic.statement(), textWidth),
							source.isEmpty() ? "(no source)" : source));
				}
			}
			case QUOTES -> {
				for (String id : briefing.quoteIds()) {
					Quote quote = contents.quotes().get(id);
					String speaker = quote == null ? "" : contents.person(quote.personId()).map(Person::name).orElse("");
					rows.add(List.of(Integer.toString(rows.size() + 1), id,
							quote == null ? "?" : BriefingCommands.shortText(quote.text(), textWidth), speaker));
				}
			}
			default -> {
			}
		}
		return rows;
	}

	private static void numbered(List<String> texts, List<List<String>> rows, int width) {
		for (String text : texts) {
			rows.add(List.of(Integer.toString(rows.size() + 1), BriefingCommands.shortText(text, width)));
		}
	}

	/** Parts the briefing holds but does not print, because their section is not in it. */
	private static List<String> unshown(Briefing briefing) {
		List<String> unshown = new ArrayList<>();
		if (!briefing.has(SectionKind.PANELISTS) && !briefing.panelists().isEmpty()) {
			unshown.add(BriefingCommands.count(briefing.panelists().size(), "panelist"));
		}
		if (!briefing.has(SectionKind.FIGURES) && !briefing.figureIds().isEmpty()) {
			unshown.add(BriefingCommands.count(briefing.figureIds().size(), "key figure"));
		}
		if (!briefing.has(SectionKind.QUOTES) && !briefing.quoteIds().isEmpty()) {
			unshown.add(BriefingCommands.count(briefing.quoteIds().size(), "quote"));
		}
		if (!briefing.has(SectionKind.PROGRAMME) && !briefing.programme().isEmpty()) {
			unshown.add(BriefingCommands.count(briefing.programme().size(), "programme item"));
		}
		if (!briefing.has(SectionKind.PRIORITIES) && briefing.prioritySetId() != null) {
			unshown.add("priorities " + briefing.prioritySetId());
		}
		if (!briefing.has(SectionKind.PURPOSE) && !briefing.purpose().isEmpty()) {
			unshown.add("purpose text");
		}
		if (!briefing.has(SectionKind.TALKING_POINTS) && !briefing.talkingPoints().isEmpty()) {
			unshown.add(BriefingCommands.count(briefing.talkingPoints().size(), "talking point"));
		}
		if (!briefing.has(SectionKind.LOGISTICS) && !briefing.logistics().isEmpty()) {
			unshown.add("logistics text");
		}
		return unshown;
	}

}
