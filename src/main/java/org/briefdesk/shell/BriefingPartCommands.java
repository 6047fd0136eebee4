package org.briefdesk.shell;

import java.util.List;

import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingParts;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.ProgrammeItem;
import org.briefdesk.briefing.SectionKind;
import org.briefdesk.briefing.TextKind;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * Commands on the parts of a briefing, one grammar for all: {@code briefing PART add|remove|move}
 * (and {@code edit} or {@code role} where a part has more to change). Positions count from 1
 * as {@code briefing show} numbers them; {@code --at N} inserts there, {@code --to N} moves
 * there. Every command acts on {@code --briefing ID}, or on the briefing in use.
 */
@Component
public class BriefingPartCommands {

	private static final String GROUP = BriefingCommands.GROUP;

	private static final String COMPLETION = BriefingCommands.COMPLETION;

	private final ObjectProvider<BriefingParts> briefings;

	private final BriefingTarget target;

	public BriefingPartCommands(ObjectProvider<BriefingParts> briefings, BriefingTarget target) {
		this.briefings = briefings;
		this.target = target;
	}

	// ---- sections

	@Command(name = "briefing section add", group = GROUP, completionProvider = COMPLETION,
			description = "Add a section (cover, purpose, programme, panelists, priorities, figures, quotes, talking-points, logistics, sources)",
			help = "Without --at the section goes where a full pack has it.\n\nExamples:\n  briefing section add quotes\n  briefing section add logistics --at 2")
	public String addSection(@Argument(index = 0, description = "the kind of section") String kind,
			@Option(longName = "at", description = "position, from 1") Integer at,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return sections(service().addSection(this.target.resolve(briefing), BriefingCommands.parseSection(kind), at));
	}

	@Command(name = "briefing section remove", group = GROUP, completionProvider = COMPLETION,
			description = "Remove a section from the pack (its content stays in the briefing)",
			help = "Example:\n  briefing section remove quotes")
	public String removeSection(@Argument(index = 0, description = "the kind of section") String kind,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return sections(service().removeSection(this.target.resolve(briefing), BriefingCommands.parseSection(kind)));
	}

	@Command(name = "briefing section move", group = GROUP, completionProvider = COMPLETION,
			description = "Move a section to another position",
			help = "Example:\n  briefing section move figures --to 3")
	public String moveSection(@Argument(index = 0, description = "the kind of section") String kind,
			@Option(longName = "to", required = true, description = "new position, from 1") int to,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return sections(service().moveSection(this.target.resolve(briefing), BriefingCommands.parseSection(kind), to));
	}

	// ---- panel

	@Command(name = "briefing panelist add", group = GROUP, completionProvider = COMPLETION,
			description = "Put a person on the panel with a role",
			help = """
					Arguments:
					  PERSON   the person's id (TAB completes)

					Roles: chair, co-chair, moderator, speaker (default), discussant.

					Examples:
					  briefing panelist add valiant-richey --role speaker
					  briefing panelist add alena-kupchyna --role chair --at 1""")
	public String addPanelist(@Argument(index = 0, description = "the person") String person,
			@Option(longName = "role", description = "chair, co-chair, moderator, speaker or discussant", defaultValue = "speaker") String role,
			@Option(longName = "at", description = "position, from 1; the end when not given") Integer at,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return panel(service().addPanelist(this.target.resolve(briefing), required(person, "PERSON"),
				BriefingCommands.parseRole(role), at));
	}

	@Command(name = "briefing panelist remove", group = GROUP, completionProvider = COMPLETION,
			description = "Take a panelist off the panel (by person id or position)",
			help = "Examples:\n  briefing panelist remove valiant-richey\n  briefing panelist remove 3")
	public String removePanelist(@Argument(index = 0, description = "person id or position") String panelist,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return panel(service().removePanelist(this.target.resolve(briefing), required(panelist, "PANELIST")));
	}

	@Command(name = "briefing panelist move", group = GROUP, completionProvider = COMPLETION,
			description = "Move a panelist to another position",
			help = "Examples:\n  briefing panelist move tea-machaidze --to 1\n  briefing panelist move 3 --to 1")
	public String movePanelist(@Argument(index = 0, description = "person id or position") String panelist,
			@Option(longName = "to", required = true, description = "new position, from 1") int to,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return panel(service().movePanelist(this.target.resolve(briefing), required(panelist, "PANELIST"), to));
	}

