package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;

class CommandLineQuotingTest {

	private final CommandParser parser = new DefaultCommandParser(new CommandRegistry());

	@Test
	void argumentsWithSpacesAndQuotesSurviveTheRoundTrip() {
		String line = CommandLineQuoting.join(List.of("search", "one in \"three\"", "--title", "Åsa Regner"));
		ParsedInput parsed = this.parser.parse(line);
		assertThat(parsed.arguments().get(0).value()).isEqualTo("one in \"three\"");
		assertThat(parsed.options().get(0).value()).isEqualTo("Åsa Regner");
	}

	@Test
	void anOptionWithItsValueInOneArgumentKeepsTheValueWhole() {
		ParsedInput parsed = this.parser.parse(CommandLineQuoting.join(List.of("x", "--name=H.E. Ambassador")));
		assertThat(parsed.options().get(0).longName()).isEqualTo("name");
		assertThat(parsed.options().get(0).value()).isEqualTo("H.E. Ambassador");
	}

}
