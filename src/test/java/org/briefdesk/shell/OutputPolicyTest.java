package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OutputPolicyTest {

	private final OutputPolicy policy = new OutputPolicy(new ShellSession(), null);

	@Test
	void outputThatIsNotATerminalIsAPipeWithoutColour() {
		// Surefire's forked JVM has its output redirected: no console.
		this.policy.useEnvironment(Map.of("COLUMNS", "100"));
		assertThat(this.policy.screen()).isEqualTo(Screen.PIPE);
	}

	@Test
	void forcingATerminalGivesItsWidthAndColour() {
		this.policy.useEnvironment(Map.of("BRIEFDESK_FORCE_TTY", "72"));
		assertThat(this.policy.screen()).isEqualTo(new Screen(true, 72, true));
	}

	@Test
	void aForcedTerminalWithoutAWidthTakesColumnsOrEighty() {
		this.policy.useEnvironment(Map.of("BRIEFDESK_FORCE_TTY", "yes", "COLUMNS", "132"));
		assertThat(this.policy.screen().width()).isEqualTo(132);
		this.policy.useEnvironment(Map.of("BRIEFDESK_FORCE_TTY", "1", "COLUMNS", "90"));
		assertThat(this.policy.screen().width()).isEqualTo(90);
		this.policy.useEnvironment(Map.of("BRIEFDESK_FORCE_TTY", "yes"));
		assertThat(this.policy.screen().width()).isEqualTo(Screen.DEFAULT_WIDTH);
	}

	@Test
	void noColorDisablesColourOnATerminal() {
		this.policy.useEnvironment(Map.of("BRIEFDESK_FORCE_TTY", "80", "NO_COLOR", "1"));
		assertThat(this.policy.screen()).isEqualTo(new Screen(true, 80, false));
		assertThat(this.policy.colour()).isFalse();
	}

	@Test
	void anEmptyNoColorIsNotSetAndADumbTerminalHasNoColour() {
		this.policy.useEnvironment(Map.of("BRIEFDESK_FORCE_TTY", "80", "NO_COLOR", ""));
		assertThat(this.policy.colour()).isTrue();
		this.policy.useEnvironment(Map.of("BRIEFDESK_FORCE_TTY", "80", "TERM", "dumb"));
		assertThat(this.policy.colour()).isFalse();
	}

}
