package org.briefdesk.invite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefdesk.facts.Chairpersonships;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.OrganisationRepository;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.PackModel.PersonView;
import org.briefdesk.render.invitation.InvitationEvent;
import org.briefdesk.render.invitation.InvitationGenerator;
import org.briefdesk.render.invitation.InvitationOptions;
import org.briefdesk.render.invitation.InvitationProgress;
import org.briefdesk.render.invitation.InvitationSummary;
import org.briefdesk.render.invitation.Letter;
import org.briefdesk.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * {@code invite generate}: an event's invitee list turned into letters. It takes the event,
 * its co-chairs, hosts and chair from the library, addresses each invitee by the forms of
 * address of the template folder in the language its letter is written in (its own when the
 * templates have {@code invitation.LANG.docx}, else English), and hands the letters to the
 * renderer, which knows nothing of the library.
 */
@Service
public class InvitationLetters {

	private final InvitationService invitations;

	private final EventRepository events;

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final InvitationGenerator generator;

	private final Chairpersonships chairs;

	InvitationLetters(InvitationService invitations, EventRepository events, OrganisationRepository organisations,
			PersonRepository people, InvitationGenerator generator, Chairpersonships chairs) {
		this.chairs = chairs;
		this.invitations = invitations;
		this.events = events;
		this.organisations = organisations;
		this.people = people;
		this.generator = generator;
	}

	/**
	 * What to write and where.
	 *
	 * @param template null for the built-in letters, a folder of templates or one .docx
	 * @param out the output folder
	 * @param letterDate the date the letters bear; null: today
	 */
	public record Request(Path template, Path out, boolean pdf, boolean combined, Set<String> only, boolean overwrite,
			boolean resume, InvitationProgress progress, LocalDate letterDate) {

		/** Letters dated today. */
		public Request(Path template, Path out, boolean pdf, boolean combined, Set<String> only, boolean overwrite,
				boolean resume, InvitationProgress progress) {
			this(template, out, pdf, combined, only, overwrite, resume, progress, null);
		}

	}

	/** Writes the letters of an event's invitees; see {@link InvitationGenerator#generate}. */
	public InvitationSummary generate(String eventId, Request request) {
		Event event = this.events.findById(eventId)
			.orElseThrow(() -> new NotFoundException("no event '" + eventId + "'; `event list` shows the events"));
		FormsOfAddress forms = formsOfAddress(request.template());
		Map<String, String> letterLanguages = new HashMap<>();
		List<Letter> letters = new ArrayList<>();
		for (Invitee invitee : this.invitations.list(eventId, null)) {
			String language = letterLanguages.computeIfAbsent(invitee.languageCode(),
					wanted -> InvitationGenerator.letterLanguage(request.template(), wanted));
			letters.add(new Letter(invitee.number(), invitee.id(), language, invitee.contact().givenName(),
					invitee.contact().familyName(), InviteeModels.map(invitee, language, forms)));
		}
		InvitationOptions options = new InvitationOptions(request.template(), request.out(), request.pdf(),
				request.combined(), request.only(), request.overwrite(), request.resume(), null, request.letterDate(), 0,
				request.progress());
		return this.generator.generate(invitationEvent(event), letters, options);
	}

	/** The rules of the template folder (of a template file: its folder's), else the built-in ones. */
	private static FormsOfAddress formsOfAddress(Path template) {
		if (template == null) {
			return InvitationTemplates.builtIn().formsOfAddress();
		}
		Path folder = Files.isDirectory(template) ? template : template.toAbsolutePath().getParent();
		return folder == null ? InvitationTemplates.builtIn().formsOfAddress()
				: InvitationTemplates.in(folder).formsOfAddress();
	}

	private InvitationEvent invitationEvent(Event event) {
		List<OrganisationView> coChairs = views(this.chairs.coChairIdsOf(event));
		List<OrganisationView> hosts = views(event.hostIds());
		List<OrganisationView> letterhead = hosts.isEmpty() ? coChairs : hosts;
		String issuedBy = String.join(" and ",
				letterhead.stream().map(o -> o.acronym().isEmpty() ? o.name() : o.acronym()).toList());
		return new InvitationEvent(event.id(), event.title(), event.kind(),
				event.date() == null ? null : event.date().exact().orElse(null), event.startTime(), event.endTime(),
				event.timeZone(), event.venue(), event.city(), event.country(), coChairs, signatory(event), issuedBy);
	}

	/** The event's chair signs the letters; nobody when it names none. */
	private PersonView signatory(Event event) {
		if (event.chairId() == null || event.chairId().isBlank()) {
			return InvitationEvent.NOBODY;
		}
		return this.people.findById(event.chairId()).map(person -> {
			Optional<Organisation> organisation = Optional.ofNullable(person.organisationId())
				.flatMap(this.organisations::findById);
			return new PersonView(person.id(), text(person.honorific()), text(person.name()), text(person.formalName()),
					text(person.title()), organisation.map(o -> text(o.name())).orElse(""),
					organisation.map(o -> text(o.acronym())).orElse(""), "");
		}).orElse(InvitationEvent.NOBODY);
	}

	private List<OrganisationView> views(List<String> ids) {
		return ids.stream()
			.distinct()
			.map(this.organisations::findById)
			.flatMap(Optional::stream)
			.map(o -> new OrganisationView(o.id(), text(o.acronym()), text(o.name()), text(o.kind())))
			.toList();
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
