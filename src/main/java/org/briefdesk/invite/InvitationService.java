package org.briefdesk.invite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.ImportRefusedException;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.OrganisationRepository;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.facts.Problem;
import org.briefdesk.facts.Problems;
import org.briefdesk.facts.TextFolding;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.NotFoundException;
import org.briefdesk.system.UsageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invitee list of each event: adding people from the library, importing a CSV file
 * (all or nothing, every problem named with its line), listing, removing, recording answers,
 * and the CSV files made from the list (the list itself, the attendance list). Every change is
 * one transaction. The same person is never on a list twice ({@link SamePerson}).
 */
@Service
public class InvitationService {

	private static final int ID_LENGTH = 48;

	private final InviteeRepository invitees;

	private final EventRepository events;

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final TransactionTemplate transactions;

	public InvitationService(InviteeRepository invitees, EventRepository events, PersonRepository people,
			OrganisationRepository organisations, PlatformTransactionManager transactionManager) {
		this.invitees = invitees;
		this.events = events;
		this.people = people;
		this.organisations = organisations;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What an import or an add did. */
	public record Changes(List<Invitee> added, List<Invitee> updated) {

		public int total() {
			return this.added.size() + this.updated.size();
		}

	}

	/**
	 * The event a command is about: the one given (it must exist), else the library's only
	 * event; with several and none given, a usage error that says how to choose.
	 */
	public String eventFor(String given) {
		if (given != null && !given.isBlank()) {
			String id = given.strip();
			if (!this.events.exists(id)) {
				throw new NotFoundException("no event '" + id + "'; `event list` shows the ids");
			}
			return id;
		}
		Set<String> ids = this.events.ids();
		if (ids.size() == 1) {
			return ids.iterator().next();
		}
		throw new UsageException(ids.isEmpty() ? "the library has no event yet; `event add` adds one"
				: "which event? add --event ID (`event list` shows the " + ids.size() + " events)");
	}

	/** The invitees of an event in the order of addition; only those with {@code status} when it is given. */
	public List<Invitee> list(String eventId, ResponseStatus status) {
		return this.invitees.findByEvent(eventId)
			.stream()
			.filter(invitee -> status == null || invitee.status() == status)
			.toList();
	}

	public Invitee get(String eventId, String id) {
		if (id == null || id.isBlank()) {
			throw new UsageException("give the invitee's id; `invite list` shows the ids");
		}
		return this.invitees.find(eventId, id.strip())
			.orElseThrow(() -> new NotFoundException("no invitee '" + id.strip() + "' in event '" + eventId
					+ "'; `invite list --event " + eventId + "` shows the ids"));
	}

	/** The events that have invitees, with how many. */
	public List<InviteeRepository.EventCount> eventsWithInvitees() {
		return this.invitees.countsByEvent();
	}

	/**
	 * Adds library people to an event's list: honorific, name, title, e-mail as the library
	 * has them, the organisation by its full name, the name split into given and family name
	 * ({@link PersonNames}). All or nothing: a person unknown or already on the list refuses
	 * every one.
	 */
	public Changes addPeople(String eventId, List<String> personIds, String language) {
		if (personIds.isEmpty()) {
			throw new UsageException("give the people to invite: --person ID (repeat it, or separate ids with commas); `person list` shows the ids");
		}
		Contact languageOnly = new Contact(null, null, null, "x", null, null, null, language, null);
		List<String> languageProblems = ContactRules.problems(languageOnly);
		if (!languageProblems.isEmpty()) {
			throw new UsageException("--language: " + languageProblems.get(0));
		}
		return this.transactions.execute(status -> {
			List<Invitee> existing = this.invitees.findByEvent(eventId);
			List<String> problems = new ArrayList<>();
			List<Contact> contacts = new ArrayList<>();
			for (String personId : new LinkedHashSet<>(personIds)) {
				Optional<Person> found = this.people.findById(personId);
				if (found.isEmpty()) {
					problems.add("no person '" + personId + "'; `person list` shows the ids");
					continue;
				}
				Contact contact = contactOf(found.get(), language);
				Optional<Invitee> already = existing.stream()
					.filter(invitee -> personId.equals(invitee.personId()) || SamePerson.reason(contact, invitee.contact()).isPresent())
					.findFirst();
				if (already.isPresent()) {
					problems.add("person '" + personId + "' is already invited to " + eventId + " as '" + already.get().id() + "'");
					continue;
				}
				ContactRules.problems(contact).forEach(problem -> problems.add("person '" + personId + "': " + problem));
				contacts.add(contact);
			}
			if (!problems.isEmpty()) {
				throw new BriefdeskException(problems.size() == 1 ? problems.get(0) + "; nobody was added"
						: "nobody was added; " + problems.size() + " problems:\n" + String.join("\n", problems));
			}
			List<Invitee> added = insertAll(eventId, contacts, List.of(), existing);
			return new Changes(added, List.of());
		});
	}

	/** The contact of a library person, for a letter in {@code language}. */
	Contact contactOf(Person person, String language) {
		PersonNames.Split split = PersonNames.split(person.name());
		String organisation = person.organisationId() == null ? null
				: this.organisations.findById(person.organisationId()).map(Organisation::name).orElse(null);
		return new Contact(blankToNull(person.honorific()), blankToNull(split.given()), blankToNull(split.family()),
				person.name(), blankToNull(person.title()), organisation, blankToNull(person.email()),
				blankToNull(language), person.id());
	}

	/** Imports a CSV file of invitees; see {@link #importCsv}. */
	public Changes importFile(String eventId, Path file, boolean update) {
		byte[] content;
		try {
			if (Files.isDirectory(file)) {
				throw new BriefdeskException(file + " is a folder; give a CSV file of invitees");
			}
			if (Files.size(file) > InviteeFile.MAX_BYTES) {
				throw new BriefdeskException(file + " is larger than 10 MB; split it into smaller files");
			}
			content = Files.readAllBytes(file);
		}
		catch (NoSuchFileException missing) {
			throw new BriefdeskException("no file " + file + "; check the path");
		}
		catch (IOException unreadable) {
			throw new BriefdeskException("cannot read " + file + ": " + unreadable.getMessage());
		}
		return importCsv(eventId, file.toString(), content, update);
	}

	/**
	 * Imports invitees from CSV content ({@link InviteeFile}), all or nothing: when any row is
	 * wrong, or is the same person as an earlier row or as someone already on the list (unless
	 * {@code update}, which replaces that one's details and keeps its id, number and answer),
	 * nothing changes and every problem is reported as {@code file:line: message}.
	 * @param name the file as messages name it
	 */
	public Changes importCsv(String eventId, String name, byte[] content, boolean update) {
		Problems problems = new Problems();
		List<InviteeFile.Row> rows = InviteeFile.read(name, content, problems);
		return this.transactions.execute(status -> {
			List<Invitee> existing = this.invitees.findByEvent(eventId);
			Map<String, Integer> emailLines = new HashMap<>();
			Map<String, Integer> nameLines = new HashMap<>();
			Map<String, Integer> replacedBy = new HashMap<>();
			List<Contact> toAdd = new ArrayList<>();
			List<InviteeFile.Row> addedRows = new ArrayList<>();
			List<Invitee> toUpdate = new ArrayList<>();
			LocalDateTime now = now();
			for (InviteeFile.Row row : rows) {
				Contact contact = row.contact();
				if (contact.personId() != null && !this.people.exists(contact.personId())) {
					problems.add(name, row.line(), "person_id '" + contact.personId() + "' is not a person of the library; `person list` shows the ids, or leave the cell empty");
					continue;
				}
				Optional<String> email = SamePerson.emailKey(contact);
				Integer earlier = email.map(emailLines::get).orElse(null);
				String why = "same e-mail " + contact.email();
				if (earlier == null) {
					earlier = nameLines.get(SamePerson.nameKey(contact));
					why = "same name and organisation";
				}
				if (earlier != null) {
					problems.add(name, row.line(), "the same person as line " + earlier + " (" + why + "); keep one row");
					continue;
				}
				email.ifPresent(key -> emailLines.put(key, row.line()));
				nameLines.put(SamePerson.nameKey(contact), row.line());
				List<Invitee> matches = existing.stream()
					.filter(invitee -> SamePerson.reason(contact, invitee.contact()).isPresent())
					.toList();
				if (matches.size() > 1) {
					problems.add(name, row.line(), "matches two invitees already on the list ('" + matches.get(0).id() + "' by e-mail or name, and '"
							+ matches.get(1).id() + "'); remove one of them first (`invite remove ID`)");
					continue;
				}
				if (matches.size() == 1) {
					Invitee match = matches.get(0);
					if (!update) {
						problems.add(name, row.line(), "already on the list of " + eventId + " as '" + match.id() + "' ("
								+ SamePerson.reason(contact, match.contact()).orElseThrow() + "); --update replaces it");
						continue;
					}
					Integer other = replacedBy.putIfAbsent(match.id(), row.line());
					if (other != null) {
						problems.add(name, row.line(), "replaces '" + match.id() + "' as line " + other + " does; keep one row");
						continue;
					}
					Contact replaced = contact.personId() == null ? contact.withPersonId(match.personId()) : contact;
					Invitee changed = match.withContact(replaced, now)
						.withResponse(row.status() != null ? row.status() : match.status(),
								row.hasNote() ? row.note() : match.note(), now);
					toUpdate.add(changed);
					continue;
				}
				toAdd.add(contact);
				addedRows.add(row);
			}
			if (!problems.isEmpty()) {
				List<Problem> found = problems.list();
				throw new ImportRefusedException(found);
			}
			if (rows.isEmpty()) {
				return new Changes(List.of(), List.of());
			}
			toUpdate.forEach(this.invitees::update);
			List<Invitee> added = insertAll(eventId, toAdd, addedRows, existing);
			return new Changes(added, toUpdate);
		});
	}

	/** Inserts new invitees with the next numbers and ids unique in the event. */
	private List<Invitee> insertAll(String eventId, List<Contact> contacts, List<InviteeFile.Row> rows,
			List<Invitee> existing) {
		Set<String> taken = new HashSet<>();
		existing.forEach(invitee -> taken.add(invitee.id()));
		int number = this.invitees.nextNumber(eventId);
		LocalDateTime now = now();
		List<Invitee> added = new ArrayList<>();
		for (int i = 0; i < contacts.size(); i++) {
			Contact contact = contacts.get(i);
			String id = uniqueId(contact, number, taken);
			taken.add(id);
			InviteeFile.Row row = i < rows.size() ? rows.get(i) : null;
			Invitee invitee = new Invitee(eventId, id, number++, contact,
					row != null && row.status() != null ? row.status() : ResponseStatus.NO_REPLY,
					row == null ? null : row.note(), now, now);
			this.invitees.insert(invitee);
			added.add(invitee);
		}
		return added;
	}

	/**
	 * The id of a new invitee: family then given name as a slug ({@code antonova-hanna}), the
	 * full name's when there is no family name, {@code invitee-N} when neither has a letter
	 * Briefdesk can type (Arabic, Chinese); {@code -2}, {@code -3} when taken.
	 */
	static String uniqueId(Contact contact, int number, Set<String> taken) {
		String source = ContactRules.isBlank(contact.familyName()) ? contact.fullName()
				: contact.familyName() + " " + (contact.givenName() == null ? "" : contact.givenName());
		String base = TextFolding.slug(source == null ? "" : source, ID_LENGTH);
		if (base.isEmpty()) {
			base = "invitee-" + number;
		}
		if (!taken.contains(base)) {
			return base;
		}
		for (int suffix = 2;; suffix++) {
			String candidate = base + "-" + suffix;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	public void remove(String eventId, String id) {
		Invitee invitee = get(eventId, id);
		this.transactions.executeWithoutResult(status -> this.invitees.delete(eventId, invitee.id()));
	}

	/** Records an answer; a note given replaces the note, none keeps it. */
	public Invitee mark(String eventId, String id, ResponseStatus status, String note) {
		if (note != null) {
			List<String> problems = new ArrayList<>();
			ContactRules.length(problems, "--note", note, ContactRules.MAX_NOTE);
			if (!problems.isEmpty()) {
				throw new UsageException(problems.get(0));
			}
		}
		return this.transactions.execute(tx -> {
			Invitee invitee = get(eventId, id);
			Invitee marked = invitee.withResponse(status, note != null ? note : invitee.note(), now());
			this.invitees.update(marked);
			return marked;
		});
	}

	/**
	 * The participants of an event: the invitees who accepted, by organisation and then by
	 * family name (accents sorted with their letters), as a list of participants is read.
	 * For the pack's "participants" section as much as for the attendance list.
	 */
	public List<Invitee> participants(String eventId) {
		Comparator<Invitee> order = Comparator
			.comparing((Invitee invitee) -> invitee.organisation() == null ? "\uFFFF" : TextFolding.fold(invitee.organisation()))
			.thenComparing(invitee -> TextFolding.fold(invitee.familyName() == null ? invitee.fullName() : invitee.familyName()))
			.thenComparing(invitee -> TextFolding.fold(invitee.givenName()))
			.thenComparingInt(Invitee::number);
		return list(eventId, ResponseStatus.ACCEPTED).stream().sorted(order).toList();
	}

	/** Writes the event's list as CSV ({@link InviteeCsv#LIST}); returns how many rows. */
	public int export(String eventId, Path target, boolean overwrite) {
		List<Invitee> list = list(eventId, null);
		AtomicFiles.write(target, overwrite, out -> InviteeCsv.write(out, InviteeCsv.LIST, list));
		return list.size();
	}

	/** Writes the attendance list (the participants) as CSV; returns how many rows. */
	public int exportAttendance(String eventId, Path target, boolean overwrite, FormsOfAddress forms) {
		List<Invitee> participants = participants(eventId);
		List<InviteeCsv.Column> columns = List.of(new InviteeCsv.Column("number", i -> Integer.toString(i.number())),
				new InviteeCsv.Column("id", Invitee::id),
				new InviteeCsv.Column("name", invitee -> forms.address(invitee.contact(), invitee.languageCode()).addressee()),
				new InviteeCsv.Column("title", Invitee::title), new InviteeCsv.Column("organisation", Invitee::organisation),
				new InviteeCsv.Column("email", Invitee::email), new InviteeCsv.Column("note", Invitee::note));
		AtomicFiles.write(target, overwrite, out -> InviteeCsv.write(out, columns, participants));
		return participants.size();
	}

	private static LocalDateTime now() {
		return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
	}

	private static String blankToNull(String text) {
		return text == null || ContactRules.isBlank(text) ? null : text;
	}

}
