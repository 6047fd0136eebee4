package org.briefdesk.briefing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingParts;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.TextKind;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.system.BriefdeskException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code briefing diff} without the shell: an export is recorded, the library is edited through
 * its services, and the diff names each kind of change, one test per kind.
 */
@BriefdeskTest
@BothStores
class BriefingDiffTest {

	private static final String BRIEFING = HistoryLibrary.BRIEFING;

	@Autowired
	BriefingDiff diff;

	@Autowired
	BriefingSnapshots snapshots;

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	BriefingParts parts;

	@Autowired
	FactLibrary library;

	@Autowired
	FactRepositories repositories;

	@Autowired
	JdbcClient jdbc;

	private ExportRecord exported;

	@BeforeEach
	void aBriefingExportedOnce() {
		HistoryLibrary.add(this.library, this.lifecycle, this.parts);
		this.exported = HistoryLibrary.export(this.snapshots, BRIEFING, Instant.parse("2026-12-01T10:00:00Z"));
	}

	@AfterEach
	void takeItOut() {
		HistoryLibrary.remove(this.briefings, this.lifecycle, this.library, this.repositories, this.jdbc);
	}

	private List<Change> changes() {
		BriefingDiff.Report report = this.diff.since(BRIEFING, null);
		assertThat(report.since()).isEqualTo(this.exported);
		return report.changes();
	}

	@Test
	void nothingChangedGivesNoChangesAndTheSameSnapshot() {
		BriefingDiff.Report report = this.diff.since(BRIEFING, null);
		assertThat(report.changes()).isEmpty();
		assertThat(report.now().id()).isEqualTo(this.exported.snapshotId());
	}

	@Test
	void aPanelistAddedIsNamedWithTheRole() {
		this.parts.addPanelist(BRIEFING, "hist-boris", PanelRole.CO_CHAIR, null);
		assertThat(changes()).extracting(Change::part, Change::change, Change::id, Change::message)
			.containsExactly(tuple("panel", "added", "hist-boris", "panel: Mr. Boris Лукьянцев added as co-chair"));
	}

	@Test
	void aPanelistRemovedIsNamedWithTheRoleTheyHad() {
		this.parts.addPanelist(BRIEFING, "hist-boris", PanelRole.SPEAKER, null);
		this.exported = HistoryLibrary.export(this.snapshots, BRIEFING, Instant.parse("2026-12-02T10:00:00Z"));
		this.parts.removePanelist(BRIEFING, "hist-anna");
		assertThat(changes()).extracting(Change::part, Change::change, Change::id, Change::before, Change::message)
			.containsExactly(tuple("panel", "removed", "hist-anna", "speaker", "panel: Ms. Anna Poznańska removed (was speaker)"));
	}

	@Test
	void aPanelistsNewRoleIsARoleChange() {
		this.parts.setPanelistRole(BRIEFING, "hist-anna", PanelRole.MODERATOR);
		assertThat(changes()).extracting(Change::part, Change::change, Change::field, Change::before, Change::after)
			.containsExactly(tuple("panel", "changed", "role", "speaker", "moderator"));
	}

	@Test
	void aPanelistsNewTitleIsReportedWithBothTitles() {
		Person anna = this.library.get(FactKind.PERSON, "hist-anna");
		this.library.update(new Person(anna.id(), anna.honorific(), anna.name(), "Chief of Section",
				anna.organisationId(), anna.email(), anna.bio(), anna.notes()));
		assertThat(changes()).extracting(Change::part, Change::change, Change::id, Change::field, Change::message)
			.containsExactly(tuple("people", "changed", "hist-anna", "title",
					"person Ms. Anna Poznańska (hist-anna): title \"Programme Officer\" → \"Chief of Section\""));
	}

	@Test
	void aPanelistsNewOrganisationIsReportedByTheOrganisationsNames() {
		Person anna = this.library.get(FactKind.PERSON, "hist-anna");
		this.library.update(new Person(anna.id(), anna.honorific(), anna.name(), anna.title(), "hist-org-b",
				anna.email(), anna.bio(), anna.notes()));
		assertThat(changes()).extracting(Change::part, Change::field, Change::before, Change::after, Change::message)
			.containsExactly(tuple("people", "organisation", "hist-org-a", "hist-org-b",
					"person Ms. Anna Poznańska (hist-anna): organisation HOA → HOB"));
	}

