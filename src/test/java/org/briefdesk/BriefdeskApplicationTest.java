package org.briefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.briefdesk.system.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefdeskApplicationTest {

	@TempDir
	Path home;

	private DataDirectory home() {
		return DataDirectory.fromEnvironment(Map.of(DataDirectory.ENVIRONMENT_VARIABLE, this.home.toString()));
	}

	@Test
	void aOneShotCommandKeepsItsFirstConnectionAndLetsH2CloseWithoutCompacting() {
		Map<String, Object> properties = BriefdeskApplication.defaultProperties(home(), true, null);
		assertThat(properties).containsEntry("spring.datasource.hikari.minimum-idle", "1")
			.containsEntry("briefdesk.h2-process-settings", ";MAX_COMPACT_TIME=0");
	}

	@Test
	void theInteractiveShellLetsGoOfAnIdleLibraryAndCompactsIt() {
		Map<String, Object> properties = BriefdeskApplication.defaultProperties(home(), false, null);
		assertThat(properties).containsEntry("spring.datasource.hikari.minimum-idle", "0")
			.containsEntry("briefdesk.h2-process-settings", "");
	}

	@Test
	void withTheFastPathsOffAOneShotCommandOpensTheLibraryAsTheShellDoes() {
		assertThat(BriefdeskApplication.defaultProperties(home(), true, "0"))
			.isEqualTo(BriefdeskApplication.defaultProperties(home(), false, null));
	}

	@Test
	void aUserCanStillNameCommonsLoggingsFactory() {
		Properties system = new Properties();
		system.setProperty("org.apache.commons.logging.LogFactory", "their.Factory");
		BriefdeskApplication.chooseLibraryDefaults(system);
		assertThat(system).containsEntry("org.apache.commons.logging.LogFactory", "their.Factory");
	}

}
