package org.briefdesk.shell;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.invite.FormsOfAddress;
import org.briefdesk.invite.FormsOfAddressFile;
import org.briefdesk.invite.InvitationChecks;
import org.briefdesk.invite.InvitationFinding;
import org.briefdesk.invite.InvitationLetters;
import org.briefdesk.invite.InvitationService;
import org.briefdesk.invite.InvitationTemplates;
import org.briefdesk.invite.Invitee;
import org.briefdesk.invite.ResponseStatus;
import org.briefdesk.render.invitation.InvitationSummary;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.SafeFileNames;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code invite add|import|list|show|remove|export|mark|attendance|check|generate}: the invitee list of
 * an event. {@code --event} may be left out when a briefing is in use (its event) or when
 * the library has one event only.
 */
@Component
public class InviteCommands {

	private static final String GROUP = "Invitations";

	private static final String EVENT = "the event (default: the event of the briefing in use, or the library's only event)";

	private final ObjectProvider<InvitationService> service;

	private final ObjectProvider<InvitationChecks> checks;

	private final ObjectProvider<InvitationLetters> letters;

	private final ObjectProvider<BriefingQueries> briefings;

	private final ShellSession session;

	private final CommandInterrupts interrupts;

	InviteCommands(ObjectProvider<InvitationService> service, ObjectProvider<InvitationChecks> checks,
			ObjectProvider<InvitationLetters> letters, ObjectProvider<BriefingQueries> briefings, ShellSession session,
			CommandInterrupts interrupts) {
		this.service = service;
		this.checks = checks;
		this.letters = letters;
		this.briefings = briefings;
		this.session = session;
		this.interrupts = interrupts;
	}

	@Command(name = "invite add", group = GROUP, description = "Invite people of the library to an event",
			help = """
					Takes honorific, name, title and e-mail from the library and the organisation's full
					name; splits the name into given and family name. All or nothing: a person unknown or
					already invited adds nobody. --person may be repeated or hold ids separated by commas.

					Examples:
					  invite add --event icat-briefing-2023-10-03 --person alena-kupchyna --person tea-machaidze
					  invite add --event icat-briefing-2023-10-03 --person madina-jarbussynova,ghada-waly --language fr""")
	public void add(@Option(longName = "event", description = EVENT) String event,
			@Option(longName = "person", description = "a person's id; repeat it or separate ids with commas") String person,
			@Option(longName = "language", description = "the language of their letters (default: en)", defaultValue = "en") String language,
			CommandContext context) {
		String eventId = event(event);
		InvitationService.Changes changes = this.service.getObject()
			.addPeople(eventId, BriefingTarget.values(context, "person"), language);
		Output.of(context).println("invited " + count(changes.added().size(), "person", "people") + " to " + eventId + ": "
				+ String.join(", ", changes.added().stream().map(Invitee::id).toList()));
	}

	@Command(name = "invite import", group = GROUP, description = "Import invitees from a CSV file (all or nothing)",
			help = """
					The first row names the columns: honorific, given_name, family_name, full_name, title,
					organisation, email, language (also: first name, last name, surname, name, mission,
					organization, e-mail, lang; status, note, person_id). Case, spaces, _ and - do not
					matter; an unknown column is an error. UTF-8 with or without BOM, CRLF or LF, quoted
					cells with commas, quotes and line breaks. Values are kept exactly as written. A row
					needs a family_name or a full_name. Every problem is shown as FILE:LINE: message and
					nothing is imported while there is one. The same person twice (same e-mail, or same
					name and organisation) is refused; --update replaces the one on the list (keeping its
					id, number and answer).

					Examples:
					  invite import delegates.csv --event icat-briefing-2023-10-03
					  invite import corrections.csv --event icat-briefing-2023-10-03 --update""")
	public void importFile(@Argument(index = 0, description = "the CSV file") String file,
			@Option(longName = "event", description = EVENT) String event,
			@Option(longName = "update", description = "replace invitees already on the list") boolean update,
			CommandContext context) {
		Path path = ExportOptions.path(file, "FILE");
		if (path == null) {
			throw new UsageException("give the CSV file to import, e.g. `invite import delegates.csv --event ID`");
		}
		String eventId = event(event);
		InvitationService.Changes changes = this.service.getObject().importFile(eventId, path, update);
		Output.of(context).println(changes.total() == 0 ? "no invitees in " + file
				: "imported " + count(changes.added().size(), "invitee", "invitees") + " into " + eventId
						+ (changes.updated().isEmpty() ? "" : ", updated " + changes.updated().size()) + " from " + file);
	}

