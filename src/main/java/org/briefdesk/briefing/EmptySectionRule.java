package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A section with nothing in it prints as a heading over a blank: fill it or remove it. */
@Component
@Order(50)
public class EmptySectionRule implements BriefingCheckRule {

	static final String ID = "empty-section";

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		BriefingContents contents = context.contents();
		Briefing briefing = contents.briefing();
		for (SectionKind section : briefing.sections()) {
			String hint = hint(section);
			if (isEmpty(contents, section)) {
				findings.add(Finding.warning(ID, Where.section(section), "the " + section.heading().toLowerCase()
						+ " section is empty; " + hint + ", or `briefing section remove " + section.key() + "`"));
			}
		}
		return findings;
	}

	static boolean isEmpty(BriefingContents contents, SectionKind section) {
		Briefing briefing = contents.briefing();
		return switch (section) {
			// Filled from the invitees who accepted, and shown only when someone has: never a mistake.
			case COVER, PARTICIPANTS -> false;
			case PURPOSE -> briefing.purpose().isEmpty();
			case PROGRAMME -> briefing.programme().isEmpty();
			case PANELISTS -> briefing.panelists().isEmpty();
			case PRIORITIES -> contents.prioritySet() == null || contents.prioritySet().priorities().isEmpty();
			case FIGURES -> contents.figures().isEmpty();
			case QUOTES -> contents.quoteList().isEmpty();
			case TALKING_POINTS -> briefing.talkingPoints().isEmpty();
			case LOGISTICS -> briefing.logistics().isEmpty();
			case SOURCES -> (!briefing.has(SectionKind.FIGURES) || contents.figures().stream()
				.allMatch(s -> BriefingPackModels.citation(s).isEmpty()))
					&& (!briefing.has(SectionKind.QUOTES)
							|| contents.quoteList().stream().allMatch(q -> q.sourceRef().citation().isEmpty()));
		};
	}

	private static String hint(SectionKind section) {
		return switch (section) {
			case PURPOSE -> "`briefing text add purpose \"...\"` fills it";
			case PROGRAMME -> "`briefing programme add \"...\" --time HH:MM` fills it";
			case PANELISTS -> "`briefing panelist add PERSON --role speaker` fills it";
			case PRIORITIES -> "`briefing priorities set PRIORITY_SET` fills it";
			case FIGURES -> "`briefing figure add STAT` fills it";
			case QUOTES -> "`briefing quote add QUOTE` fills it";
			case TALKING_POINTS -> "`briefing text add talking-points \"...\"` fills it";
			case LOGISTICS -> "`briefing text add logistics \"...\"` fills it";
			case SOURCES -> "it lists the sources of the figures and quotes, so add a sourced figure";
			case COVER, PARTICIPANTS -> "";
		};
	}

}
