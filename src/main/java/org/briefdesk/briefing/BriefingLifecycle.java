package org.briefdesk.briefing;

import static org.briefdesk.briefing.BriefingWriter.withSection;

import java.time.LocalDateTime;
import java.util.List;

import org.briefdesk.facts.Event;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactIds;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.system.BriefdeskException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole briefings: creates one (from options or the guided flow), stores one as an import
 * gives it, changes its title, subtitle, issuer or event, clones it onto another event and
 * removes it. Every briefing is checked by {@link BriefingRules} and saved whole or not at
 * all; the parts of a briefing are changed by {@link BriefingParts}.
 */
@Service
public class BriefingLifecycle {

	private final BriefingRepository repository;

	private final BriefingWriter writer;

	private final FactLibrary library;

	BriefingLifecycle(BriefingWriter writer, FactLibrary library) {
		this.repository = writer.repository();
		this.writer = writer;
		this.library = library;
	}

	/**
	 * What a new briefing is made of. Only the event is required; a null id is derived from
	 * the event, a null title is the event's, null panelists are the event's chair, moderator
	 * and speakers, a null layout is {@link BriefingLayout#FULL}.
	 */
	public record NewBriefing(String id, String eventId, String title, String subtitle, String issuedBy,
			BriefingLayout layout, List<Panelist> panelists, String prioritySetId, List<String> figureIds,
			List<String> quoteIds, List<String> purpose, List<String> talkingPoints, List<String> logistics) {

		public static NewBriefing forEvent(String eventId) {
			return new NewBriefing(null, eventId, null, null, null, null, null, null, null, null, null, null, null);
		}

	}

	@Transactional
	public Briefing create(NewBriefing request) {
		Event event = event(request.eventId());
		String id = request.id() == null || request.id().isBlank() ? freeIdFor(event) : request.id().strip();
		checkNewId(id);
		List<Panelist> panelists = request.panelists() != null ? request.panelists() : Panelist.suggestedBy(event);
		BriefingLayout layout = request.layout() == null ? BriefingLayout.FULL : request.layout();
		LocalDateTime now = this.writer.now();
		Briefing.Builder builder = new Briefing.Builder().id(id)
			.eventId(event.id())
			.title(request.title() == null || request.title().isBlank() ? event.title() : request.title())
			.subtitle(request.subtitle())
			.issuedBy(request.issuedBy())
			.sections(layout.sections())
			.panelists(panelists)
			.prioritySetId(request.prioritySetId())
			.figureIds(orEmpty(request.figureIds()))
			.quoteIds(orEmpty(request.quoteIds()))
			.purpose(orEmpty(request.purpose()))
			.talkingPoints(orEmpty(request.talkingPoints()))
			.logistics(orEmpty(request.logistics()))
			.createdAt(now)
			.updatedAt(now);
		// What was asked for by name is shown, even when the layout leaves its section out.
		if (request.panelists() != null && !request.panelists().isEmpty()) {
			withSection(builder, SectionKind.PANELISTS);
		}
		if (request.prioritySetId() != null) {
			withSection(builder, SectionKind.PRIORITIES);
		}
		for (SectionKind section : List.of(SectionKind.FIGURES, SectionKind.QUOTES, SectionKind.PURPOSE,
				SectionKind.TALKING_POINTS, SectionKind.LOGISTICS)) {
			boolean given = switch (section) {
				case FIGURES -> !orEmpty(request.figureIds()).isEmpty();
				case QUOTES -> !orEmpty(request.quoteIds()).isEmpty();
				case PURPOSE -> !orEmpty(request.purpose()).isEmpty();
				case TALKING_POINTS -> !orEmpty(request.talkingPoints()).isEmpty();
				default -> !orEmpty(request.logistics()).isEmpty();
			};
			if (given) {
				withSection(builder, section);
			}
		}
		Briefing briefing = builder.build();
		this.writer.save(briefing);
		return briefing;
	}

	/**
	 * Adds {@code event} to the library and creates the briefing for it, both or neither (the
	 * guided {@code briefing new} for an event that is not in the library yet).
	 */
	@Transactional
	public Briefing createWithEvent(Event event, NewBriefing request) {
		Event stored = this.library.add(event);
		return create(new NewBriefing(request.id(), stored.id(), request.title(), request.subtitle(),
				request.issuedBy(), request.layout(), request.panelists(), request.prioritySetId(), request.figureIds(),
				request.quoteIds(), request.purpose(), request.talkingPoints(), request.logistics()));
	}

	/** Stores a briefing whole as given (an import): every reference is checked first. */
	@Transactional
	public void put(Briefing briefing) {
		checkIdForm(briefing.id());
		this.writer.validate(briefing);
		LocalDateTime now = this.writer.now();
		Briefing stored = briefing.toBuilder()
			.createdAt(briefing.createdAt() == null ? now : briefing.createdAt())
			.updatedAt(briefing.updatedAt() == null ? now : briefing.updatedAt())
			.build();
		this.repository.save(stored);
	}

	@Transactional
	public Briefing edit(String id, String title, String subtitle, String issuedBy, String eventId) {
		return this.writer.change(id, b -> {
			if (title != null) {
				if (title.isBlank()) {
					throw new BriefdeskException("a briefing needs a title; give --title some words");
				}
				b.title(title);
			}
			if (subtitle != null) {
				b.subtitle(subtitle);
			}
			if (issuedBy != null) {
				b.issuedBy(issuedBy);
			}
			if (eventId != null) {
				b.eventId(event(eventId).id());
			}
			return b;
		});
	}

	@Transactional
	public Briefing remove(String id) {
		Briefing briefing = this.writer.get(id);
		this.repository.delete(briefing.id());
		return briefing;
	}

	/**
	 * Copies a briefing onto another event: same sections, panel, figures, quotes and text,
	 * a new id (derived from the event when not given) and the title given, or the original's.
	 */
	@Transactional
	public Briefing clone(String id, String eventId, String newId, String title) {
		Briefing original = this.writer.get(id);
		Event event = event(eventId);
		String cloneId = newId == null || newId.isBlank() ? freeIdFor(event) : newId.strip();
		checkNewId(cloneId);
		LocalDateTime now = this.writer.now();
		Briefing copy = original.toBuilder()
			.id(cloneId)
			.eventId(event.id())
			.title(title == null || title.isBlank() ? original.title() : title)
			.createdAt(now)
			.updatedAt(now)
			.build();
		this.writer.save(copy);
		return copy;
	}

	private Event event(String eventId) {
		return this.writer.fact(FactKind.EVENT, eventId);
	}

	/** The id a new briefing for {@code event} gets when none is given: its event's ({@link FactIds#forBriefing}). */
	public String proposedId(String eventId) {
		return FactIds.forBriefing(eventId, this.repository::exists);
	}

	private String freeIdFor(Event event) {
		return proposedId(event.id());
	}

	private void checkNewId(String id) {
		checkIdForm(id);
		if (this.repository.exists(id)) {
			throw new BriefdeskException("a briefing '" + id + "' already exists; choose another --id");
		}
	}

	private static void checkIdForm(String id) {
		if (FactIds.checkForm(id) != null) {
			throw new BriefdeskException("'" + id + "' is not a briefing id; use lower-case letters, digits and hyphens"
					+ " (at most " + FactIds.MAX_LENGTH + "), e.g. icat-briefing-2023");
		}
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
