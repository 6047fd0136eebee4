package org.briefdesk.briefing.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.briefdesk.briefing.BriefingLayout;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingLifecycle.NewBriefing;
import org.briefdesk.briefing.BriefingParts;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.briefing.ProgrammeItem;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.Organisation;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;
import org.briefdesk.support.BriefingCleanup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facts and a briefing of the history tests' own (ids starting {@code hist-}), added to the
 * shared test library and taken out again, so that a test can edit them freely: two
 * organisations, three people, two priority sets, two figures, a quote, an event co-chaired by
 * the first organisation, and briefing {@link #BRIEFING} with a panel of one, the first
 * priority set, the first figure, the quote, two purpose paragraphs and two programme items.
 */
final class HistoryLibrary {

	static final String BRIEFING = "hist-briefing";

	static final String EVENT = "hist-event";

	private HistoryLibrary() {
	}

	static void add(FactLibrary library, BriefingLifecycle lifecycle, BriefingParts parts) {
		library.add(new Organisation("hist-org-a", "HOA", "History Organisation A", "UN entity", null, true, null, null,
				null));
		library.add(new Organisation("hist-org-b", "HOB", "History Organisation B", "UN entity", null, true, null, null,
				null));
		library.add(new Person("hist-anna", "Ms.", "Anna Poznańska", "Programme Officer", "hist-org-a", null, null, null));
		library.add(new Person("hist-boris", "Mr.", "Boris Лукьянцев", "Senior Adviser", "hist-org-b", null, null, null));
		library.add(new Person("hist-chen", "Dr.", "Chen Wei", "Director", "hist-org-a", null, null, null));
		library.add(new PrioritySet("hist-priorities-1", "History priorities one", List.of("hist-org-a"),
				PartialDate.parse("2023"), PartialDate.parse("2023"), List.of("Data and research", "Survivor engagement"),
				null, null));
		library.add(new PrioritySet("hist-priorities-2", "History priorities two", List.of("hist-org-b"),
				PartialDate.parse("2025"), null, List.of("Technology"), null, null));
		library.add(new Statistic("hist-stat-1", "One in three detected victims is a child.", new BigDecimal("31"),
				"per cent", "Global Report on Trafficking in Persons", "UNODC", PartialDate.parse("2022"), null, List.of(),
				null));
		library.add(new Statistic("hist-stat-2", "Most detected victims are women and girls.", new BigDecimal("61"),
				"per cent", "Global Report on Trafficking in Persons", "UNODC", PartialDate.parse("2024"), null, List.of(),
				null));
		library.add(new Event(EVENT, "History briefing", "briefing to Member States", PartialDate.parse("2023-10-03"),
				LocalTime.of(13, 15), LocalTime.of(14, 30), "Europe/Vienna", "Vienna International Centre", "Vienna",
				"Austria", null, null, List.of("hist-org-a"), List.of("hist-org-a"), List.of(), null, null, null));
		library.add(new Quote("hist-quote", "hist-anna", "Partnership is what makes the difference.",
				PartialDate.parse("2023-10-03"), "History briefing", EVENT, null, "UNODC", PartialDate.parse("2023-10-03"),
				null, null));
		lifecycle.create(new NewBriefing(BRIEFING, EVENT, "History briefing pack", null, "ICAT", BriefingLayout.FULL,
				List.of(new Panelist("hist-anna", PanelRole.SPEAKER)), "hist-priorities-1", List.of("hist-stat-1"),
				List.of("hist-quote"), List.of("Purpose one.", "Purpose two."), List.of("Point one."), List.of()));
		parts.addProgrammeItem(BRIEFING, new ProgrammeItem("13:15", "Opening", List.of("hist-anna"), ""), null);
		parts.addProgrammeItem(BRIEFING, new ProgrammeItem("13:30", "Questions", List.of(), "Member States"), null);
	}

	/** Takes the briefings, their export records and the facts back out. */
	static void remove(BriefingQueries briefings, BriefingLifecycle lifecycle, FactLibrary library,
			FactRepositories repositories, JdbcClient jdbc) {
		jdbc.sql("delete from briefing_export where briefing_id like 'hist-%'").update();
		BriefingCleanup.removeAddedBriefingsAndFacts(briefings, lifecycle, library, repositories, "hist-");
	}

	/** Records an export of the briefing as it is now, through the API a batch export uses. */
	static ExportRecord export(BriefingSnapshots snapshots, String briefingId, Instant when) {
		SnapshotRef snapshot = snapshots.capture(briefingId);
		return snapshots.recordExport(briefingId, snapshot, "docx", "/packs/" + briefingId + ".docx",
				FactSnapshot.sha256(("a pack of " + briefingId).getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1234,
				when);
	}

}
