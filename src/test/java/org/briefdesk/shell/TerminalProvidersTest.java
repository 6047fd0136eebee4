package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

class TerminalProvidersTest {

	@Test
	void theTerminalIsMadeByTheJniProviderAloneWhenItLoadsAndTheUserChoseNothing() {
		assertThat(TerminalProviders.jniAlone(new Properties(), () -> true)).isTrue();
	}

	@Test
	void jLinesOwnOrderStandsWhenTheJniLibraryCannotLoad() {
		assertThat(TerminalProviders.jniAlone(new Properties(), () -> false)).isFalse();
	}

	@Test
	void jLinesOwnOrderStandsWhenTheUserChoseAProvider() {
		for (String choice : TerminalProviders.USER_CHOICES) {
			Properties system = new Properties();
			system.setProperty(choice, "ffm");
			assertThat(TerminalProviders.jniAlone(system, () -> true)).as(choice).isFalse();
		}
	}

	@Test
	void theJniProviderLoadsOnThisMachine() {
		// the library JLine extracts and loads: were it missing here, every shell would fall
		// back to JLine's slower order
		assertThat(TerminalProviders.jniLoads()).isTrue();
	}

	@Test
	void aDumbTerminalTakesJLinesOwnDescriptionInsteadOfAskingInfocmp() {
		// as in a new shell: nothing asked yet (another test's dumb terminal in this JVM may have asked infocmp)
		InfoCmp.setLoadedInfoCmp("dumb", (String) null);
		InfoCmp.setLoadedInfoCmp("dumb-color", (String) null);
		TerminalProviders.choose(org.jline.terminal.TerminalBuilder.builder());
		assertThat(InfoCmp.getLoadedInfoCmp("dumb")).isEqualTo(InfoCmp.getDefaultInfoCmp("dumb")).isNotBlank();
	}

}
