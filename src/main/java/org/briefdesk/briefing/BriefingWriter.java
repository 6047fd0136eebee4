package org.briefdesk.briefing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;

import org.briefdesk.facts.Fact;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.FactRepository;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one way a command stores a briefing: every reference checked against the library by
 * {@link BriefingRules} first, then saved whole; and how an id a command is given becomes
 * the fact it names. {@link BriefingLifecycle} and {@link BriefingParts} write through it.
 */
@Component
class BriefingWriter {

	private final BriefingRepository repository;

	private final FactRepositories facts;

	private final Clock clock;

	BriefingWriter(BriefingRepository repository, FactRepositories facts, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.facts = facts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	BriefingRepository repository() {
		return this.repository;
	}

	Briefing get(String id) {
		return this.repository.find(required(id)).orElseThrow(() -> notFound(id));
	}

	/**
	 * Applies an edit to a stored briefing, checks the result and saves it, as a change of the
	 * version it read: the version is read first, so that a change someone makes meanwhile
	 * makes this one refused, never overwritten.
	 */
	Briefing change(String id, UnaryOperator<Briefing.Builder> edit) {
		int readVersion = this.repository.revision(required(id)).orElseThrow(() -> notFound(id)).version();
		Briefing before = get(id);
		Briefing after = edit.apply(before.toBuilder()).updatedAt(now()).build();
		validate(after);
		this.repository.save(after, readVersion);
		return after;
	}

	void save(Briefing briefing) {
		validate(briefing);
		this.repository.save(briefing);
	}

	/** Checks that every id the briefing refers to names a fact, and that each section is there once. */
	void validate(Briefing briefing) {
		if (briefing.title().isEmpty()) {
			throw new BriefdeskException("a briefing needs a title; give --title some words");
		}
		if (briefing.eventId() == null) {
			throw new BriefdeskException(BriefingRules.notGiven(FactKind.EVENT));
		}
		List<BriefingRules.Reference> missing = BriefingRules.missing(briefing, this::exists);
		if (!missing.isEmpty() && missing.get(0).key().equals("event")) {
			throw missing(missing.get(0));
		}
		if (new LinkedHashSet<>(briefing.sections()).size() != briefing.sections().size()) {
			throw new BriefdeskException("briefing '" + briefing.id() + "' lists a section twice");
		}
		if (!missing.isEmpty()) {
			throw missing(missing.get(0));
		}
	}

	private boolean exists(FactKind kind, String id) {
		return !id.isBlank() && this.facts.of(kind).exists(id.strip());
	}

	private static BriefdeskException missing(BriefingRules.Reference reference) {
		if (reference.id().isBlank()) {
			return new BriefdeskException(BriefingRules.notGiven(reference.kind()));
		}
		return new NotFoundException(BriefingRules.notInLibrary(reference.kind(), reference.id().strip()));
	}

	/** The fact an id names, or one line saying that there is none. */
	<T extends Fact> T fact(FactKind kind, String id) {
		if (id == null || id.isBlank()) {
			throw new BriefdeskException(BriefingRules.notGiven(kind));
		}
		FactRepository<T> repository = this.facts.of(kind);
		return repository.findById(id.strip())
			.orElseThrow(() -> new NotFoundException(BriefingRules.notInLibrary(kind, id.strip())));
	}

	LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	/** Adds a section where it belongs, unless the briefing has it: what is asked for by name is shown. */
	static Briefing.Builder withSection(Briefing.Builder b, SectionKind kind) {
		List<SectionKind> sections = b.build().sections();
		if (sections.contains(kind)) {
			return b;
		}
		return b.sections(Positions.insert(sections, kind, naturalPosition(sections, kind), "section"));
	}

	/** Where a section goes when no position is given: after the sections that come before it in a full pack. */
	static int naturalPosition(List<SectionKind> sections, SectionKind kind) {
		int position = 0;
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).ordinal() < kind.ordinal()) {
				position = i + 1;
			}
		}
		return position + 1;
	}

	static String required(String id) {
		if (id == null || id.isBlank()) {
			throw new BriefdeskException("no briefing given; `briefing list` shows the ids");
		}
		return id.strip();
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("no briefing '" + id + "'; `briefing list` shows the ids");
	}

}
