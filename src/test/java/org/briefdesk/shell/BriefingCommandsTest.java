package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingParts;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.BriefingCleanup;
import org.briefdesk.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

/** The briefing commands, run as the shell runs them (non-interactive: no selectors, no pager). */
@BriefdeskTest
class BriefingCommandsTest {

	private static final String VIENNA = "icat-briefing-2023-10-03";

	@Autowired
	ShellTestClient client;

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	BriefingParts parts;

	@Autowired
	ShellSession session;

	@Autowired
	OutputPolicy outputs;

	@Autowired
	FactLibrary library;

	@Autowired
	FactRepositories repositories;

	@AfterEach
	void putTheLibraryBack() {
		this.session.useBriefing(null);
		BriefingCleanup.removeAddedBriefingsAndFacts(this.briefings, this.lifecycle, this.library, this.repositories, "bc-");
	}

	private String screen(String command) throws Exception {
		return String.join("\n", this.client.sendCommand(command).lines());
	}

	private CommandRun.Result run(String line) {
		return CommandRun.run(this.dispatcher, line);
	}

	@Test
	void listInAPipeIsOneTabSeparatedLinePerBriefing() throws Exception {
		String text = screen("briefing list");
		assertThat(text.lines()).first().isEqualTo("ID\tDATE\tTITLE\tEVENT");
		assertThat(text.lines()).contains(
				"icat-briefing-2023\t2023-10-03\tBriefing to Member States on the work of ICAT\ticat-briefing-2023-10-03")
			.anyMatch(line -> line.startsWith("osce-side-event-2019\t"));
	}

	@Test
	void listAsJsonParsesAndNamesEachBriefingsEvent() throws Exception {
		JsonNode list = new ObjectMapper().readTree(run("briefing list --json").output());
		assertThat(list.isArray()).isTrue();
		assertThat(list.findValuesAsText("id")).contains("icat-briefing-2023");
		JsonNode vienna = List.copyOf(list.findParents("id")).stream()
			.filter(node -> node.get("id").asText().equals("icat-briefing-2023"))
			.findFirst()
			.orElseThrow();
		assertThat(vienna.get("event").asText()).isEqualTo(VIENNA);
	}

