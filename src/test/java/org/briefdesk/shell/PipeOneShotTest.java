package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.briefdesk.support.OneShot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-shot command with its output in a file, as `briefdesk person list | grep …` has it. */
class PipeOneShotTest {

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	@Test
	void personListInAPipeFindsHannaAntonovaOnOneLineAndCutGivesIds() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "person", "list");
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		List<String> lines = result.stdout().lines().toList();
		assertThat(lines).first().isEqualTo("ID\tNAME\tTITLE\tORGANISATION");
		assertThat(lines.stream().filter(line -> line.contains("Hanna Antonova")))
			.containsExactly("hanna-antonova\tMs. Hanna Antonova\t\tIOM");
		assertThat(lines.subList(1, lines.size())).extracting(line -> line.split("\t")[0])
			.allMatch(id -> id.matches("[a-z0-9-]+"))
			.contains("hanna-antonova", "valiant-richey");
	}

	@Test
	void anErrorEchoingControlCharactersReachesStderrEscaped() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "person", "show", "x\u001B[31m\u0007");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderr()).doesNotContain("\u001B", "\u0007").contains("'x\\e[31m\\a'");
	}

}
