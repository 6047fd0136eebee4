package org.briefdesk.render.preview;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.AgendaItem;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.NumberedText;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.Paragraph;
import org.briefdesk.render.PackModel.QuoteView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.PackSection;
import org.briefdesk.system.DisplayWidth;
import org.briefdesk.system.TextTables;

/**
 * The whole briefing as it will read, as plain text for a terminal: the sections in the
 * briefing's order, headings, paragraphs wrapped to the width, tables for the programme and
 * the panel, figures and quotes with their note numbers, and the numbered sources. It reads
 * the same pack model the Word and PDF exports render, so what the preview shows is what
 * they print. It knows no briefing: the caller gives the model and the sections in order.
 */
public final class BriefingPreview {

	private static final int INDENT = 2;

	private BriefingPreview() {
	}

	/**
	 * Renders a pack model with the given sections, in their order; a section the model has
	 * nothing for shows "(empty)".
	 */
	public static String render(List<? extends PackSection> sections, PackModel model, int width) {
		int columns = Math.max(40, width);
		StringBuilder out = new StringBuilder();
		for (PackSection section : sections) {
			if (section.key().equals("participants") && model.participants().isEmpty()) {
				continue; // the invitees who accepted: no one yet, no section (as in Word and PDF)
			}
			boolean cover = section.key().equals("cover");
			List<String> body = switch (section.key()) {
				case "cover" -> cover(model, columns);
				case "purpose" -> paragraphs(model.purpose(), columns);
				case "programme" -> programme(model.programme(), columns);
				case "panelists" -> panelists(model.panelists(), columns);
				case "priorities" -> priorities(model, columns);
				case "figures" -> figures(model.figures(), columns);
				case "quotes" -> quotes(model.quotes(), columns);
				case "talking-points" -> numbered(model.talkingPoints(), columns);
				case "logistics" -> paragraphs(model.logistics(), columns);
				case "participants" -> participants(model.participants(), columns);
				case "sources" -> sources(model.sources(), columns);
				default -> throw new IllegalArgumentException("no pack section '" + section.key() + "'");
			};
			if (!cover) {
				String heading = section.key().equals("priorities") && !model.prioritySet().title().isEmpty()
						? section.heading() + ": " + model.prioritySet().title() : section.heading();
				out.append('\n');
				for (String line : DisplayWidth.wrap(heading, columns)) {
					out.append(line).append('\n');
				}
				out.append("─".repeat(Math.min(columns, Math.max(DisplayWidth.of(heading), 3)))).append('\n');
			}
			if (body.isEmpty() && !cover) {
				body = List.of(indent("(empty)"));
			}
			body.forEach(line -> out.append(line.stripTrailing()).append('\n'));
		}
		return out.toString();
	}

	private static List<String> cover(PackModel model, int columns) {
		List<String> lines = new ArrayList<>();
		String rule = "═".repeat(columns);
		lines.add(rule);
		lines.addAll(DisplayWidth.wrap(model.title().toUpperCase(java.util.Locale.ENGLISH), columns));
		if (!model.subtitle().isEmpty()) {
			lines.addAll(DisplayWidth.wrap(model.subtitle(), columns));
		}
		lines.add("");
		PackModel.EventView event = model.event();
		if (!event.title().isEmpty() && !event.title().equals(model.title())) {
			lines.addAll(DisplayWidth.wrap(event.title() + (event.kind().isEmpty() ? "" : " (" + event.kind() + ")"),
					columns));
		}
		else if (!event.kind().isEmpty()) {
			lines.addAll(DisplayWidth.wrap(event.kind(), columns));
		}
		String when = join(", ", event.date(), event.time());
		if (!when.isEmpty()) {
			lines.addAll(DisplayWidth.wrap(when, columns));
		}
		if (!event.place().isEmpty()) {
			lines.addAll(DisplayWidth.wrap(event.place(), columns));
		}
		if (!event.onTheMarginsOf().isEmpty()) {
			lines.addAll(DisplayWidth.wrap("On the margins of " + event.onTheMarginsOf(), columns));
		}
		if (!event.coChairs().isEmpty()) {
			lines.addAll(DisplayWidth.wrap("Co-chairs: " + event.coChairs(), columns));
		}
		if (!event.hosts().isEmpty()) {
			lines.addAll(DisplayWidth.wrap("Hosts: " + event.hosts(), columns));
		}
		if (!model.chair().fullName().isEmpty()) {
			lines.addAll(DisplayWidth.wrap("Chair: " + personLine(model.chair()), columns));
		}
		if (!model.moderator().fullName().isEmpty()) {
			lines.addAll(DisplayWidth.wrap("Moderator: " + personLine(model.moderator()), columns));
		}
		if (!model.issuedBy().isEmpty()) {
			lines.add("");
			lines.addAll(DisplayWidth.wrap("Issued by " + model.issuedBy() + " · " + model.generatedOn(), columns));
		}
		lines.add(rule);
		return lines;
	}

	private static String personLine(PackModel.PersonView person) {
		return join(", ", person.fullName(), person.title(),
				person.organisationAcronym().isEmpty() ? person.organisation() : person.organisationAcronym());
	}