	@Command(name = "invite list", group = GROUP, description = "List an event's invitees in the order they were added",
			help = "Examples:\n  invite list --event icat-briefing-2023-10-03\n  invite list --status accepted --json")
	public void list(@Option(longName = "event", description = EVENT) String event,
			@Option(longName = "status", description = "only no-reply, accepted or declined") String status,
			CommandContext context) {
		String eventId = event(event);
		ResponseStatus wanted = status == null || status.isBlank() ? null : status(status);
		List<Invitee> invitees = this.service.getObject().list(eventId, wanted);
		Output out = Output.of(context);
		if (out.json()) {
			out.printJson(invitees.stream().map(InviteCommands::json).toList());
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (Invitee invitee : invitees) {
			rows.add(FactViews.row(Integer.toString(invitee.number()), invitee.id(), nameOf(invitee), invitee.organisation(),
					invitee.email(), invitee.languageCode(), invitee.status().key()));
		}
		out.table(List.of("No", "Id", "Name", "Organisation", "Email", "Lang", "Status"), rows,
				wanted == null ? "no invitees for " + eventId + " yet; `invite add` or `invite import` adds some"
						: "no invitees of " + eventId + " with status " + wanted.key());
	}

	@Command(name = "invite show", group = GROUP, description = "Show one invitee, with salutation and closing",
			help = "Example:\n  invite show antonova-hanna --event icat-briefing-2023-10-03")
	public void show(@Argument(index = 0, description = "the invitee's id") String id,
			@Option(longName = "event", description = EVENT) String event, CommandContext context) {
		Invitee invitee = this.service.getObject().get(event(event), id);
		FormsOfAddress.Address address = FormsOfAddressFile.builtIn().address(invitee.contact(), invitee.languageCode());
		Output out = Output.of(context);
		if (out.json()) {
			Map<String, Object> json = json(invitee);
			json.put("addressee", address.addressee());
			json.put("salutation", address.salutation());
			json.put("closing", address.closing());
			out.printJson(json);
			return;
		}
		List<Map.Entry<String, Object>> lines = new ArrayList<>();
		line(lines, "number", Integer.toString(invitee.number()));
		line(lines, "honorific", invitee.honorific());
		line(lines, "given name", invitee.givenName());
		line(lines, "family name", invitee.familyName());
		line(lines, "full name", invitee.fullName());
		line(lines, "title", invitee.title());
		line(lines, "organisation", invitee.organisation());
		line(lines, "email", invitee.email());
		line(lines, "language", invitee.languageCode());
		line(lines, "person", invitee.personId());
		line(lines, "status", invitee.status().key());
		line(lines, "note", invitee.note());
		line(lines, "addressee", address.addressee());
		line(lines, "salutation", address.salutation());
		line(lines, "closing", address.closing());
		out.record("invitee " + invitee.id() + " of " + invitee.eventId(), lines);
	}

	@Command(name = "invite remove", group = GROUP, description = "Take an invitee off an event's list",
			help = "Example:\n  invite remove antonova-hanna --event icat-briefing-2023-10-03")
	public void remove(@Argument(index = 0, description = "the invitee's id") String id,
			@Option(longName = "event", description = EVENT) String event, CommandContext context) {
		String eventId = event(event);
		this.service.getObject().remove(eventId, id);
		Output.of(context).println("removed invitee '" + id.strip() + "' from " + eventId);
	}

	@Command(name = "invite mark", group = GROUP, description = "Record an invitee's answer: accepted, declined or no-reply",
			help = """
					A --note replaces the note (e.g. who comes instead); without one the note stays.

					Examples:
					  invite mark antonova-hanna accepted --event icat-briefing-2023-10-03
					  invite mark jarbussynova-madina declined --note "sends her deputy" --event icat-briefing-2023-10-03""")
	public void mark(@Argument(index = 0, description = "the invitee's id") String id,
			@Argument(index = 1, description = "accepted, declined or no-reply") String status,
			@Option(longName = "note", description = "a note on the answer") String note,
			@Option(longName = "event", description = EVENT) String event, CommandContext context) {
		if (status == null || status.isBlank()) {
			throw new UsageException("give the answer: `invite mark ID accepted|declined|no-reply`");
		}
		ResponseStatus answer = status(status);
		Invitee marked = this.service.getObject().mark(event(event), id, answer, note);
		Output.of(context).println("marked " + marked.id() + " " + marked.status().key());
	}

	@Command(name = "invite export", group = GROUP, description = "Write an event's invitee list as CSV for a spreadsheet",
			help = """
					Columns: number, id, then the import columns, status, note, person_id; UTF-8 with BOM.
					A cell that a spreadsheet would take for a formula (starting with = + - @, TAB or CR)
					is written with a ' before it. An existing file is not replaced without --overwrite.

					Examples:
					  invite export --event icat-briefing-2023-10-03
					  invite export --event icat-briefing-2023-10-03 --out delegates.csv --overwrite""")
	public void export(@Option(longName = "event", description = EVENT) String event,
			@Option(longName = "out", description = "the file (default: EVENT-invitees.csv)") String out,
			@Option(longName = "overwrite", description = "replace the file if it exists") boolean overwrite,
			CommandContext context) {
		String eventId = event(event);
		Path target = orDefault(ExportOptions.path(out, "--out"), eventId + "-invitees.csv");
		int rows = this.service.getObject().export(eventId, target, overwrite);
		Output.of(context).println("wrote " + target + " (" + count(rows, "invitee", "invitees") + ")");
	}

	@Command(name = "invite attendance", group = GROUP, description = "The attendance list: the invitees who accepted",
			help = """
					By organisation, then family name. Printed as a table, or written as CSV with --out
					(cells protected as by `invite export`).

					Examples:
					  invite attendance --event icat-briefing-2023-10-03
					  invite attendance --event icat-briefing-2023-10-03 --out attendance.csv""")
	public void attendance(@Option(longName = "event", description = EVENT) String event,
			@Option(longName = "out", description = "write CSV to this file") String out,
			@Option(longName = "overwrite", description = "replace the file if it exists") boolean overwrite,
			CommandContext context) {
		String eventId = event(event);
		FormsOfAddress forms = FormsOfAddressFile.builtIn();
		Path target = ExportOptions.path(out, "--out");
		Output output = Output.of(context);
		if (target != null) {
			int rows = this.service.getObject().exportAttendance(eventId, target, overwrite, forms);
			output.println("wrote " + target + " (" + count(rows, "participant", "participants") + ")");
			return;
		}
		List<List<String>> rows = this.service.getObject()
			.participants(eventId)
			.stream()
			.map(invitee -> FactViews.row(Integer.toString(invitee.number()), invitee.id(),
					forms.address(invitee.contact(), invitee.languageCode()).addressee(), invitee.title(),
					invitee.organisation()))
			.toList();
		output.table(List.of("No", "Id", "Name", "Title", "Organisation"), rows,
				"nobody has accepted yet; `invite mark ID accepted` records an answer");
	}

	@Command(name = "invite check", group = GROUP, description = "Check an event's invitees before letters go out; exits 1 on errors",
			help = """
					Errors: a salutation that lacks what it needs (Dr. without a family name), the same
					person twice, no invitation.docx in the template folder, a field in a Word or PDF
					letter template that letters do not have, a forms-of-address.yaml that is not valid
					(each problem with its line). Warnings: no e-mail, an honorific the forms of address
					do not know, a language without its invitation.LANG.docx (how many, which) or without
					forms of address, a character in a name that no PDF font has (the Word letter is
					fine; `invite generate --pdf` would refuse it).

					Examples:
					  invite check --event icat-briefing-2023-10-03
					  invite check --template my-templates --json""")
	public void check(@Option(longName = "event", description = EVENT) String event,
			@Option(longName = "template", description = "the template folder (default: the built-in templates)") String template,
			CommandContext context) {
		String eventId = event(event);
		Path folder = ExportOptions.path(template, "--template");
		InvitationTemplates templates = folder == null ? InvitationTemplates.builtIn() : InvitationTemplates.in(folder);
		InvitationChecks.Report report = this.checks.getObject().check(eventId, templates);
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (InvitationFinding finding : report.findings()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("severity", finding.severity().label());
				row.put("where", finding.where());
				row.put("message", finding.message());
				row.put("check", finding.check());
				rows.add(row);
			}
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("event", report.eventId());
			document.put("invitees", report.invitees());
			document.put("templates", report.templates());
			document.put("errors", report.errors());
			document.put("warnings", report.warnings());
			document.put("findings", rows);
			out.printJson(document);
		}
		else {
			if (!report.findings().isEmpty()) {
				out.table(List.of("Severity", "Where", "Finding"), report.findings()
					.stream()
					.map(f -> List.of(f.severity().label(), f.where(), f.message()))
					.toList(), "");
			}
			out.println("Invitees of " + report.eventId() + ": " + count(report.invitees(), "invitee", "invitees") + ", "
					+ count((int) report.errors(), "error", "errors") + ", "
					+ count((int) report.warnings(), "warning", "warnings") + " (templates: " + report.templates() + ").");
		}
		if (!report.ok()) {
			out.flush();
			throw new BriefdeskException("the invitees of " + report.eventId() + " have "
					+ count((int) report.errors(), "error", "errors") + "; fix them before the letters go out");
		}
	}

