package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.briefdesk.support.OneShot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The briefing commands as a user runs them from a terminal, a script or cron: separate
 * processes on a fresh data directory, with exit codes and one-line errors. The last test
 * is the "how it will be checked", from a script file.
 */
class BriefingOneShotTest {

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	@Test
	void aFreshLibraryListsTheSampleBriefingsAndPreviewsOne() throws Exception {
		OneShot.Result list = OneShot.run(this.workingDirectory, this.home, "briefing", "list");
		assertThat(list.exitCode()).isZero();
		assertThat(list.stdout()).contains("icat-briefing-2023").contains("icat-principals-2020");
		OneShot.Result preview = OneShot.run(this.workingDirectory, this.home, "briefing", "preview", "--briefing",
				"icat-briefing-2023");
		assertThat(preview.exitCode()).isZero();
		assertThat(preview.stdout()).contains("BRIEFING TO MEMBER STATES ON THE WORK OF ICAT")
			.contains("Tuesday, 3 October 2023").contains("Ms. Hanna Antonova").contains("Sources");
		assertThat(preview.stderr()).isEmpty();
		try (Stream<Path> entries = Files.list(this.workingDirectory)) {
			assertThat(entries).isEmpty();
		}
	}

	@Test
	void aCommandOnNoBriefingExitsTwoWithOneLine() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "briefing", "preview");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).singleElement().asString().contains("add --briefing ID");
	}

	@Test
	void briefingNewWithoutTheEventExitsTwo() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "briefing", "new", "--title", "Draft");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).singleElement().asString().contains("missing option --event");
	}

	@Test
	void theSampleBriefingsPassTheCheckWithExitZero() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "briefing", "check", "icat-briefing-2023");
		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).contains("0 errors");
	}

	@Test
	void aBriefingForANewEventIsBuiltFromAScriptCheckedClonedAndPreviewedAgain() throws Exception {
		Path script = this.workingDirectory.resolve("briefing.briefdesk");
		Files.writeString(script, """
				# A briefing for a new event, with options only.
				event add --id vienna-2026 --title "ICAT briefing to Member States" --kind "briefing to Member States" --date 2026-10-06 --time 13:15 --end-time 14:30 --time-zone Europe/Vienna --venue "Vienna International Centre" --city Vienna --country Austria --co-chairs oas,unodc
				stat add --id unsourced-2026 --statement "Most victims of trafficking are never identified." --publisher "ICAT Secretariat" --source-date 2026
				briefing new --event vienna-2026 --id vienna-2026-briefing --title "Briefing to Member States on the work of ICAT" --layout full --panelist steven-griner:co-chair,ghada-waly:speaker --priorities oas-unodc-priorities-2025 --figures one-in-three-victims-child-2023,unsourced-2026
				briefing text set purpose "ICAT briefs Member States on the 2025 co-chairpersonship." --briefing vienna-2026-briefing
				briefing programme add "Opening" --time 13:15 --speakers ghada-waly --briefing vienna-2026-briefing
				briefing programme add "The priorities of the co-chairs" --time 13:25 --speakers steven-griner --briefing vienna-2026-briefing
				briefing quote add steven-griner-2024 --briefing vienna-2026-briefing
				briefing text add talking-points "ICAT coordinates the UN's response to trafficking." --briefing vienna-2026-briefing
				briefing text add logistics "Vienna International Centre, conference room M3." --briefing vienna-2026-briefing
				briefing preview --briefing vienna-2026-briefing
				""", StandardCharsets.UTF_8);
		OneShot.Result built = OneShot.run(this.workingDirectory, this.home, "script", "--file", "briefing.briefdesk");
		assertThat(built.exitCode()).as(built.stderr()).isZero();
		assertThat(built.stdout()).contains("Created briefing vienna-2026-briefing for event vienna-2026")
			.contains("BRIEFING TO MEMBER STATES ON THE WORK OF ICAT")
			.contains("Tuesday, 6 October 2026, 13:15–14:30 (CEST)")
			.contains("Co-chairs: OAS and UNODC")
			.contains("• Most victims of trafficking are never identified. [2]");
		List<String> headings = headings(built.stdout());
		assertThat(headings).containsExactly("Purpose and background", "Programme", "Panelists",
				"Chair's priorities: OAS–UNODC co-chairpersonship priorities", "Key figures", "Quotes", "Talking points",
				"Logistics", "Sources");

		OneShot.Result check = OneShot.run(this.workingDirectory, this.home, "briefing", "check", "--briefing",
				"vienna-2026-briefing");
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.stdout()).contains("(unsourced-2026)").contains("no source");
		assertThat(check.stderrLines()).singleElement().asString()
			.isEqualTo("error: briefing vienna-2026-briefing has 1 error; fix them before it goes out");

		Path next = this.workingDirectory.resolve("next.briefdesk");
		Files.writeString(next, """
				event add --id vienna-2027 --title "ICAT briefing to Member States" --date 2027-10-05 --venue "Vienna International Centre" --city Vienna
				briefing clone vienna-2026-briefing --event vienna-2027 --id vienna-2027-briefing
				briefing preview --briefing vienna-2027-briefing
				""", StandardCharsets.UTF_8);
		OneShot.Result cloned = OneShot.run(this.workingDirectory, this.home, "script", "--file", "next.briefdesk");
		assertThat(cloned.exitCode()).as(cloned.stderr()).isZero();
		assertThat(cloned.stdout()).contains("Cloned briefing vienna-2026-briefing onto event vienna-2027 as vienna-2027-briefing")
			.contains("Tuesday, 5 October 2027");
		assertThat(headings(cloned.stdout())).isEqualTo(headings);
	}

	/** The section headings of a preview: each line followed by a rule of ─. */
	private static List<String> headings(String preview) {
		List<String> lines = preview.lines().toList();
		List<String> headings = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (!lines.get(i).isBlank() && lines.get(i + 1).matches("─{3,}")) {
				headings.add(lines.get(i));
			}
		}
		return headings;
	}

}