	@Test
	void newWithOptionsCreatesTheBriefingWithItsPanelFiguresAndPriorities() {
		CommandRun.Result result = run("briefing new --event " + VIENNA + " --id bc-new --title \"Briefing to Member States\""
				+ " --layout short --panelist mukundi-mutasa:speaker --panelist hanna-antonova:co-chair,tea-machaidze:co-chair"
				+ " --priorities icat-priorities-2023 --figures one-in-three-victims-child-2023,icat-31-organizations-2023");
		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).contains("Created briefing bc-new for event " + VIENNA + ": 7 sections, 3 panelists, 2 key figures.");
		Briefing created = this.briefings.get("bc-new");
		assertThat(created.title()).isEqualTo("Briefing to Member States");
		assertThat(created.panelists()).containsExactly(new Panelist("mukundi-mutasa", PanelRole.SPEAKER),
				new Panelist("hanna-antonova", PanelRole.CO_CHAIR), new Panelist("tea-machaidze", PanelRole.CO_CHAIR));
		assertThat(created.prioritySetId()).isEqualTo("icat-priorities-2023");
		assertThat(created.figureIds()).containsExactly("one-in-three-victims-child-2023", "icat-31-organizations-2023");
	}

	@Test
	void newWithoutTheEventOutsideThePromptIsAUsageError() {
		CommandRun.Result result = run("briefing new --title Anything");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.error()).startsWith("missing option --event for 'briefing new'");
	}

	@Test
	void newWithAnUnknownRoleNamesTheRoles() {
		CommandRun.Result result = run("briefing new --event " + VIENNA + " --panelist mukundi-mutasa:host");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.error()).isEqualTo("no role 'host'; use one of chair, co-chair, moderator, speaker, discussant");
	}

	@Test
	void aPartCommandWithoutABriefingOutsideThePromptAsksForTheOption() {
		CommandRun.Result result = run("briefing figure add one-in-three-victims-child-2023");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.error()).contains("no briefing given; add --briefing ID");
	}

	@Test
	void useMakesLaterCommandsActOnTheBriefingAndThePromptShowIt() {
		run("briefing new --event " + VIENNA + " --id bc-used --layout short --panelist none");
		this.session.useBriefing(null);
		assertThat(run("briefing use bc-used").exitCode()).isZero();
		assertThat(this.session.briefingInUse()).contains("bc-used");
		assertThat(new BriefdeskRunner(null, null, this.session, null, this.outputs, null, null).prompt().toString()).isEqualTo("briefdesk:bc-used> ");
		assertThat(run("briefing panelist add valiant-richey --role moderator").output())
			.isEqualTo("Briefing bc-used panel: 1 valiant-richey (moderator).\n");
		assertThat(run("briefing figure add one-in-three-victims-child-2023").exitCode()).isZero();
		assertThat(this.briefings.get("bc-used").figureIds()).containsExactly("one-in-three-victims-child-2023");
	}

	@Test
	void panelistsAreAddedMovedAndRemovedByCommand() {
		run("briefing new --event " + VIENNA + " --id bc-panel --panelist mukundi-mutasa,hanna-antonova:co-chair");
		run("briefing panelist add tea-machaidze --role co-chair --at 1 --briefing bc-panel");
		assertThat(run("briefing panelist move mukundi-mutasa --to 1 --briefing bc-panel").output())
			.isEqualTo("Briefing bc-panel panel: 1 mukundi-mutasa, 2 tea-machaidze (co-chair), 3 hanna-antonova (co-chair).\n");
		run("briefing panelist role 3 --role chair --briefing bc-panel");
		assertThat(run("briefing panelist remove tea-machaidze --briefing bc-panel").output())
			.isEqualTo("Briefing bc-panel panel: 1 mukundi-mutasa, 2 hanna-antonova (chair).\n");
	}

	@Test
	void aMoveOffTheListFailsWithOneLineAndChangesNothing() {
		run("briefing new --event " + VIENNA + " --id bc-off --panelist mukundi-mutasa");
		CommandRun.Result result = run("briefing panelist move 1 --to 5 --briefing bc-off");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).isEqualTo("position 5 is not in the list of panelists; use 1 to 1");
	}

	@Test
	void sectionsTextAndProgrammeAreEditedByCommand() throws Exception {
		run("briefing new --event " + VIENNA + " --id bc-text --layout short --panelist none");
		run("briefing section add programme --briefing bc-text");
		run("briefing section move talking-points --to 2 --briefing bc-text");
		run("briefing text set purpose \"First paragraph.\" \"Second paragraph.\" --briefing bc-text");
		run("briefing text add points \"A talking point.\" --briefing bc-text");
		run("briefing programme add \"Opening remarks\" --time 13:15 --speakers mukundi-mutasa --briefing bc-text");
		run("briefing programme add \"Questions\" --time 14:10-14:30 --note \"Member States\" --briefing bc-text");
		Briefing briefing = this.briefings.get("bc-text");
		assertThat(briefing.sections()).extracting(Object::toString)
			.containsExactly("cover", "talking-points", "purpose", "programme", "panelists", "figures", "sources");
		assertThat(briefing.purpose()).containsExactly("First paragraph.", "Second paragraph.");
		assertThat(briefing.talkingPoints()).containsExactly("A talking point.");
		assertThat(briefing.programme()).hasSize(2);
		String shown = screen("briefing show bc-text");
		assertThat(shown).contains("sections:  1 cover · 2 talking-points · 3 purpose · 4 programme")
			.contains("13:15").contains("Opening remarks").contains("\"Member States\"");
	}

	@Test
	void previewShowsTheWholePackWithHeadingsTablesAndSources() throws Exception {
		String preview = screen("briefing preview icat-briefing-2023");
		assertThat(preview).contains("BRIEFING TO MEMBER STATES ON THE WORK OF ICAT")
			.contains("Tuesday, 3 October 2023")
			.contains("Programme\n─────────")
			.contains("│ Ms. Hanna Antonova")
			.contains("• 1 in 3 detected victims — One in three detected victims is a child. [1]")
			.contains("Sources\n───────")
			.contains("[1] UNODC, “Briefing on the Inter-Agency Coordination Group against Trafficking in Persons”");
	}

	@Test
	void checkWithAnUnsourcedFigureListsItAndExitsOne() {
		run("stat add --id bc-unsourced --statement \"Most victims are never identified.\" --publisher \"Our office\" --source-date 2025");
		run("briefing new --event " + VIENNA + " --id bc-check --panelist mukundi-mutasa --figures bc-unsourced");
		CommandRun.Result result = run("briefing check bc-check");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("SEVERITY\tWHERE\tFINDING\n")
			.contains("error\tkey figures #1 (bc-unsourced)\tthe figure has no source");
		assertThat(result.error()).isEqualTo("briefing bc-check has 1 error; fix them before it goes out");
	}

	@Test
	void checkWithWarningsOnlyExitsZero() {
		CommandRun.Result result = run("briefing check icat-briefing-2023");
		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).contains("warning").contains("Mukundi Mutasa has no title")
			.contains("0 errors, 3 warnings");
	}

	@Test
	void checkAsJsonListsTheFindingsForScripts() throws Exception {
		JsonNode report = new ObjectMapper().readTree(run("briefing check icat-briefing-2023 --json --years 1").output());
		assertThat(report.get("briefing").asText()).isEqualTo("icat-briefing-2023");
		assertThat(report.get("errors").asInt()).isZero();
		assertThat(report.get("findings").findValuesAsText("rule")).contains("incomplete-panelist");
	}

	@Test
	void cloneCopiesABriefingOntoAnotherEvent() {
		run("event add --id bc-next --title \"ICAT briefing to Member States\" --date 2026-10-06 --city Vienna --venue \"Vienna International Centre\"");
		CommandRun.Result result = run("briefing clone icat-briefing-2023 --event bc-next --id bc-clone");
		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).startsWith("Cloned briefing icat-briefing-2023 onto event bc-next as bc-clone: 10 sections");
		assertThat(this.briefings.get("bc-clone").panelists()).isEqualTo(this.briefings.get("icat-briefing-2023").panelists());
	}

	@Test
	void removeNeedsTheIdAndForgetsTheBriefingInUse() {
		run("briefing new --event " + VIENNA + " --id bc-gone --panelist none");
		this.session.useBriefing("bc-gone");
		assertThat(run("briefing remove").exitCode()).isEqualTo(2);
		assertThat(run("briefing remove bc-gone").output()).startsWith("Removed briefing bc-gone");
		assertThat(this.briefings.exists("bc-gone")).isFalse();
		assertThat(this.session.briefingInUse()).isEmpty();
	}

	@Test
	void anUnknownBriefingIsOneLineWithTheNextStep() {
		CommandRun.Result result = run("briefing show no-such-briefing");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).isEqualTo("no briefing 'no-such-briefing'; `briefing list` shows the ids");
	}

	@Test
	void helpForBriefingNewShowsItsOptionsAndExamples() throws Exception {
		String help = screen("help briefing new");
		assertThat(help).contains("--event EVENT").contains("--panelist PANELIST").contains("Examples:")
			.contains("briefing new --event icat-briefing-2023-10-03");
	}

	@Test
	void removingAPersonOnAPanelIsRefusedWithTheBriefingNamed() {
		CommandRun.Result result = run("person remove tea-machaidze");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).contains("briefing 'icat-briefing-2023' (panelist)");
	}

}