	@Command(name = "briefing panelist role", group = GROUP, completionProvider = COMPLETION,
			description = "Change a panelist's role in this briefing",
			help = "Example:\n  briefing panelist role hanna-antonova --role co-chair")
	public String setRole(@Argument(index = 0, description = "person id or position") String panelist,
			@Option(longName = "role", required = true, description = "chair, co-chair, moderator, speaker or discussant") String role,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return panel(service().setPanelistRole(this.target.resolve(briefing), required(panelist, "PANELIST"),
				BriefingCommands.parseRole(role)));
	}

	// ---- figures

	@Command(name = "briefing figure add", group = GROUP, completionProvider = COMPLETION,
			description = "Add a statistic as a key figure",
			help = """
					Arguments:
					  STAT   the statistic's id (TAB completes; `stat list` shows them)

					Examples:
					  briefing figure add one-in-three-victims-child-2023
					  briefing figure add icat-31-organizations-2023 --at 1""")
	public String addFigure(@Argument(index = 0, description = "the statistic") String statistic,
			@Option(longName = "at", description = "position, from 1; the end when not given") Integer at,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return figures(service().addFigure(this.target.resolve(briefing), required(statistic, "STAT"), at));
	}

	@Command(name = "briefing figure remove", group = GROUP, completionProvider = COMPLETION,
			description = "Remove a key figure (by statistic id or position)",
			help = "Examples:\n  briefing figure remove one-in-three-victims-child-2023\n  briefing figure remove 2")
	public String removeFigure(@Argument(index = 0, description = "statistic id or position") String figure,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return figures(service().removeFigure(this.target.resolve(briefing), required(figure, "FIGURE")));
	}

	@Command(name = "briefing figure move", group = GROUP, completionProvider = COMPLETION,
			description = "Move a key figure to another position",
			help = "Example:\n  briefing figure move one-in-three-victims-child-2023 --to 1")
	public String moveFigure(@Argument(index = 0, description = "statistic id or position") String figure,
			@Option(longName = "to", required = true, description = "new position, from 1") int to,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return figures(service().moveFigure(this.target.resolve(briefing), required(figure, "FIGURE"), to));
	}

	// ---- quotes

	@Command(name = "briefing quote add", group = GROUP, completionProvider = COMPLETION,
			description = "Add a quote",
			help = "Arguments:\n  QUOTE   the quote's id (TAB completes; `quote list` shows them)\n\nExample:\n  briefing quote add tea-machaidze-2023-2")
	public String addQuote(@Argument(index = 0, description = "the quote") String quote,
			@Option(longName = "at", description = "position, from 1; the end when not given") Integer at,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return quotes(service().addQuote(this.target.resolve(briefing), required(quote, "QUOTE"), at));
	}

	@Command(name = "briefing quote remove", group = GROUP, completionProvider = COMPLETION,
			description = "Remove a quote (by quote id or position)",
			help = "Example:\n  briefing quote remove 1")
	public String removeQuote(@Argument(index = 0, description = "quote id or position") String quote,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return quotes(service().removeQuote(this.target.resolve(briefing), required(quote, "QUOTE")));
	}

	@Command(name = "briefing quote move", group = GROUP, completionProvider = COMPLETION,
			description = "Move a quote to another position",
			help = "Example:\n  briefing quote move 2 --to 1")
	public String moveQuote(@Argument(index = 0, description = "quote id or position") String quote,
			@Option(longName = "to", required = true, description = "new position, from 1") int to,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return quotes(service().moveQuote(this.target.resolve(briefing), required(quote, "QUOTE"), to));
	}

	// ---- chair's priorities

	@Command(name = "briefing priorities set", group = GROUP, completionProvider = COMPLETION,
			description = "Choose the priority set shown as the chair's priorities",
			help = "Arguments:\n  SET   the priority set's id (TAB completes; `priorities list` shows them)\n\nExample:\n  briefing priorities set oas-unodc-priorities-2025")
	public String setPriorities(@Argument(index = 0, description = "the priority set") String set,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		Briefing changed = service().setPriorities(this.target.resolve(briefing), required(set, "SET"));
		return "Briefing " + changed.id() + ": chair's priorities are " + changed.prioritySetId() + ".";
	}

	@Command(name = "briefing priorities clear", group = GROUP, completionProvider = COMPLETION,
			description = "Show no chair's priorities",
			help = "Example:\n  briefing priorities clear")
	public String clearPriorities(
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		Briefing changed = service().setPriorities(this.target.resolve(briefing), null);
		return "Briefing " + changed.id() + ": no chair's priorities.";
	}

	// ---- the briefing's own text: purpose, talking points, logistics

