package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.briefing.BriefingLayout;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingLifecycle.NewBriefing;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.Person;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.BriefingCleanup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.core.InputReader;

/** {@code briefing history} and {@code briefing diff} as a user types them, after real exports. */
@BriefdeskTest
class BriefingHistoryCommandsTest {

	private static final String BRIEFING = "hcmd-briefing";

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
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private StringWriter output = new StringWriter();

	@BeforeEach
	void aBriefingOfItsOwn() {
		this.library.add(new Person("hcmd-speaker", "Ms.", "Åsa Regner", "Deputy Executive Director", "unodc", null, null,
				null));
		this.lifecycle.create(new NewBriefing(BRIEFING, "icat-briefing-2023-10-03", "History commands", null, null,
				BriefingLayout.SHORT, List.of(new Panelist("hcmd-speaker", PanelRole.SPEAKER)), null, List.of(), List.of(),
				List.of("Purpose."), List.of(), List.of()));
	}

	@AfterEach
	void takeItOut() {
		this.jdbc.sql("delete from briefing_export where briefing_id like 'hcmd-%'").update();
		BriefingCleanup.removeAddedBriefingsAndFacts(this.briefings, this.lifecycle, this.library, this.repositories,
				"hcmd-");
	}

	private Outcome run(String line) {
		this.output = new StringWriter();
		return this.dispatcher.execute(line, new PrintWriter(this.output), new InputReader() {
		});
	}

	private Outcome export(String format, String file) {
		Outcome outcome = run("export " + format + " --briefing " + BRIEFING + " --out " + this.folder.resolve(file));
		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		return outcome;
	}

	@Test
	void historyListsTheExportsNewestFirstOneALineInAPipe() {
		export("docx", "first.docx");
		export("pdf", "second.pdf");
		assertThat(run("briefing history " + BRIEFING).exitCode()).isZero();
		List<String> lines = this.output.toString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("EXPORT\tWHEN\tFORMAT\tFILE\tHASH\tSNAPSHOT");
		assertThat(lines).hasSize(3);
		String[] newest = lines.get(1).split("\t");
		String[] oldest = lines.get(2).split("\t");
		assertThat(newest[2]).isEqualTo("pdf");
		assertThat(newest[3]).isEqualTo(this.folder.resolve("second.pdf").toString());
		assertThat(oldest[2]).isEqualTo("docx");
		assertThat(Long.parseLong(newest[0])).isGreaterThan(Long.parseLong(oldest[0]));
		assertThat(newest[1]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
		assertThat(newest[4]).hasSize(12);
		assertThat(newest[5]).isEqualTo(oldest[5]).hasSize(12);
	}

	@Test
	void historyAsJsonHasTheFullHashesAndSizes() throws Exception {
		export("docx", "pack.docx");
		assertThat(run("briefing history " + BRIEFING + " --json").exitCode()).isZero();
		List<Map<String, Object>> exports = new ObjectMapper().readValue(this.output.toString(),
				new TypeReference<List<Map<String, Object>>>() {
				});
		assertThat(exports).hasSize(1);
		assertThat(exports.get(0)).containsKeys("export", "when", "format", "file", "sha256", "size", "snapshot")
			.containsEntry("format", "docx")
			.containsEntry("size", (int) java.nio.file.Files.size(this.folder.resolve("pack.docx")));
		assertThat((String) exports.get(0).get("sha256")).hasSize(64);
	}

	@Test
	void diffSaysNothingChangedSinceTheLastExportWithItsDate() {
		export("docx", "pack.docx");
		assertThat(run("briefing diff " + BRIEFING).exitCode()).isZero();
		assertThat(this.output.toString())
			.matches("nothing changed since export \\d+ \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)\n");
	}

	@Test
	void diffSaysWhatChangedInWordsAndAsJson() throws Exception {
		export("docx", "pack.docx");
		assertThat(run("person edit hcmd-speaker --title Director").exitCode()).isZero();
		assertThat(run("briefing panelist remove hcmd-speaker --briefing " + BRIEFING).exitCode()).isZero();
		assertThat(run("briefing panelist add hanna-antonova --role co-chair --briefing " + BRIEFING).exitCode()).isZero();

		assertThat(run("briefing diff " + BRIEFING).exitCode()).isZero();
		assertThat(this.output.toString()).startsWith("2 changes in briefing " + BRIEFING + " since export ")
			.contains("  panel: Ms. Hanna Antonova added as co-chair\n", "  panel: Ms. Åsa Regner removed (was speaker)\n");

		assertThat(run("briefing panelist add hcmd-speaker --briefing " + BRIEFING).exitCode()).isZero();
		assertThat(run("briefing diff " + BRIEFING + " --json").exitCode()).isZero();
		Map<String, Object> diff = new ObjectMapper().readValue(this.output.toString(),
				new TypeReference<Map<String, Object>>() {
				});
		assertThat(diff).containsEntry("briefing", BRIEFING).containsKeys("since", "snapshot-now", "changes");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> changes = (List<Map<String, Object>>) diff.get("changes");
		assertThat(changes).extracting(c -> c.get("part") + " " + c.get("change") + " " + c.get("id"))
			.containsExactly("panel added hanna-antonova", "people changed hcmd-speaker");
		assertThat(changes.get(1)).containsEntry("field", "title")
			.containsEntry("before", "Deputy Executive Director")
			.containsEntry("after", "Director");
	}

	@Test
	void diffOfABriefingNeverExportedFailsInOneLine() {
		Outcome outcome = run("briefing diff " + BRIEFING);
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).startsWith("briefing " + BRIEFING + " has not been exported yet").doesNotContain("\n");
	}

	@Test
	void diffSinceSomethingOtherThanAnExportNumberIsAUsageError() {
		Outcome outcome = run("briefing diff " + BRIEFING + " --since yesterday");
		assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
		assertThat(outcome.message()).contains("--since takes an export's number").contains("briefing history");
	}

	@Test
	void historyOfAnUnknownBriefingFails() {
		Outcome outcome = run("briefing history hcmd-nosuch");
		assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
		assertThat(outcome.message()).isEqualTo("no briefing 'hcmd-nosuch'; `briefing list` shows the ids");
	}

}
