package org.briefdesk.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.BriefingContents;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingPackModels;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.BriefingReviews;
import org.briefdesk.briefing.Finding;
import org.briefdesk.briefing.ReviewMark;
import org.briefdesk.briefing.ReviewPart;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.LibraryExporter;
import org.briefdesk.facts.LibraryImporter;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.StatisticEditions;
import org.briefdesk.facts.StatisticRepository;
import org.briefdesk.render.PackModel;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.BriefingCleanup;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rolling the sample series icat-briefings forward, through the service alone (no shell). */
@BriefdeskTest
@BothStores
class RollForwardTest {

	private static final String PREFIX = "icat-briefing-2025";

	@Autowired
	RollForward rollForward;

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	BriefingChecks checks;

	@Autowired
	BriefingReviews reviews;

	@Autowired
	BriefingPackModels models;

	@Autowired
	FactLibrary library;

	@Autowired
	FactRepositories repositories;

	@Autowired
	StatisticRepository statistics;

	@Autowired
	StatisticEditions editions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LibraryExporter exporter;

	@Autowired
	LibraryImporter importer;

	@AfterEach
	void putTheSampleLibraryBack() {
		if (this.statistics.findById("icat-31-organizations-2023").orElseThrow().supersededBy() != null) {
			this.editions.unlink("icat-31-organizations-2023");
		}
		BriefingCleanup.removeAddedBriefingsAndFacts(this.briefings, this.lifecycle, this.library, this.repositories,
				PREFIX);
	}

	private static RollForward.NextEvent next(String date) {
		return new RollForward.NextEvent("icat-briefings", PartialDate.parse(date), null);
	}

	@Test
	void rollingForwardToADateIn2025PicksOasAndUnodcAndTheirSixPriorities() {
		RollForwardResult result = this.rollForward.rollForward(next("2025-10-08"));

		Event event = this.library.get(FactKind.EVENT, result.eventId());
		assertThat(event.id()).isEqualTo("icat-briefing-2025-10-08");
		assertThat(event.coChairIds()).containsExactly("oas", "unodc");
		assertThat(event.date()).isEqualTo(PartialDate.parse("2025-10-08"));
		assertThat(event.kind()).isEqualTo("briefing to Member States");
		assertThat(event.venue()).startsWith("Online, on UNODC's Knowledge Hub");
		assertThat(event.hostIds()).containsExactly("icat");
		assertThat(event.series()).isEqualTo("icat-briefings");
		assertThat(event.marginsOf())
			.isEqualTo("14th meeting of the intergovernmental Working Group on Trafficking in Persons");

		BriefingContents contents = this.briefings.contents(result.briefingId());
		assertThat(contents.briefing().id()).isEqualTo("icat-briefing-2025");
		assertThat(contents.prioritySet().id()).isEqualTo("oas-unodc-priorities-2025");
		assertThat(contents.prioritySet().ownerIds()).containsExactly("oas", "unodc");
		assertThat(contents.prioritySet().priorities()).hasSize(6)
			.startsWith("Integrating the voices of survivors in all initiatives.")
			.endsWith("Considering the intersectionality with vulnerable groups and minorities.");
		PackModel pack = this.models.build(contents);
		assertThat(pack.coChairs()).extracting(PackModel.OrganisationView::id).containsExactly("oas", "unodc");
		assertThat(pack.event().coChairs()).isEqualTo("OAS and UNODC");
		assertThat(pack.priorities()).hasSize(6);
	}

	@Test
	void theCloneKeepsTheLastBriefingsTextPanelFiguresAndQuotes() {
		Briefing last = this.briefings.get("icat-briefing-2023");
		Briefing clone = this.briefings.get(this.rollForward.rollForward(next("2025-10-08")).briefingId());
		assertThat(clone.eventId()).isEqualTo("icat-briefing-2025-10-08");
		assertThat(clone.sections()).isEqualTo(last.sections());
		assertThat(clone.title()).isEqualTo(last.title());
		assertThat(clone.purpose()).isEqualTo(last.purpose());
		assertThat(clone.programme()).isEqualTo(last.programme());
		assertThat(clone.panelists()).isEqualTo(last.panelists());
		assertThat(clone.figureIds()).isEqualTo(last.figureIds());
		assertThat(clone.quoteIds()).isEqualTo(last.quoteIds());
		assertThat(clone.talkingPoints()).isEqualTo(last.talkingPoints());
		assertThat(clone.logistics()).isEqualTo(last.logistics());
	}