	@Command(name = "invite generate", group = GROUP, description = "Write a personalised letter for every invitee",
			help = """
					One .docx per invitee, named NNN-family-given.docx (made safe for every system), in
					the invitee's language when the templates have invitation.LANG.docx, else in English;
					and invitations.csv, the manifest (invitee, language, file, SHA-256). --pdf adds a PDF
					beside each letter; --combined adds the print files invitations-combined.pdf and
					invitations-combined.docx, each letter on a new page. A folder that already holds
					invitations is refused unless --overwrite; --resume finishes an interrupted run,
					writing only what is missing or does not match the manifest. --only ID writes those
					invitees' letters again. Run `invite check` first.

					Examples:
					  invite generate --event icat-briefing-2023-10-03 --out letters
					  invite generate --out letters --pdf --combined
					  invite generate --out letters --only kupchyna-alena --overwrite
					  invite generate --template my-templates --out letters --resume""")
	public void generate(@Option(longName = "event", description = EVENT) String event,
			@Option(longName = "template", description = "a template folder or one .docx (default: the built-in letters)") String template,
			@Option(longName = "out", description = "the output folder (default: invitations-EVENT)") String out,
			@Option(longName = "pdf", description = "a PDF beside each letter", defaultValue = "false") boolean pdf,
			@Option(longName = "combined", description = "the print files: every letter in one PDF and one .docx", defaultValue = "false") boolean combined,
			@Option(longName = "only", description = "only these invitees (ids; repeat or separate with commas)") String only,
			@Option(longName = "overwrite", description = "replace letters already in the folder", defaultValue = "false") boolean overwrite,
			@Option(longName = "resume", description = "finish an interrupted run", defaultValue = "false") boolean resume,
			CommandContext context) {
		String eventId = event(event);
		Path folder = ExportOptions.path(out, "--out");
		Output output = Output.of(context);
		ProgressLine progress = new ProgressLine(output, "letters", this.interrupts,
				"the letters written are whole: `invite generate --resume` (same options) writes the rest");
		InvitationLetters.Request request = new InvitationLetters.Request(ExportOptions.path(template, "--template"),
				folder != null ? folder : Path.of(SafeFileNames.of("invitations-" + eventId)), pdf, combined,
				Set.copyOf(BriefingTarget.values(context, "only")), overwrite, resume, progress::update);
		InvitationSummary summary;
		try {
			summary = this.letters.getObject().generate(eventId, request);
		}
		finally {
			progress.finish();
		}
		output.println(summary.line());
	}

