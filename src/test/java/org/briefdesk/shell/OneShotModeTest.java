package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.briefdesk.support.OneShot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneShotModeTest {

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	@Test
	void helpExitsZeroAndGroupsCommandsByNoun() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "help");
		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).contains("Shell\n").contains("  script ").contains("  version ");
		assertThat(result.stderr()).isEmpty();
	}

	@Test
	void anUnknownCommandExitsTwoWithOneLineNamingIt() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "nosuchcommand");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).hasSize(1);
		assertThat(result.stderr()).contains("nosuchcommand").contains("help");
		assertThat(result.stdout()).isEmpty();
	}

	@Test
	void aMistypedCommandExitsTwoWithTheSuggestionOnOneLine() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "preson", "list");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).containsExactly("error: unknown command 'preson list'; did you mean `person list`?");
		assertThat(result.stdout()).isEmpty();
	}

	@Test
	void aMistypedOptionExitsTwoWithTheSuggestionOnOneLine() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "script", "--fiel", "x");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).containsExactly(
				"error: unknown option '--fiel' for 'script'; did you mean `--file`? `help script` lists its options");
	}

	@Test
	void anUnknownOptionIsAUsageError() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "script", "--file", "x", "--fast");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).singleElement().asString().contains("--fast");
	}

	@Test
	void anUnknownBareOptionOfATwoWordCommandIsNamedAsUnknown() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "org", "list", "--nope");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).singleElement()
			.asString()
			.isEqualTo("error: unknown option '--nope' for 'org list'; `help org list` lists its options");
	}

	@Test
	void aMissingRequiredOptionIsAUsageError() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "script");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).singleElement().asString().contains("--file");
	}

	@Test
	void aFailingCommandExitsOneWithOneLineAndNoStackTrace() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "script", "--file", "missing.txt");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderrLines()).singleElement().asString().contains("missing.txt");
		assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void aScriptStopsAtTheFailingLineAndNamesIt() throws Exception {
		Path script = this.workingDirectory.resolve("tour.briefdesk");
		Files.writeString(script, """
				# a comment, then a blank line

				version
				nosuchcommand
				version --this-never-runs
				""", StandardCharsets.UTF_8);
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "script", "--file", "tour.briefdesk");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stdout()).contains("Briefdesk ");
		assertThat(result.stdout().split("Briefdesk ", -1)).as("the line after the failing one never ran").hasSize(2);
		assertThat(result.stderrLines()).singleElement().asString().startsWith("error: tour.briefdesk:4: ");
	}

	@Test
	void aScriptWhoseMiddleCommandFailsStopsThereWithItsLineNumberAndWritesNothingAfter() throws Exception {
		Path script = this.workingDirectory.resolve("pack.briefdesk");
		Files.writeString(script, """
				org list
				person show nobody
				export docx --briefing icat-briefing-2023 --out after.docx
				""", StandardCharsets.UTF_8);
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "script", "--file", "pack.briefdesk");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stdout()).contains("cbss");
		assertThat(result.stderrLines()).last()
			.isEqualTo("error: pack.briefdesk:2: no person 'nobody'; `person list` shows the ids");
		assertThat(this.workingDirectory.resolve("after.docx")).as("the line after the failing one never ran").doesNotExist();
	}

	@Test
	void aScriptThatSucceedsExitsZero() throws Exception {
		Path script = this.workingDirectory.resolve("ok.briefdesk");
		Files.writeString(script, "version\n\n# done\nhelp script\n", StandardCharsets.UTF_8);
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "script", "--file", script.toString());
		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).contains("Briefdesk ").contains("Usage: script --file FILE");
	}

	@Test
	void runningACommandWritesNothingIntoTheCurrentDirectory() throws Exception {
		OneShot.run(this.workingDirectory, this.home, "help");
		OneShot.run(this.workingDirectory, this.home, "nosuchcommand");
		try (Stream<Path> entries = Files.list(this.workingDirectory)) {
			assertThat(entries).isEmpty();
		}
		assertThat(this.home.resolve("briefdesk.log")).exists();
	}

}