	@Test
	void aFiguresNewValueUnitSourceAndDateAreEachAChange() {
		Statistic old = this.library.get(FactKind.STATISTIC, "hist-stat-1");
		this.library.update(new Statistic(old.id(), old.statement(), old.qualifier(), new BigDecimal("38"), "percent",
				"Global Report on Trafficking in Persons 2024", old.publisher(), PartialDate.parse("2024-12"), old.url(),
				old.excerpt(), old.tags(), old.notes()));
		assertThat(changes()).extracting(Change::part, Change::id, Change::field, Change::message)
			.containsExactly(tuple("figures", "hist-stat-1", "value", "figure hist-stat-1: value 31 → 38"),
					tuple("figures", "hist-stat-1", "unit", "figure hist-stat-1: unit \"per cent\" → \"percent\""),
					tuple("figures", "hist-stat-1", "source",
							"figure hist-stat-1: source \"Global Report on Trafficking in Persons\" → \"Global Report on Trafficking in Persons 2024\""),
					tuple("figures", "hist-stat-1", "source-date", "figure hist-stat-1: source-date \"2022\" → \"2024-12\""));
	}

	@Test
	void aFigureAddedAndOneRemovedAreNamedWithTheirStatements() {
		this.parts.addFigure(BRIEFING, "hist-stat-2", null);
		this.parts.removeFigure(BRIEFING, "hist-stat-1");
		assertThat(changes()).extracting(Change::part, Change::change, Change::id, Change::message)
			.containsExactly(
					tuple("figures", "added", "hist-stat-2",
							"figures: figure hist-stat-2 (Most detected victims are women and girls.) added"),
					tuple("figures", "removed", "hist-stat-1",
							"figures: figure hist-stat-1 (One in three detected victims is a child.) removed"));
	}

	@Test
	void aRenamedOrganisationOfThePackIsReported() {
		Organisation org = this.library.get(FactKind.ORGANISATION, "hist-org-a");
		this.library.update(new Organisation(org.id(), "HOA", "History Organisation Alpha", org.kind(), org.parentId(),
				org.member(), org.memberSince(), org.url(), org.notes()));
		assertThat(changes()).extracting(Change::part, Change::id, Change::field, Change::message)
			.containsExactly(tuple("organisations", "hist-org-a", "name",
					"organisation hist-org-a: name \"History Organisation A\" → \"History Organisation Alpha\""));
	}

	@Test
	void theEventsNewVenueIsReported() {
		Event event = this.library.get(FactKind.EVENT, HistoryLibrary.EVENT);
		this.library.update(new Event(event.id(), event.title(), event.kind(), event.date(), event.startTime(),
				event.endTime(), event.timeZone(), "Conference Room M3", event.city(), event.country(), event.chairId(),
				event.moderatorId(), event.hostIds(), event.coChairIds(), event.speakerIds(), event.marginsOf(),
				event.series(), event.notes()));
		assertThat(changes()).extracting(Change::part, Change::field, Change::message)
			.containsExactly(tuple("event", "venue",
					"event hist-event: venue \"Vienna International Centre\" → \"Conference Room M3\""));
	}

	@Test
	void anotherPrioritySetIsOneChangeNamingBoth() {
		this.parts.setPriorities(BRIEFING, "hist-priorities-2");
		assertThat(changes()).extracting(Change::part, Change::change, Change::before, Change::after, Change::message)
			.containsExactly(tuple("priorities", "changed", "hist-priorities-1", "hist-priorities-2",
					"priorities: hist-priorities-1 (History priorities one) → hist-priorities-2 (History priorities two)"));
	}

	@Test
	void anEditedAndAnAddedPriorityAreNumbered() {
		PrioritySet set = this.library.get(FactKind.PRIORITY_SET, "hist-priorities-1");
		this.library.update(new PrioritySet(set.id(), set.title(), set.ownerIds(), set.validFrom(), set.validUntil(),
				List.of("Data and research", "Survivor engagement and leadership", "Technology"), set.source(),
				set.notes()));
		assertThat(changes()).extracting(Change::part, Change::change, Change::id, Change::message)
			.containsExactly(
					tuple("priorities", "changed", "2",
							"priorities hist-priorities-1: priority 2 edited: \"Survivor engagement\" → \"Survivor engagement and leadership\""),
					tuple("priorities", "added", "3", "priorities hist-priorities-1: priority 3 added: \"Technology\""));
	}

	@Test
	void newCoChairsAreOneChangeByName() {
		Event event = this.library.get(FactKind.EVENT, HistoryLibrary.EVENT);
		this.library.update(new Event(event.id(), event.title(), event.kind(), event.date(), event.startTime(),
				event.endTime(), event.timeZone(), event.venue(), event.city(), event.country(), event.chairId(),
				event.moderatorId(), event.hostIds(), List.of("hist-org-b", "hist-org-a"), event.speakerIds(),
				event.marginsOf(), event.series(), event.notes()));
		assertThat(changes()).extracting(Change::part, Change::before, Change::after, Change::message)
			.containsExactly(tuple("co-chairs", List.of("hist-org-a"), List.of("hist-org-b", "hist-org-a"),
					"co-chairs: HOA → HOB, HOA"));
	}

