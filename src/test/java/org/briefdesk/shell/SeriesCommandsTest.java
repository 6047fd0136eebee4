package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.StatisticRepository;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.BriefingCleanup;
import org.briefdesk.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The chair, series and review commands, `event next` and `stat supersede`, as a user types them. */
@BriefdeskTest
class SeriesCommandsTest {

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	FactLibrary library;

	@Autowired
	FactRepositories repositories;

	@Autowired
	EventRepository events;

	@Autowired
	StatisticRepository statistics;

	@TempDir
	Path folder;

	@AfterEach
	void putTheSampleLibraryBack() {
		BriefingCleanup.removeAddedBriefingsAndFacts(this.briefings, this.lifecycle, this.library, this.repositories,
				"cmd-");
	}

	private CommandRun.Result run(String line) {
		return CommandRun.run(this.dispatcher, line);
	}

	@Test
	void chairListShowsWhoCoChairedWhenAndOnADateOnlyTheOneThatHolds() {
		assertThat(run("chair list").output()).contains("osce-un-women-2019\tco-chairs\tOSCE, UN Women\t2019–2020")
			.contains("iom-osrsg-vac-2023\tco-chairs\tIOM, OSRSG-VAC\t2023")
			.contains("oas-unodc-2025\tco-chairs\tOAS, UNODC\t2025 onwards");
		String on = run("chair list --on \"11 June 2025\"").output();
		assertThat(on).contains("oas-unodc-2025").doesNotContain("iom-osrsg-vac-2023");
		assertThat(run("chair list --on 2024-06-01").output()).doesNotContain("co-chairs\t");
	}

	@Test
	void chairShowNamesTheOrganisationsAndTheSeedsWords() {
		String shown = run("chair show osce-un-women-2019").output();
		assertThat(shown).contains("osce (OSCE), un-women (UN Women)").contains("until:").contains("2020")
			.contains("co-chaired in 2019");
	}

