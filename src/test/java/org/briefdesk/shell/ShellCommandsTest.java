package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;

@BriefdeskTest
class ShellCommandsTest {

	@Autowired
	ShellTestClient client;

	@Test
	void versionPrintsTheBuildVersion() throws Exception {
		ShellScreen screen = this.client.sendCommand("version");
		assertThat(String.join("\n", screen.lines())).matches("Briefdesk \\d+\\.\\d+\\.\\d+.*");
	}

	@Test
	void helpListsShellCommandsUnderOneHeading() throws Exception {
		ShellScreen screen = this.client.sendCommand("help");
		String text = String.join("\n", screen.lines());
		assertThat(text).contains("Usage: briefdesk").contains("\nShell\n");
		int heading = text.indexOf("\nShell\n");
		assertThat(text.indexOf("  help ", heading)).isPositive();
		assertThat(text.indexOf("  version ", heading)).isPositive();
	}

	@Test
	void helpForOneCommandShowsItsOptions() throws Exception {
		ShellScreen screen = this.client.sendCommand("help script");
		assertThat(String.join("\n", screen.lines())).contains("Usage: script --file FILE")
			.contains("-f, --file FILE");
	}

}
