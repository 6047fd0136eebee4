package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.ParsedInput;

@BriefdeskTest
class BriefdeskCommandParserTest {

	@Autowired
	CommandParser parser;

	@Test
	void aFlagAtTheEndOfATwoWordCommandNeedsNoValue() {
		ParsedInput parsed = this.parser.parse("org list --json");
		assertThat(parsed.options()).singleElement().satisfies(option -> assertThat(option.value()).isEqualTo("true"));
	}

	@Test
	void aFlagBeforeTheIdDoesNotSwallowIt() {
		ParsedInput parsed = this.parser.parse("org show --json unodc");
		assertThat(parsed.arguments()).singleElement().satisfies(argument -> assertThat(argument.value()).isEqualTo("unodc"));
	}

	@Test
	void aFlagGivenTrueOrFalseKeepsIt() {
		ParsedInput parsed = this.parser.parse("org edit cbss --member false");
		assertThat(parsed.options()).singleElement().satisfies(option -> assertThat(option.value()).isEqualTo("false"));
	}

	@Test
	void quotedValuesStayWhole() {
		ParsedInput parsed = this.parser.parse("person add --name \"Åsa  Regner\" --honorific Ms");
		assertThat(parsed.options()).extracting(option -> option.value()).containsExactly("Åsa  Regner", "Ms");
	}

}