	@Test
	void chairAddDerivesTheIdAndRefusesOneCoChair() {
		CommandRun.Result refused = run("chair add --id cmd-alone --organisations oas --from 2030");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.error()).isEqualTo("chairpersonship 'cmd-alone': co-chairs are two or more organisations; "
				+ "one alone is the chair (role: chair)");
		CommandRun.Result added = run("chair add --id cmd-chair-2030 --role chair --organisations unodc --from 2030");
		assertThat(added.exitCode()).as(added.error()).isZero();
		assertThat(added.output()).contains("added chairpersonship 'cmd-chair-2030' (chair unodc, 2030 onwards)");
		assertThat(run("chair edit cmd-chair-2030 --until 2031").exitCode()).isZero();
		assertThat(run("chair show cmd-chair-2030 --json").output()).contains("\"until\" : \"2031\"");
		assertThat(run("chair add --role presidency --organisations unodc --from 2030").exitCode()).isEqualTo(2);
	}

	@Test
	void eventAddWithoutCoChairsGetsThoseValidOnItsDate() {
		CommandRun.Result added = run("event add --id cmd-meeting-2025 --title Meeting --date 2025-06-11 --city Vienna");
		assertThat(added.output()).contains("added event 'cmd-meeting-2025' with the co-chairs valid on 11 June 2025: "
				+ "oas, unodc (`chair show oas-unodc-2025`)");
		assertThat(this.events.findById("cmd-meeting-2025").orElseThrow().coChairIds()).containsExactly("oas", "unodc");
		run("event add --id cmd-meeting-none --title Meeting --date 2025-06-12 --city Vienna --co-chairs \"\"");
		assertThat(this.events.findById("cmd-meeting-none").orElseThrow().coChairIds()).isEmpty();
		run("event add --id cmd-meeting-2024 --title Meeting --date 2024-06-12 --city Vienna");
		assertThat(this.events.findById("cmd-meeting-2024").orElseThrow().coChairIds()).isEmpty();
	}

	@Test
	void seriesListAndShowGiveTheMeetingsTheirCoChairsAndBriefings() throws Exception {
		assertThat(run("series list").output()).contains("icat-briefings\t2\t2018-06-14\t2023-10-03\ticat-briefing-2023-10-03")
			.contains("icat-principals\t1");
		String shown = run("series show icat-briefings").output();
		assertThat(shown).contains("Series icat-briefings: 2 meetings")
			.contains("2018-06-14\ticat-briefing-2018-06-14\t\ticat-briefing-2018")
			.contains("2023-10-03\ticat-briefing-2023-10-03\tiom, osrsg-vac\ticat-briefing-2023");
		JsonNode json = new ObjectMapper().readTree(run("series show icat-briefings --json").output());
		assertThat(json.get(1).get("co-chairs").toString()).isEqualTo("[\"iom\",\"osrsg-vac\"]");
		CommandRun.Result unknown = run("series show nothing-like-it");
		assertThat(unknown.exitCode()).isEqualTo(1);
		assertThat(unknown.error()).isEqualTo("no series 'nothing-like-it'; `series list` shows the series");
	}

	@Test
	void aSeriesShowMarksCoChairsThatComeFromTheChairpersonship() {
		run("event add --id cmd-next-2025-06 --title Meeting --date 2025-06 --series icat-briefings --co-chairs \"\"");
		assertThat(run("series show icat-briefings").output()).contains("2025-06\tcmd-next-2025-06\toas, unodc *\t");
	}

	@Test
	void eventNextDryRunPrintsWhatWouldChangeAndWritesNothing() {
		int events = this.events.count();
		int briefingsBefore = this.briefings.ids().size();
		CommandRun.Result dry = run("event next --series icat-briefings --date 2025-10-08 --id cmd-next-2025-10-08 --dry-run");
		assertThat(dry.exitCode()).as(dry.error()).isZero();
		assertThat(dry.output()).contains("Would make event cmd-next-2025-10-08 and briefing icat-briefing-2025.")
			.contains("co-chairs: iom, osrsg-vac → oas, unodc (chairpersonship oas-unodc-2025, 2025 onwards)")
			.contains("priorities: icat-priorities-2023 (2023) → oas-unodc-priorities-2025 (2025, 6 priorities)")
			.contains("Marked for review (10):")
			.contains("Dry run: nothing was written");
		assertThat(this.events.count()).isEqualTo(events);
		assertThat(this.briefings.ids()).hasSize(briefingsBefore);
	}

	@Test
	void eventNextMakesTheMeetingAndCheckListsTheMarksUntilTheyAreConfirmed() {
		CommandRun.Result made = run("event next --series icat-briefings --date \"8 October 2025\" --id cmd-next-2025-10-08");
		assertThat(made.exitCode()).as(made.error()).isZero();
		assertThat(made.output()).contains("Made event cmd-next-2025-10-08 and briefing icat-briefing-2025");
		String check = run("briefing check icat-briefing-2025").output();
		assertThat(check).contains("review priorities").contains("review panelists")
			.contains("briefing review confirm figures --briefing icat-briefing-2025");

		CommandRun.Result confirmed = run("briefing review confirm priorities figures --briefing icat-briefing-2025");
		assertThat(confirmed.output()).isEqualTo(
				"Confirmed priorities, figures for briefing icat-briefing-2025; 8 parts still to review.\n");
		assertThat(run("briefing check icat-briefing-2025").output()).doesNotContain("review priorities")
			.doesNotContain("review figures")
			.contains("review quotes");
		assertThat(run("briefing review list icat-briefing-2025").output()).contains("priorities\tconfirmed ")
			.contains("quotes\topen\t")
			.contains("8 of 10 open");

		assertThat(run("briefing review confirm nonsense --briefing icat-briefing-2025").exitCode()).isEqualTo(2);
		assertThat(run("briefing review confirm --briefing icat-briefing-2025").exitCode()).isEqualTo(2);
		assertThat(run("briefing review confirm --all --briefing icat-briefing-2025").exitCode()).isZero();
		assertThat(run("briefing check icat-briefing-2025").output()).doesNotContain("review ");
	}

	@Test
	void eventNextRefusesADateBeforeTheLastMeetingInOneLine() {
		CommandRun.Result refused = run("event next --series icat-briefings --date 2020-01-01");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.error()).startsWith("1 January 2020 is not after the last meeting of series 'icat-briefings'");
		assertThat(run("event next --series icat-briefings").exitCode()).isEqualTo(2);
		assertThat(run("event next --series icat-briefings --date soon").exitCode()).isEqualTo(2);
	}

	@Test
	void aSupersededFigureIsAWarningOfTheCheckAndOfTheExportNamingTheNewer() throws Exception {
		assertThat(this.statistics.findById("icat-24-entities-2019").orElseThrow().supersededBy())
			.isEqualTo("icat-31-organizations-2023");
		run("event add --id cmd-side-2025 --title Side event --date 2025-12-04 --city Vienna");
		assertThat(run("briefing clone osce-side-event-2019 --event cmd-side-2025 --id cmd-side-2025").exitCode()).isZero();
		assertThat(run("briefing check cmd-side-2025").output())
			.contains("key figures #1 (icat-24-entities-2019)")
			.contains("superseded by icat-31-organizations-2023 (“ICAT’s membership has grown to include 31 organizations.”, UNODC, 3 October 2023)");
		// The 2019 pack could not have used the 2023 figure: no warning there.
		assertThat(run("briefing check osce-side-event-2019").output()).doesNotContain("superseded by");

		Path out = this.folder.resolve("side.docx");
		CommandRun.Result exported = run("export docx --briefing cmd-side-2025 --out " + out);
		assertThat(exported.exitCode()).as(exported.error()).isZero();
		assertThat(exported.output()).contains("warning: key figures #1 (icat-24-entities-2019): superseded by icat-31-organizations-2023");
		assertThat(Files.size(out)).isPositive();
	}

	@Test
	void statSupersedeLinksAndUnlinksAndRefusesAnOlderEdition() {
		CommandRun.Result older = run("stat supersede one-in-three-victims-child-2023 victims-women-children-2020");
		assertThat(older.exitCode()).isEqualTo(1);
		assertThat(older.error()).contains("is older than 'one-in-three-victims-child-2023'");
		CommandRun.Result linked = run("stat supersede victims-women-children-2020 one-in-three-victims-child-2023");
		assertThat(linked.exitCode()).as(linked.error()).isZero();
		assertThat(linked.output()).contains("statistic 'victims-women-children-2020' is superseded by 'one-in-three-victims-child-2023'");
		assertThat(run("stat show victims-women-children-2020").output()).contains("superseded-by:");
		assertThat(run("stat remove one-in-three-victims-child-2023").error())
			.contains("statistic 'victims-women-children-2020' (its newer edition)");
		assertThat(run("stat supersede victims-women-children-2020 --none").exitCode()).isZero();
		assertThat(this.statistics.findById("victims-women-children-2020").orElseThrow().supersededBy()).isNull();
		assertThat(run("stat supersede victims-women-children-2020").exitCode()).isEqualTo(2);
	}

}