	@Test
	void anEditedPurposeParagraphIsNumberedWithBothTexts() {
		this.parts.replaceText(BRIEFING, TextKind.PURPOSE, 2, "Purpose two, revised.");
		assertThat(changes()).extracting(Change::part, Change::change, Change::id, Change::message)
			.containsExactly(tuple("purpose", "changed", "2",
					"purpose: paragraph 2 edited: \"Purpose two.\" → \"Purpose two, revised.\""));
	}

	@Test
	void aTalkingPointAddedAtTheTopIsAnAdditionNotAnEditOfEveryPoint() {
		this.parts.addText(BRIEFING, TextKind.TALKING_POINTS, "Point zero.", 1);
		assertThat(changes()).extracting(Change::part, Change::change, Change::id, Change::after)
			.containsExactly(tuple("talking-points", "added", "1", "Point zero."));
	}

	@Test
	void anEditedQuoteSaysWhichQuoteAndHowItReads() {
		Quote quote = this.library.get(FactKind.QUOTE, "hist-quote");
		this.library.update(new Quote(quote.id(), quote.personId(), "Partnership makes the difference.", quote.date(),
				quote.occasion(), quote.eventId(), quote.source(), quote.publisher(), quote.sourceDate(), quote.url(),
				quote.notes()));
		assertThat(changes()).extracting(Change::part, Change::id, Change::field, Change::message)
			.containsExactly(tuple("quotes", "hist-quote", "text",
					"quote hist-quote: text \"Partnership is what makes the difference.\" → \"Partnership makes the difference.\""));
	}

	@Test
	void aProgrammeItemsNewTimeAndSpeakersAreChangesOfThatItem() {
		this.parts.editProgrammeItem(BRIEFING, 2, "13:45", null, List.of("hist-chen"), null);
		assertThat(changes()).extracting(Change::part, Change::id, Change::field, Change::message)
			.containsExactly(
					tuple("programme", "2", "time", "programme: item 2 13:45 \"Questions\": time \"13:30\" → \"13:45\""),
					tuple("programme", "2", "speakers",
							"programme: item 2 13:45 \"Questions\": speakers none → Dr. Chen Wei"));
	}

	@Test
	void aProgrammeItemRemovedIsNamedAsItWas() {
		this.parts.removeProgrammeItem(BRIEFING, 1);
		assertThat(changes()).extracting(Change::part, Change::change, Change::id, Change::message)
			.containsExactly(tuple("programme", "removed", "1", "programme: item 1 removed: 13:15 \"Opening\""));
	}

	@Test
	void theChangesSinceANamedExportIncludeThoseOfLaterExports() {
		this.parts.addPanelist(BRIEFING, "hist-boris", PanelRole.SPEAKER, null);
		HistoryLibrary.export(this.snapshots, BRIEFING, Instant.parse("2026-12-02T10:00:00Z"));
		this.parts.replaceText(BRIEFING, TextKind.PURPOSE, 1, "Purpose one, revised.");
		assertThat(this.diff.since(BRIEFING, null).changes()).extracting(Change::part).containsExactly("purpose");
		assertThat(this.diff.since(BRIEFING, this.exported.id()).changes()).extracting(Change::part)
			.containsExactly("panel", "purpose");
	}

	@Test
	void aBriefingNeverExportedIsRefusedInOneLine() {
		this.lifecycle.clone(BRIEFING, HistoryLibrary.EVENT, "hist-unexported", null);
		assertThatThrownBy(() -> this.diff.since("hist-unexported", null)).isInstanceOf(BriefdeskException.class)
			.hasMessage("briefing hist-unexported has not been exported yet, so there is nothing to compare with; "
					+ "`export docx --briefing hist-unexported` or `export pdf` records an export");
	}

	@Test
	void anExportOfAnotherBriefingIsNotOneToCompareWith() {
		this.lifecycle.clone(BRIEFING, HistoryLibrary.EVENT, "hist-other", null);
		ExportRecord other = HistoryLibrary.export(this.snapshots, "hist-other", Instant.parse("2026-12-02T10:00:00Z"));
		assertThatThrownBy(() -> this.diff.since(BRIEFING, other.id())).isInstanceOf(BriefdeskException.class)
			.hasMessage("briefing hist-briefing has no export " + other.id()
					+ "; `briefing history hist-briefing` lists its exports");
	}

}