	@Test
	void aDryRunPlansTheSameAndWritesNothing() {
		Map<String, List<String>> before = everyRow();
		RollForwardPlan plan = this.rollForward.plan(next("2025-10-08"));
		assertThat(everyRow()).isEqualTo(before);

		assertThat(plan.event().id()).isEqualTo("icat-briefing-2025-10-08");
		assertThat(plan.event().coChairIds()).containsExactly("oas", "unodc");
		assertThat(plan.briefing().id()).isEqualTo("icat-briefing-2025");
		assertThat(plan.prioritySet().id()).isEqualTo("oas-unodc-priorities-2025");
		assertThat(plan.changed()).extracting(RollForwardPlan.Change::what).contains("co-chairs", "priorities", "date");
		assertThat(plan.copied()).contains("kind: briefing to Member States", "hosts: icat");
		assertThat(plan.marks()).extracting(ReviewMark::part).contains(ReviewPart.PANELISTS, ReviewPart.PRIORITIES,
				ReviewPart.FIGURES, ReviewPart.QUOTES, ReviewPart.PURPOSE, ReviewPart.PROGRAMME);
		assertThat(this.repositories.of(FactKind.EVENT).exists("icat-briefing-2025-10-08")).isFalse();
		assertThat(this.briefings.exists("icat-briefing-2025")).isFalse();
	}

	@Test
	void everyMarkIsAWarningOfTheCheckUntilItIsConfirmed() {
		String id = this.rollForward.rollForward(next("2025-10-08")).briefingId();
		List<Finding> marks = reviewFindings(id);
		assertThat(marks).hasSize(10);
		assertThat(marks).extracting(Finding::where).contains("review panelists", "review priorities", "review figures");
		assertThat(marks).filteredOn(f -> f.where().equals("review panelists")).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("Hanna Antonova (IOM) and Tea Machaidze (OSRSG-VAC)")
				.contains("the co-chairs are OAS and UNODC")
				.contains("briefing review confirm panelists --briefing " + id));

		this.reviews.confirm(id, List.of(ReviewPart.PRIORITIES, ReviewPart.FIGURES));
		assertThat(reviewFindings(id)).hasSize(8)
			.extracting(Finding::where)
			.doesNotContain("review priorities", "review figures");
		assertThat(this.reviews.list(id)).filteredOn(ReviewMark::confirmed)
			.extracting(ReviewMark::part)
			.containsExactly(ReviewPart.PRIORITIES, ReviewPart.FIGURES);