	@Command(name = "briefing text set", group = GROUP, completionProvider = COMPLETION,
			description = "Replace the paragraphs of purpose, talking-points or logistics",
			help = """
					Arguments:
					  KIND        purpose, talking-points (or points) or logistics
					  PARAGRAPH   one or more paragraphs, each in quotes; none clears the text

					Examples:
					  briefing text set purpose "ICAT briefs Member States on its work." "It is held on the margins of ..."
					  briefing text set logistics "Room M3, Vienna International Centre."
					  briefing text set talking-points""")
	public String setText(@Arguments List<String> words,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		if (words == null || words.isEmpty()) {
			throw new UsageException("which text? use one of " + TextKind.keys());
		}
		TextKind kind = BriefingCommands.parseText(words.get(0));
		Briefing changed = service().setText(this.target.resolve(briefing), kind, words.subList(1, words.size()));
		return text(changed, kind);
	}

	@Command(name = "briefing text add", group = GROUP, completionProvider = COMPLETION,
			description = "Add a paragraph (or talking point) to purpose, talking-points or logistics",
			help = """
					Examples:
					  briefing text add talking-points "ICAT is the UN's policy forum on trafficking in persons."
					  briefing text add purpose "A first paragraph." --at 1""")
	public String addText(@Argument(index = 0, description = "purpose, talking-points or logistics") String kind,
			@Argument(index = 1, description = "the paragraph, in quotes") String paragraph,
			@Option(longName = "at", description = "position, from 1; the end when not given") Integer at,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		TextKind textKind = BriefingCommands.parseText(kind);
		return text(service().addText(this.target.resolve(briefing), textKind, required(paragraph, "PARAGRAPH"), at),
				textKind);
	}

	@Command(name = "briefing text edit", group = GROUP, completionProvider = COMPLETION,
			description = "Replace one paragraph (or talking point)",
			help = "Example:\n  briefing text edit talking-points 2 \"Child protection runs through all ICAT activities.\"")
	public String editText(@Argument(index = 0, description = "purpose, talking-points or logistics") String kind,
			@Argument(index = 1, description = "its number") String number,
			@Argument(index = 2, description = "the new paragraph, in quotes") String paragraph,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		TextKind textKind = BriefingCommands.parseText(kind);
		return text(service().replaceText(this.target.resolve(briefing), textKind, position(number),
				required(paragraph, "PARAGRAPH")), textKind);
	}

	@Command(name = "briefing text remove", group = GROUP, completionProvider = COMPLETION,
			description = "Remove one paragraph (or talking point)",
			help = "Example:\n  briefing text remove talking-points 3")
	public String removeText(@Argument(index = 0, description = "purpose, talking-points or logistics") String kind,
			@Argument(index = 1, description = "its number") String number,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		TextKind textKind = BriefingCommands.parseText(kind);
		return text(service().removeText(this.target.resolve(briefing), textKind, position(number)), textKind);
	}

	@Command(name = "briefing text move", group = GROUP, completionProvider = COMPLETION,
			description = "Move one paragraph (or talking point) to another position",
			help = "Example:\n  briefing text move talking-points 3 --to 1")
	public String moveText(@Argument(index = 0, description = "purpose, talking-points or logistics") String kind,
			@Argument(index = 1, description = "its number") String number,
			@Option(longName = "to", required = true, description = "new position, from 1") int to,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		TextKind textKind = BriefingCommands.parseText(kind);
		return text(service().moveText(this.target.resolve(briefing), textKind, position(number), to), textKind);
	}

	// ---- programme

	@Command(name = "briefing programme add", group = GROUP, completionProvider = COMPLETION,
			description = "Add an item to the programme, with its time and speakers",
			help = """
					Arguments:
					  TEXT   what happens, in quotes

					Examples:
					  briefing programme add "Opening remarks" --time 13:15 --speakers mukundi-mutasa
					  briefing programme add "Questions from Member States" --time 14:10-14:30 --note "Member States"
					  briefing programme add "Presentation of the 2023 co-chairs" --speakers hanna-antonova,tea-machaidze --at 2""")
	public String addItem(@Argument(index = 0, description = "what happens") String text,
			@Option(longName = "time", description = "HH:MM or HH:MM-HH:MM") String time,
			@Option(longName = "speakers", description = "person ids, comma-separated") String speakers,
			@Option(longName = "note", description = "other speakers in words, e.g. \"Member States\"") String note,
			@Option(longName = "at", description = "position, from 1; the end when not given") Integer at,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing,
			CommandContext context) {
		ProgrammeItem item = new ProgrammeItem(time, required(text, "TEXT"), BriefingTarget.values(context, "speakers"), note);
		return programme(service().addProgrammeItem(this.target.resolve(briefing), item, at));
	}

