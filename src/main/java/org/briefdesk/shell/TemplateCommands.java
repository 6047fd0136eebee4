package org.briefdesk.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefdesk.invite.InviteeModels;
import org.briefdesk.render.ExamplePack;
import org.briefdesk.render.LetterModel;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.TemplateFields;
import org.briefdesk.render.TemplateFields.FieldInfo;
import org.briefdesk.render.docx.CheckedTemplates;
import org.briefdesk.render.docx.TemplateCheck;
import org.briefdesk.render.docx.TemplateCheck.Placeholder;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.NotFoundException;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;


/** {@code template fields} and {@code template check}: what a template can show, and whether one is sound. */
@Component
public class TemplateCommands {

	static final String SAMPLE_BRIEFING = "icat-briefing-2023";

	private static final int EXAMPLE_WIDTH = 48;

	private static final String BRIEFING = "briefing";

	private static final String INVITATION = "invitation";

	private final ObjectProvider<PackModelSource> packs;

	private final ObjectProvider<CheckedTemplates> checker;

	public TemplateCommands(ObjectProvider<PackModelSource> packs, ObjectProvider<CheckedTemplates> checker) {
		this.packs = packs;
		this.checker = checker;
	}

	/** The sample briefing of the 3 October 2023 Vienna briefing: it fills every field. */
	private Optional<PackModel> sampleBriefing() {
		try {
			return Optional.of(this.packs.getObject().forBriefing(SAMPLE_BRIEFING));
		}
		catch (NotFoundException removedFromTheLibrary) {
			return Optional.empty();
		}
	}

	@Command(name = "template fields", group = "Templates",
			description = "List the fields a template can show, with a description and an example of each",
			help = """
					A Word template names a field in double braces: {{event.title}}. A list such as
					panelists[] is shown with a block, {{?panelists}}…{{/panelists}}, inside which the
					element's fields are named alone ({{fullName}}); or repeated as table rows.
					Examples come from the briefing given, else from the sample briefing icat-briefing-2023.
					TEMPLATE says which templates have a field: "briefing" (a pack: briefing.docx,
					briefing.xhtml) or "invitation" (a letter: invitation*.docx, invitation*.xhtml). A
					letter has event.* (its date and time written in the letter's language), coChairs[],
					signatory.*, issuedBy, letter.* and invitee.* (one invitee per letter, with the
					salutation and closing of templates/forms-of-address.yaml).

					Examples:
					  template fields
					  template fields --briefing icat-briefing-2023
					  template fields --json""")
	public void fields(
			@Option(longName = "briefing", description = "take the examples from this briefing (default: the sample icat-briefing-2023)") String briefing,
			CommandContext context) {
		PackModel model;
		String examplesFrom;
		if (briefing == null || briefing.isBlank()) {
			Optional<PackModel> sample = sampleBriefing();
			model = sample.orElseGet(ExamplePack::model);
			examplesFrom = sample.isPresent() ? "the sample briefing '" + SAMPLE_BRIEFING + "' (--briefing ID for another)"
					: "a built-in example pack (--briefing ID for a briefing's own values)";
		}
		else {
			model = this.packs.getObject().forBriefing(briefing.strip());
			examplesFrom = "briefing '" + briefing.strip() + "'";
		}
		// The same path (event.title) can be in both: a list of pairs, not a map.
		List<Map.Entry<FieldInfo, String>> fields = new ArrayList<>();
		TemplateFields.describe(model).forEach(field -> fields.add(Map.entry(field, BRIEFING)));
		TemplateFields.describe(LetterModel.class, LetterModel.example(model, InviteeModels.example()))
			.forEach(field -> fields.add(Map.entry(field, INVITATION)));
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			fields.forEach(entry -> {
				FieldInfo field = entry.getKey();
				String template = entry.getValue();
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("path", field.path());
				row.put("type", field.kind().label());
				row.put("template", template);
				row.put("description", field.description());
				row.put("example", field.example());
				rows.add(row);
			});
			out.printJson(rows);
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		fields.forEach(entry -> rows.add(FactViews.row(entry.getKey().path(), entry.getKey().kind().label(),
				entry.getValue(), entry.getKey().description(),
				out.terminal() ? shorten(entry.getKey().example()) : entry.getKey().example())));
		List<String> header = List.of("FIELD", "TYPE", "TEMPLATE", "DESCRIPTION", "EXAMPLE");
		if (!out.terminal()) {
			out.table(header, rows, "");
			return;
		}
		out.println("Fields of the template data model; examples from " + examplesFrom + ". A briefing template"
				+ " (briefing.docx, briefing.xhtml) shows the briefing fields; an invitation letter (invitation*.docx,"
				+ " invitation*.xhtml) shows the invitation fields, one invitee per letter.");
		out.table(header, rows, "");
		out.println("In a Word template: {{field}} prints a field, {{?list}}…{{/list}} repeats a part for each element "
				+ "(or shows it when a text is not empty), {{^note}} cites a source with its number linked to {{~number}} in "
				+ "Sources. `template check FILE` checks one.");
	}

