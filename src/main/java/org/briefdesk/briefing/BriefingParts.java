package org.briefdesk.briefing;

import static org.briefdesk.briefing.BriefingWriter.naturalPosition;
import static org.briefdesk.briefing.BriefingWriter.withSection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.briefdesk.facts.Fact;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;
import org.briefdesk.system.BriefdeskException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the parts of a stored briefing one step at a time: its sections, panel, figures,
 * quotes, chair's priorities, programme and its own text (purpose, talking points,
 * logistics), each added, removed, moved or replaced at a position counted from 1. Every
 * id given is checked against the library first, and a change is saved whole or not at all,
 * through the same rules as a new briefing ({@link BriefingRules}). Adding a part shows its
 * section.
 */
@Service
public class BriefingParts {

	private final BriefingWriter writer;

	BriefingParts(BriefingWriter writer) {
		this.writer = writer;
	}

	// ---- sections

	@Transactional
	public Briefing addSection(String id, SectionKind kind, Integer at) {
		return change(id, b -> {
			List<SectionKind> sections = b.build().sections();
			if (sections.contains(kind)) {
				throw new BriefdeskException("briefing '" + id + "' already has a " + kind.key()
						+ " section; `briefing section move " + kind.key() + " --to N` moves it");
			}
			return b.sections(Positions.insert(sections, kind, at == null ? naturalPosition(sections, kind) : at,
					"section"));
		});
	}

	@Transactional
	public Briefing removeSection(String id, SectionKind kind) {
		return change(id, b -> b.sections(Positions.remove(b.build().sections(), indexOfSection(id, b, kind))));
	}

	@Transactional
	public Briefing moveSection(String id, SectionKind kind, int to) {
		return change(id, b -> b.sections(Positions.move(b.build().sections(), indexOfSection(id, b, kind), to, "section")));
	}

	private static int indexOfSection(String id, Briefing.Builder b, SectionKind kind) {
		int index = b.build().sections().indexOf(kind);
		if (index < 0) {
			throw new BriefdeskException("briefing '" + id + "' has no " + kind.key() + " section; `briefing section add "
					+ kind.key() + "` adds it");
		}
		return index + 1;
	}

	// ---- panel

	@Transactional
	public Briefing addPanelist(String id, String personId, PanelRole role, Integer at) {
		Person person = fact(FactKind.PERSON, personId);
		return change(id, b -> withSection(b, SectionKind.PANELISTS).panelists(Positions.insert(b.build().panelists(),
				new Panelist(person.id(), role), at, "panelist")));
	}

	@Transactional
	public Briefing removePanelist(String id, String panelist) {
		return change(id, b -> b.panelists(Positions.remove(b.build().panelists(), panelistIndex(id, b, panelist))));
	}

	@Transactional
	public Briefing movePanelist(String id, String panelist, int to) {
		return change(id, b -> b.panelists(Positions.move(b.build().panelists(), panelistIndex(id, b, panelist), to, "panelist")));
	}

	@Transactional
	public Briefing setPanelistRole(String id, String panelist, PanelRole role) {
		return change(id, b -> {
			List<Panelist> panel = new ArrayList<>(b.build().panelists());
			int index = panelistIndex(id, b, panelist);
			panel.set(index - 1, new Panelist(panel.get(index - 1).personId(), role));
			return b.panelists(panel);
		});
	}

	private static int panelistIndex(String id, Briefing.Builder b, String panelist) {
		return Positions.find(b.build().panelists(), panelist, Panelist::personId, "panelist",
				"briefing '" + id + "' has no panelist '" + panelist + "'; `briefing show` lists the panel");
	}

	// ---- figures and quotes

	@Transactional
	public Briefing addFigure(String id, String statisticId, Integer at) {
		Statistic statistic = fact(FactKind.STATISTIC, statisticId);
		return change(id, b -> withSection(b, SectionKind.FIGURES).figureIds(Positions.insert(b.build().figureIds(),
				statistic.id(), at, "figure")));
	}

	@Transactional
	public Briefing removeFigure(String id, String figure) {
		return change(id, b -> b.figureIds(Positions.remove(b.build().figureIds(), figureIndex(id, b, figure))));
	}

	@Transactional
	public Briefing moveFigure(String id, String figure, int to) {
		return change(id, b -> b.figureIds(Positions.move(b.build().figureIds(), figureIndex(id, b, figure), to, "figure")));
	}

	private static int figureIndex(String id, Briefing.Builder b, String figure) {
		return Positions.find(b.build().figureIds(), figure, Function.identity(), "figure",
				"briefing '" + id + "' has no figure '" + figure + "'; `briefing show` lists its figures");
	}

	@Transactional
	public Briefing addQuote(String id, String quoteId, Integer at) {
		Quote quote = fact(FactKind.QUOTE, quoteId);
		return change(id, b -> withSection(b, SectionKind.QUOTES).quoteIds(Positions.insert(b.build().quoteIds(),
				quote.id(), at, "quote")));
	}

	@Transactional
	public Briefing removeQuote(String id, String quote) {
		return change(id, b -> b.quoteIds(Positions.remove(b.build().quoteIds(), quoteIndex(id, b, quote))));
	}