	@Command(name = "briefing programme edit", group = GROUP, completionProvider = COMPLETION,
			description = "Change a programme item's text, time, speakers or note",
			help = "Examples:\n  briefing programme edit 2 --time 13:30\n  briefing programme edit 3 --speakers \"\" --note \"All participants\"")
	public String editItem(@Argument(index = 0, description = "its number") String number,
			@Option(longName = "text", description = "what happens") String text,
			@Option(longName = "time", description = "HH:MM or HH:MM-HH:MM (\"\" removes it)") String time,
			@Option(longName = "speakers", description = "person ids, comma-separated (\"\" removes them)") String speakers,
			@Option(longName = "note", description = "other speakers in words (\"\" removes it)") String note,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing,
			CommandContext context) {
		if (text == null && time == null && speakers == null && note == null) {
			throw new UsageException("nothing to change; give --text, --time, --speakers or --note");
		}
		List<String> speakerIds = BriefingTarget.given(context, "speakers") ? BriefingTarget.values(context, "speakers") : null;
		return programme(service().editProgrammeItem(this.target.resolve(briefing), position(number), time, text,
				speakerIds, note));
	}

	@Command(name = "briefing programme remove", group = GROUP, completionProvider = COMPLETION,
			description = "Remove a programme item",
			help = "Example:\n  briefing programme remove 4")
	public String removeItem(@Argument(index = 0, description = "its number") String number,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return programme(service().removeProgrammeItem(this.target.resolve(briefing), position(number)));
	}

	@Command(name = "briefing programme move", group = GROUP, completionProvider = COMPLETION,
			description = "Move a programme item to another position",
			help = "Example:\n  briefing programme move 4 --to 2")
	public String moveItem(@Argument(index = 0, description = "its number") String number,
			@Option(longName = "to", required = true, description = "new position, from 1") int to,
			@Option(longName = "briefing", description = "the briefing; the one in use when not given") String briefing) {
		return programme(service().moveProgrammeItem(this.target.resolve(briefing), position(number), to));
	}

	// ---- helpers

	private BriefingParts service() {
		return this.briefings.getObject();
	}

	private static String required(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new UsageException("missing " + name + "; `help` with the command shows an example");
		}
		return value.strip();
	}

	private static int position(String number) {
		if (number == null || !number.strip().matches("\\d{1,4}")) {
			throw new UsageException("'" + (number == null ? "" : number) + "' is not a position; give a number from 1, as `briefing show` numbers them");
		}
		return Integer.parseInt(number.strip());
	}

	private static String sections(Briefing briefing) {
		return "Briefing " + briefing.id() + " sections: "
				+ String.join(", ", briefing.sections().stream().map(SectionKind::key).toList()) + ".";
	}

	private static String panel(Briefing briefing) {
		List<String> panel = new java.util.ArrayList<>();
		for (int i = 0; i < briefing.panelists().size(); i++) {
			var panelist = briefing.panelists().get(i);
			panel.add((i + 1) + " " + panelist.personId() + (panelist.role() == PanelRole.SPEAKER ? "" : " (" + panelist.role().key() + ")"));
		}
		return "Briefing " + briefing.id() + " panel: " + (panel.isEmpty() ? "nobody" : String.join(", ", panel)) + ".";
	}

	private static String figures(Briefing briefing) {
		return "Briefing " + briefing.id() + " key figures: " + numbered(briefing.figureIds()) + ".";
	}

	private static String quotes(Briefing briefing) {
		return "Briefing " + briefing.id() + " quotes: " + numbered(briefing.quoteIds()) + ".";
	}

	private static String programme(Briefing briefing) {
		return "Briefing " + briefing.id() + " programme: " + BriefingCommands.count(briefing.programme().size(), "item")
				+ "; `briefing show` lists them.";
	}

	private static String text(Briefing briefing, TextKind kind) {
		int n = briefing.paragraphs(kind).size();
		String noun = kind == TextKind.TALKING_POINTS ? "talking point" : "paragraph";
		return "Briefing " + briefing.id() + " " + kind.key() + ": " + BriefingCommands.count(n, noun) + ".";
	}

	private static String numbered(List<String> ids) {
		if (ids.isEmpty()) {
			return "none";
		}
		List<String> numbered = new java.util.ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			numbered.add((i + 1) + " " + ids.get(i));
		}
		return String.join(", ", numbered);
	}

}