	/** {@code --event}, else the event of the briefing in use, else the library's only event. */
	private String event(String given) {
		if ((given == null || given.isBlank()) && this.session.briefingInUse().isPresent()) {
			String briefing = this.session.briefingInUse().get();
			if (this.briefings.getObject().exists(briefing)) {
				return this.briefings.getObject().get(briefing).eventId();
			}
		}
		try {
			return this.service.getObject().eventFor(given);
		}
		catch (UsageException noChoice) {
			if (this.session.isInteractive()) {
				throw new UsageException(noChoice.getMessage() + ", or `briefing use ID` first");
			}
			throw noChoice;
		}
	}

	private static ResponseStatus status(String text) {
		return ResponseStatus.parse(text)
			.orElseThrow(() -> new UsageException("no status '" + text + "'; use " + ResponseStatus.choices()));
	}

	private static Path orDefault(Path given, String fileName) {
		return given != null ? given : Path.of(fileName);
	}

	/** The name with its honorific, each part of it once ("H.E. Ambassador Ms. Hanna Antonova"). */
	private static String nameOf(Invitee invitee) {
		return FormsOfAddressFile.builtIn().address(invitee.contact(), invitee.languageCode()).addressee();
	}

	private static void line(List<Map.Entry<String, Object>> lines, String key, String value) {
		if (value != null && !value.isEmpty()) {
			lines.add(new AbstractMap.SimpleEntry<>(key, value));
		}
	}

	/** An invitee for --json: every stored field under its column name. */
	static Map<String, Object> json(Invitee invitee) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("event", invitee.eventId());
		json.put("id", invitee.id());
		json.put("number", invitee.number());
		json.put("honorific", invitee.honorific());
		json.put("given_name", invitee.givenName());
		json.put("family_name", invitee.familyName());
		json.put("full_name", invitee.fullName());
		json.put("title", invitee.title());
		json.put("organisation", invitee.organisation());
		json.put("email", invitee.email());
		json.put("language", invitee.languageCode());
		json.put("person_id", invitee.personId());
		json.put("status", invitee.status().key());
		json.put("note", invitee.note());
		return json;
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