		this.reviews.confirm(id, List.of());
		assertThat(reviewFindings(id)).isEmpty();
		assertThat(this.reviews.list(id)).hasSize(10).allMatch(ReviewMark::confirmed);
	}

	@Test
	void theMarksGoOutWithADataExportAndComeBackWithItsImport(@TempDir Path folder) {
		String id = this.rollForward.rollForward(next("2025-10-08")).briefingId();
		this.reviews.confirm(id, List.of(ReviewPart.QUOTES));
		List<ReviewMark> before = this.reviews.list(id);
		this.exporter.export(folder, LibraryExporter.Format.YAML, false);
		this.lifecycle.remove(id);
		assertThat(this.reviews.marks(id)).isEmpty();

		this.importer.importPath(folder.resolve("briefings.yaml"), true);
		assertThat(this.reviews.list(id)).isEqualTo(before);
		assertThat(this.reviews.list(id)).filteredOn(ReviewMark::confirmed).extracting(ReviewMark::part)
			.containsExactly(ReviewPart.QUOTES);
	}

	@Test
	void confirmingAPartWithoutAMarkIsRefusedAndConfirmsNothing() {
		String id = this.rollForward.rollForward(next("2025-10-08")).briefingId();
		this.reviews.mark(id, List.of(ReviewMark.open(ReviewPart.FIGURES, "figures copied")));
		assertThatThrownBy(() -> this.reviews.confirm(id, List.of(ReviewPart.FIGURES, ReviewPart.QUOTES)))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("has no review mark on quotes");
		assertThat(this.reviews.list(id)).singleElement().satisfies(mark -> assertThat(mark.confirmed()).isFalse());
	}

	@Test
	void aSupersededFigureIsReplacedByItsNewestEditionPublishedByTheDate() {
		this.library.add(new Statistic(PREFIX + "-membership", "ICAT has 33 member organizations.", null, null,
				"organizations", "ICAT annual report", "ICAT", PartialDate.parse("2025-03"), null, null, List.of(),
				null));
		this.editions.supersede("icat-31-organizations-2023", PREFIX + "-membership");

		RollForwardPlan early = this.rollForward.plan(next("2025-01-15"));
		assertThat(early.briefing().figureIds()).contains("icat-31-organizations-2023");

		RollForwardPlan plan = this.rollForward.plan(next("2025-10-08"));
		assertThat(plan.briefing().figureIds()).containsExactly("one-in-three-victims-child-2023", PREFIX + "-membership");
		assertThat(plan.changed()).contains(new RollForwardPlan.Change("key figure #2", "icat-31-organizations-2023",
				PREFIX + "-membership (its newer edition)"));
		assertThat(plan.marks()).filteredOn(mark -> mark.part() == ReviewPart.FIGURES).singleElement()
			.satisfies(mark -> assertThat(mark.reason()).contains("icat-31-organizations-2023 \u2192 " + PREFIX + "-membership"));
	}

	@Test
	void aDateWithoutAChairpersonshipGivesNoCoChairsAndTheSetOfTheSameOwners() {
		RollForwardPlan plan = this.rollForward.plan(next("2024-06-12"));
		assertThat(plan.chairpersonship()).isNull();
		assertThat(plan.event().coChairIds()).isEmpty();
		assertThat(plan.notes()).anyMatch(note -> note.contains("no chairpersonship is recorded for 12 June 2024"));
		// icat-priorities-2023 (ICAT's) holds for 2023 only; ICAT's priority areas of 2020 have no end.
		assertThat(plan.prioritySet().id()).isEqualTo("icat-priority-areas-2020");
	}

	@Test
	void theNewEventsIdIsTheLastOnesWithTheNewDate() {
		RollForwardPlan principals = this.rollForward
			.plan(new RollForward.NextEvent("icat-principals", PartialDate.parse("2025-12"), null));
		assertThat(principals.event().id()).isEqualTo("icat-principals-2025-12");
		assertThat(principals.event().coChairIds()).containsExactly("oas", "unodc");
		assertThat(principals.briefing().id()).isEqualTo("icat-principals-2025");
	}

	@Test
	void aDateThatIsNotAfterTheLastMeetingIsRefusedAndWritesNothing() {
		Map<String, List<String>> before = everyRow();
		assertThatThrownBy(() -> this.rollForward.rollForward(next("2023-10-03"))).isInstanceOf(BriefdeskException.class)
			.hasMessage("3 October 2023 is not after the last meeting of series 'icat-briefings' "
					+ "(icat-briefing-2023-10-03, 3 October 2023); give a later --date");
		assertThat(everyRow()).isEqualTo(before);
	}

	@Test
	void anUnknownSeriesIsRefusedWithWhereToLook() {
		assertThatThrownBy(() -> this.rollForward.plan(new RollForward.NextEvent("no-such-series",
				PartialDate.parse("2025-10-08"), null))).isInstanceOf(NotFoundException.class)
			.hasMessage("no series 'no-such-series'; `series list` shows the series");
	}

	@Test
	void anEventIdThatIsTakenIsRefusedAndWritesNothing() {
		Map<String, List<String>> before = everyRow();
		assertThatThrownBy(() -> this.rollForward.rollForward(new RollForward.NextEvent("icat-briefings",
				PartialDate.parse("2025-10-08"), "icat-briefing-2023-10-03"))).isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("there is already an event 'icat-briefing-2023-10-03'");
		assertThat(everyRow()).isEqualTo(before);
	}

	@Test
	void theMarginsKeepTheMeetingMoveItsSessionOnAndDropTheLastOnesDates() {
		assertThat(RollForward.nextMargins(
				"13th meeting of the intergovernmental Working Group on Trafficking in Persons (Vienna, 2-3 October 2023)",
				PartialDate.parse("2023-10-03")))
			.isEqualTo("14th meeting of the intergovernmental Working Group on Trafficking in Persons");
		assertThat(RollForward.nextMargins("the 21st session", PartialDate.parse("2023"))).isEqualTo("the 22nd session");
		assertThat(RollForward.nextMargins("the 11th session", null)).isEqualTo("the 12th session");
		assertThat(RollForward.nextMargins("OSCE Ministerial Council", PartialDate.parse("2019-12-05")))
			.isEqualTo("OSCE Ministerial Council");
		assertThat(RollForward.nextMargins(null, null)).isNull();
	}

	private List<Finding> reviewFindings(String briefingId) {
		return this.checks.check(briefingId, null).findings().stream().filter(f -> f.rule().equals("review")).toList();
	}

	/** Every row of every table of the library, as text, table by table. */
	private Map<String, List<String>> everyRow() {
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = current_schema and table_type = 'BASE TABLE'")
			.query(String.class)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((String name) -> name.toLowerCase(java.util.Locale.ROOT)))
			.toList();
		assertThat(tables).extracting(name -> name.toLowerCase(java.util.Locale.ROOT))
			.contains("event", "briefing", "briefing_review", "chairpersonship", "fact_search");
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (String table : tables) {
			List<String> lines = new ArrayList<>(this.jdbc.sql("select * from \"" + table + "\"").query((rs, n) -> {
				ResultSetMetaData meta = rs.getMetaData();
				StringBuilder line = new StringBuilder();
				for (int column = 1; column <= meta.getColumnCount(); column++) {
					line.append(rs.getString(column)).append('\u001F');
				}
				return line.toString();
			}).list());
			lines.sort(null);
			rows.put(table, lines);
		}
		return rows;
	}

}
