package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.ExtendedDefaultParser;

/** What TAB proposes in the briefing commands. */
@BriefdeskTest
class BriefingCompletionTest {

	@Autowired
	CommandRegistry registry;

	@Autowired
	ShellSession session;

	@AfterEach
	void noBriefingInUse() {
		this.session.useBriefing(null);
	}

	/**
	 * What TAB offers at the end of {@code line}, through the shell's own completer and parser
	 * (JLine then keeps the candidates that start with the word typed).
	 */
	private List<String> complete(String line) {
		ParsedLine parsed = new ExtendedDefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
		List<Candidate> candidates = new ArrayList<>();
		new BriefdeskCommandCompleter(this.registry).complete(null, parsed, candidates);
		String word = parsed.word().substring(0, parsed.wordCursor());
		return candidates.stream().map(Candidate::value).filter(value -> value.startsWith(word)).toList();
	}

	@Test
	void briefingIdsCompleteAfterTheCommandsThatTakeOne() {
		assertThat(complete("briefing show ")).contains("icat-briefing-2023", "osce-side-event-2019");
		assertThat(complete("briefing preview --briefing ")).contains("icat-briefing-2023");
		assertThat(complete("briefing use ")).contains("icat-principals-2020");
	}

	@Test
	void aBegunArgumentCompletes() {
		assertThat(complete("briefing show icat-b")).containsExactly("icat-briefing-2018", "icat-briefing-2023");
		assertThat(complete("person show val")).containsExactly("valiant-richey");
	}

	@Test
	void optionNamesStillComplete() {
		assertThat(complete("briefing check ")).contains("--years", "--briefing", "icat-briefing-2023");
		assertThat(complete("briefing check --y")).containsExactly("--years");
	}

	@Test
	void eventIdsCompleteForTheEventOption() {
		assertThat(complete("briefing new --event icat-b")).contains("icat-briefing-2023-10-03", "icat-briefing-2018-06-14")
			.doesNotContain("osce-icat-side-event-2019-12-05");
	}

	@Test
	void personIdsCompleteForAPanelistAndThenTheRoles() {
		assertThat(complete("briefing panelist add tea")).containsExactly("tea-machaidze");
		assertThat(complete("briefing new --panelist tea")).containsExactly("tea-machaidze:");
		assertThat(complete("briefing new --panelist tea-machaidze:")).contains("tea-machaidze:co-chair",
				"tea-machaidze:speaker");
	}

	@Test
	void aCommaSeparatedListCompletesItsLastItem() {
		assertThat(complete("briefing new --figures icat-31-organizations-2023,one")).containsExactly(
				"icat-31-organizations-2023,one-in-three-victims-child-2023");
	}

	@Test
	void removingAPanelistProposesThePanelOfTheBriefingInUse() {
		this.session.useBriefing("icat-briefing-2023");
		assertThat(complete("briefing panelist remove ")).containsExactly("--briefing", "mukundi-mutasa", "hanna-antonova",
				"tea-machaidze");
		assertThat(complete("briefing figure move ")).contains("one-in-three-victims-child-2023",
				"icat-31-organizations-2023");
		assertThat(complete("briefing panelist move h")).containsExactly("hanna-antonova");
	}

	@Test
	void sectionsToAddAreTheOnesTheBriefingLacks() {
		this.session.useBriefing("icat-briefing-2018");
		assertThat(complete("briefing section add ")).contains("priorities").doesNotContain("cover", "figures");
	}

	@Test
	void layoutsAndRolesComplete() {
		assertThat(complete("briefing new --layout ")).containsExactly("full", "short", "programme", "speaker");
		assertThat(complete("briefing new --layout s")).containsExactly("short", "speaker");
		assertThat(complete("briefing panelist role tea-machaidze --role ")).contains("co-chair", "discussant");
	}

	@Test
	void textKindsComplete() {
		assertThat(complete("briefing text add ")).containsExactly("--at", "--briefing", "purpose", "talking-points",
				"logistics");
		assertThat(complete("briefing text add l")).containsExactly("logistics");
	}

}