	@Transactional
	public Briefing moveQuote(String id, String quote, int to) {
		return change(id, b -> b.quoteIds(Positions.move(b.build().quoteIds(), quoteIndex(id, b, quote), to, "quote")));
	}

	private static int quoteIndex(String id, Briefing.Builder b, String quote) {
		return Positions.find(b.build().quoteIds(), quote, Function.identity(), "quote",
				"briefing '" + id + "' has no quote '" + quote + "'; `briefing show` lists its quotes");
	}

	// ---- chair's priorities

	/** Chooses the priority set shown as the chair's priorities; null clears it. */
	@Transactional
	public Briefing setPriorities(String id, String prioritySetId) {
		if (prioritySetId == null) {
			return change(id, b -> b.prioritySetId(null));
		}
		PrioritySet set = fact(FactKind.PRIORITY_SET, prioritySetId);
		return change(id, b -> withSection(b, SectionKind.PRIORITIES).prioritySetId(set.id()));
	}

	// ---- the briefing's own text

	@Transactional
	public Briefing setText(String id, TextKind kind, List<String> paragraphs) {
		List<String> kept = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
		return change(id, b -> (kept.isEmpty() ? b : withSection(b, kind.section())).paragraphs(kind, kept));
	}

	@Transactional
	public Briefing addText(String id, TextKind kind, String paragraph, Integer at) {
		String text = nonBlank(paragraph, kind.key());
		return change(id, b -> withSection(b, kind.section()).paragraphs(kind,
				Positions.insert(b.build().paragraphs(kind), text, at, paragraphNoun(kind))));
	}

	@Transactional
	public Briefing replaceText(String id, TextKind kind, int number, String paragraph) {
		String text = nonBlank(paragraph, kind.key());
		return change(id, b -> {
			List<String> paragraphs = new ArrayList<>(b.build().paragraphs(kind));
			Positions.check(paragraphs, number, paragraphNoun(kind));
			paragraphs.set(number - 1, text);
			return b.paragraphs(kind, paragraphs);
		});
	}

	@Transactional
	public Briefing removeText(String id, TextKind kind, int number) {
		return change(id, b -> b.paragraphs(kind, Positions.remove(b.build().paragraphs(kind),
				Positions.check(b.build().paragraphs(kind), number, paragraphNoun(kind)))));
	}

	@Transactional
	public Briefing moveText(String id, TextKind kind, int number, int to) {
		return change(id, b -> b.paragraphs(kind, Positions.move(b.build().paragraphs(kind),
				Positions.check(b.build().paragraphs(kind), number, paragraphNoun(kind)), to, paragraphNoun(kind))));
	}

	private static String paragraphNoun(TextKind kind) {
		return kind == TextKind.TALKING_POINTS ? "talking point" : kind.key() + " paragraph";
	}

	// ---- programme

	@Transactional
	public Briefing addProgrammeItem(String id, ProgrammeItem item, Integer at) {
		ProgrammeItem checked = checkItem(item);
		return change(id, b -> withSection(b, SectionKind.PROGRAMME).programme(Positions.insert(b.build().programme(),
				checked, at, "programme item")));
	}

	/** Changes the parts of a programme item that are given (non-null). */
	@Transactional
	public Briefing editProgrammeItem(String id, int number, String time, String text, List<String> speakerIds,
			String speakersNote) {
		return change(id, b -> {
			List<ProgrammeItem> programme = new ArrayList<>(b.build().programme());
			Positions.check(programme, number, "programme item");
			ProgrammeItem old = programme.get(number - 1);
			programme.set(number - 1,
					checkItem(new ProgrammeItem(time != null ? time : old.time(), text != null ? text : old.text(),
							speakerIds != null ? speakerIds : old.speakerIds(),
							speakersNote != null ? speakersNote : old.speakersNote())));
			return b.programme(programme);
		});
	}

	@Transactional
	public Briefing removeProgrammeItem(String id, int number) {
		return change(id, b -> b.programme(Positions.remove(b.build().programme(),
				Positions.check(b.build().programme(), number, "programme item"))));
	}

	@Transactional
	public Briefing moveProgrammeItem(String id, int number, int to) {
		return change(id, b -> b.programme(Positions.move(b.build().programme(),
				Positions.check(b.build().programme(), number, "programme item"), to, "programme item")));
	}

	private ProgrammeItem checkItem(ProgrammeItem item) {
		if (item.text().isEmpty()) {
			throw new BriefdeskException("a programme item needs a text, e.g. \"Opening remarks\"");
		}
		if (!ProgrammeItem.isTime(item.time())) {
			throw new BriefdeskException("'" + item.time() + "' is not a time; write HH:MM or HH:MM-HH:MM, e.g. 13:15");
		}
		item.speakerIds().forEach(personId -> fact(FactKind.PERSON, personId));
		return new ProgrammeItem(ProgrammeItem.normalisedTime(item.time()), item.text(), item.speakerIds(),
				item.speakersNote());
	}

	private Briefing change(String id, UnaryOperator<Briefing.Builder> edit) {
		return this.writer.change(id, edit);
	}

	private <T extends Fact> T fact(FactKind kind, String id) {
		return this.writer.fact(kind, id);
	}

	private static String nonBlank(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new BriefdeskException("the " + what + " text is empty; give it some words in quotes");
		}
		return text.strip();
	}

}