	@Command(name = "template check", group = "Templates",
			description = "Check a Word template: list its placeholders and where they are, flag unknown and malformed ones",
			help = """
					Lists every placeholder with where it is (body paragraph N, table T row R cell C,
					header, footer) and the field it reads, and flags unknown fields, unclosed or stray
					blocks, stray braces and expressions that would be printed as is. Exits 1 when
					anything is wrong; `export docx` refuses such a template with the same message.
					An invitation letter (a file named invitation*.docx, or one whose placeholders name
					invitee.*, letter.* or signatory.*) is checked against the fields a letter has.

					Examples:
					  template check my-briefing.docx
					  template check templates/briefing.docx --json
					  template check templates/invitation.fr.docx""")
	public void check(@Argument(index = 0, description = "the Word template (.docx) to check") String file,
			CommandContext context) {
		if (file == null || file.isBlank()) {
			throw new UsageException("give the template to check: `template check FILE.docx`");
		}
		Path path;
		try {
			path = Path.of(file.strip());
		}
		catch (InvalidPathException invalid) {
			throw new UsageException("'" + file + "' is not a valid path");
		}
		TemplateCheck check = this.checker.getObject().checkAny(path);
		Output out = Output.of(context);
		if (out.json()) {
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("template", check.template());
			report.put("ok", check.ok());
			report.put("checkedAs", check.isLetter() ? INVITATION : BRIEFING);
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Placeholder placeholder : check.placeholders()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("where", placeholder.where());
				row.put("placeholder", placeholder.tag());
				row.put("field", placeholder.field());
				row.put("problem", placeholder.problem());
				rows.add(row);
			}
			report.put("placeholders", rows);
			out.printJson(report);
		}
		else {
			List<List<String>> rows = new ArrayList<>();
			for (Placeholder placeholder : check.placeholders()) {
				rows.add(FactViews.row(placeholder.where(), placeholder.tag(), placeholder.field(),
						placeholder.ok() ? "ok" : placeholder.problem()));
			}
			out.table(List.of("WHERE", "PLACEHOLDER", "FIELD", "PROBLEM"), rows, "no placeholders");
			int problems = check.problems().size();
			out.println(check.template() + ": " + check.placeholders().size() + " placeholders, "
					+ (problems == 0 ? "no problems" : problems == 1 ? "1 problem" : problems + " problems")
					+ (check.isLetter() ? " (checked as an invitation letter: `template fields` lists its fields)" : ""));
		}
		out.flush();
		check.throwIfWrong();
	}

	private static String shorten(String text) {
		String oneLine = text.replaceAll("\\s+", " ");
		return oneLine.length() <= EXAMPLE_WIDTH ? oneLine : oneLine.substring(0, EXAMPLE_WIDTH - 1) + "…";
	}

}