	private static List<String> paragraphs(List<Paragraph> paragraphs, int columns) {
		List<String> lines = new ArrayList<>();
		for (Paragraph paragraph : paragraphs) {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			DisplayWidth.wrap(paragraph.text(), columns - INDENT).forEach(line -> lines.add(indent(line)));
		}
		return lines;
	}

	private static List<String> numbered(List<NumberedText> items, int columns) {
		List<String> lines = new ArrayList<>();
		int labelWidth = Integer.toString(items.size()).length() + 2;
		for (NumberedText item : items) {
			hanging(lines, DisplayWidth.padRight(item.number() + ".", labelWidth), item.text(), columns);
		}
		return lines;
	}

	private static List<String> priorities(PackModel model, int columns) {
		List<String> lines = new ArrayList<>();
		String owner = join(", ", model.prioritySet().owner(), model.prioritySet().period());
		if (!owner.isEmpty() && !model.priorities().isEmpty()) {
			DisplayWidth.wrap("(" + owner + ")", columns - INDENT).forEach(line -> lines.add(indent(line)));
		}
		lines.addAll(numbered(model.priorities(), columns));
		return lines;
	}

	private static List<String> programme(List<AgendaItem> programme, int columns) {
		if (programme.isEmpty()) {
			return List.of();
		}
		if (programme.stream().allMatch(item -> item.time().isEmpty())) {
			List<List<String>> rows = programme.stream().map(item -> List.of(item.item(), item.speakers())).toList();
			return table(List.of("Item", "Speakers"), rows, columns);
		}
		List<List<String>> rows = programme.stream().map(item -> List.of(item.time(), item.item(), item.speakers())).toList();
		return table(List.of("Time", "Item", "Speakers"), rows, columns);
	}

	private static List<String> panelists(List<PanelistView> panelists, int columns) {
		if (panelists.isEmpty()) {
			return List.of();
		}
		List<List<String>> rows = panelists.stream()
			.map(p -> List.of(Integer.toString(p.number()), p.fullName(), p.role(), p.title(),
					p.organisationAcronym().isEmpty() ? p.organisation() : p.organisationAcronym()))
			.toList();
		return table(List.of("#", "Name", "Role", "Title", "Organisation"), rows, columns);
	}

	private static List<String> participants(List<PackModel.ParticipantView> participants, int columns) {
		List<List<String>> rows = participants.stream()
			.map(p -> List.of(Integer.toString(p.number()), p.name(), p.title(), p.organisation()))
			.toList();
		return table(List.of("#", "Name", "Title", "Organisation"), rows, columns);
	}

	private static List<String> figures(List<FigureView> figures, int columns) {
		List<String> lines = new ArrayList<>();
		for (FigureView figure : figures) {
			String note;
			if (figure.note() > 0) {
				note = " [" + figure.note() + "]";
			}
			else if (!figure.source().isEmpty()) {
				note = " (" + join(", ", figure.source(), figure.sourceYear()) + ")";
			}
			else {
				note = " [no source]";
			}
			if (!lines.isEmpty()) {
				lines.add("");
			}
			// The figure phrase as the exports print it in their Figure column, then the statement.
			String figurePhrase = figure.value().isEmpty() ? "" : figure.value() + " — ";
			hanging(lines, "• ", figurePhrase + figure.statement() + note, columns);
		}
		return lines;
	}

	private static List<String> quotes(List<QuoteView> quotes, int columns) {
		List<String> lines = new ArrayList<>();
		for (QuoteView quote : quotes) {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			DisplayWidth.wrap("“" + quote.text() + "”", columns - INDENT).forEach(line -> lines.add(indent(line)));
			String attribution = join(", ", quote.speaker(), quote.speakerTitle(), quote.occasion(), quote.date());
			if (quote.note() > 0) {
				attribution += " [" + quote.note() + "]";
			}
			DisplayWidth.wrap("— " + attribution, columns - 2 * INDENT)
				.forEach(line -> lines.add(indent(indent(line))));
		}
		return lines;
	}

	private static List<String> sources(List<SourceView> sources, int columns) {
		List<String> lines = new ArrayList<>();
		int labelWidth = Integer.toString(sources.size()).length() + 3;
		for (SourceView source : sources) {
			String text = source.url().isEmpty() ? source.citation() : source.citation() + ". " + source.url();
			hanging(lines, DisplayWidth.padRight("[" + source.number() + "]", labelWidth), text, columns);
		}
		return lines;
	}

	/** "  1. first line" with the following lines under the text, not under the label. */
	private static void hanging(List<String> lines, String label, String text, int columns) {
		int labelWidth = DisplayWidth.of(label);
		List<String> wrapped = DisplayWidth.wrap(text, columns - INDENT - labelWidth);
		for (int i = 0; i < wrapped.size(); i++) {
			lines.add(indent((i == 0 ? label : " ".repeat(labelWidth)) + wrapped.get(i)));
		}
	}

	private static List<String> table(List<String> headers, List<List<String>> rows, int columns) {
		String rendered = TextTables.render(headers, rows, columns - INDENT);
		return rendered.lines().map(BriefingPreview::indent).toList();
	}

	private static String indent(String line) {
		return " ".repeat(INDENT) + line;
	}

	private static String join(String separator, String... parts) {
		StringBuilder joined = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				joined.append(joined.length() == 0 ? "" : separator).append(part.strip());
			}
		}
		return joined.toString();
	}

}
