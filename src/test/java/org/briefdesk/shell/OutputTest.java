package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.system.DisplayWidth;
import org.junit.jupiter.api.Test;

class OutputTest {

	private static final String LONG_TITLE = "Special Representative and Co-ordinator for Combating Trafficking in Human Beings"
			+ " of the Organization for Security and Co-operation in Europe";

	private static final String HOSTILE = "Eve\u001B]0;owned\u0007\u001B[2J\u202Egnp.exe\u009B31m";

	private final StringWriter text = new StringWriter();

	private Output output(Screen screen, boolean json) {
		return new Output(new PrintWriter(this.text), () -> screen, json);
	}

	private static List<List<String>> people() {
		return List.of(List.of("hanna-antonova", "Ms. Hanna Antonova", "", "IOM"),
				List.of("valiant-richey", "Mr. Valiant Richey", LONG_TITLE, "OSCE"));
	}

	@Test
	void aTableInAPipeIsAHeaderLineAndOneTabSeparatedLinePerRowWithNothingCut() {
		output(Screen.PIPE, false).table(List.of("Id", "Name", "Title", "Organisation"), people(), "no people");
		assertThat(this.text.toString().lines()).containsExactly("ID\tNAME\tTITLE\tORGANISATION",
				"hanna-antonova\tMs. Hanna Antonova\t\tIOM", "valiant-richey\tMr. Valiant Richey\t" + LONG_TITLE + "\tOSCE");
	}

	@Test
	void anEmptyTableInAPipeIsItsHeaderLineOnly() {
		output(Screen.PIPE, false).table(List.of("Id", "Name"), List.of(), "no people found");
		assertThat(this.text.toString()).isEqualTo("ID\tNAME\n");
	}

	@Test
	void aTableOnATerminalFitsTheWidthInTheOneTableStyle() {
		output(new Screen(true, 60, false), false).table(List.of("Id", "Name", "Title", "Organisation"), people(), "");
		List<String> lines = this.text.toString().lines().toList();
		assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(60));
		assertThat(lines.get(0)).matches("┌[─┬]+┐");
		assertThat(lines.get(1)).startsWith("│ ID").contains("│ NAME");
		assertThat(lines).anyMatch(line -> line.matches("├[─┼]+┤")).last().asString().matches("└[─┴]+┘");
		assertThat(this.text.toString()).contains("hanna-antonova").contains("Special");
	}

	@Test
	void anEmptyTableOnATerminalSaysSo() {
		output(new Screen(true, 80, true), false).table(List.of("Id"), List.of(), "no people found; `person add` adds one");
		assertThat(this.text.toString()).isEqualTo("no people found; `person add` adds one\n");
	}

	@Test
	void controlCharactersInATableReachATerminalEscaped() {
		output(new Screen(true, 120, false), false).table(List.of("Id", "Name"), List.of(List.of("eve", HOSTILE)), "");
		assertThat(this.text.toString()).doesNotContain("\u001B", "\u0007", "\u202E", "\u009B")
			.contains("Eve\\e]0;owned\\a\\e[2J\\u202Egnp.exe\\u009B31m");
	}

	@Test
	void controlCharactersInAPipeAreEscapedAndTabsAndLineBreaksInACellToo() {
		output(Screen.PIPE, false).table(List.of("Id", "Name"), List.of(List.of("eve", HOSTILE + "\tx\ny")), "");
		assertThat(this.text.toString()).isEqualTo("ID\tNAME\neve\tEve\\e]0;owned\\a\\e[2J\\u202Egnp.exe\\u009B31m\\tx\\ny\n");
	}

	@Test
	void printedTextIsEscapedButKeepsItsLines() {
		Output out = output(Screen.PIPE, false);
		out.println("removed person '" + HOSTILE + "'\nnext line");
		out.print("\u0007");
		out.flush();
		assertThat(this.text.toString())
			.isEqualTo("removed person 'Eve\\e]0;owned\\a\\e[2J\\u202Egnp.exe\\u009B31m'\nnext line\n\\a");
	}

	@Test
	void jsonKeepsControlCharactersAsJsonEscapes() throws Exception {
		output(Screen.PIPE, true).printJson(Map.of("name", HOSTILE + "\u007F"));
		String json = this.text.toString();
		assertThat(json).doesNotContain("\u001B", "\u0007", "\u202E", "\u009B", "\u007F")
			.contains("\\u001B]0;owned\\u0007\\u001B[2J\\u202Egnp.exe\\u009B31m\\u007F");
		assertThat(new ObjectMapper().readTree(json).get("name").asText()).isEqualTo(HOSTILE + "\u007F");
	}

	@Test
	void theHeaderIsBoldOnlyWhenColourIsOn() {
		List<String> headers = List.of("Id", "Name", "Title", "Organisation");
		output(new Screen(true, 80, true), false).table(headers, people(), "");
		assertThat(this.text.toString().lines().toList().get(1)).startsWith("\u001B[1m│ ID").endsWith("\u001B[0m");
		this.text.getBuffer().setLength(0);
		output(new Screen(true, 80, false), false).table(headers, people(), "");
		assertThat(this.text.toString()).doesNotContain("\u001B");
	}

	@Test
	void aLineOfAScriptKeepsTheScreenButHasItsOwnJson() {
		Output outer = output(new Screen(true, 70, true), false);
		Output line = outer.forCommand(true);
		assertThat(line.json()).isTrue();
		assertThat(line.screen()).isEqualTo(outer.screen());
	}

}
