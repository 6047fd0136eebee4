package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

/** TAB completes fact ids, through the providers the commands name. */
@BriefdeskTest
class FactCompletionTest {

	@Autowired
	CommandRegistry registry;

	/** What TAB proposes with the cursor at the end of {@code line} (a trailing space starts a new word). */
	private List<String> complete(String line) {
		List<String> words = new java.util.ArrayList<>(List.of(line.split(" ", -1)));
		Command command = null;
		int commandWords = 0;
		for (int i = 1; i <= words.size(); i++) {
			Command candidate = this.registry.getCommandByName(String.join(" ", words.subList(0, i)));
			if (candidate != null) {
				command = candidate;
				commandWords = i;
			}
		}
		assertThat(command).as("a command in '" + line + "'").isNotNull();
		int last = words.size() - 1;
		CommandOption option = null;
		if (last > commandWords && words.get(last - 1).startsWith("--")) {
			String name = words.get(last - 1).substring(2);
			option = command.getOptions().stream().filter(o -> o.longName().equals(name)).findFirst().orElse(null);
		}
		else if (words.get(last).startsWith("--") && words.get(last).contains("=")) {
			String name = words.get(last).substring(2, words.get(last).indexOf('='));
			option = command.getOptions().stream().filter(o -> o.longName().equals(name)).findFirst().orElse(null);
		}
		CompletionContext context = new CompletionContext(words, last, words.get(last).length(), command, option);
		return command.getCompletionProvider().apply(context).stream().map(CompletionProposal::value).toList();
	}

	@Test
	void personShowCompletesPersonIds() {
		assertThat(complete("person show val")).containsExactly("valiant-richey");
		assertThat(complete("person show ")).contains("tea-machaidze", "grzegorz-poznanski").hasSize(18);
	}

	@Test
	void seriesAndChairIdsComplete() {
		assertThat(complete("series show icat-b")).containsExactly("icat-briefings");
		assertThat(complete("event next --series icat-p")).containsExactly("icat-principals");
		assertThat(complete("event next --series ")).containsExactly("icat-briefings", "icat-principals");
		assertThat(complete("event next --date ")).isEmpty();
		assertThat(complete("chair show oas")).containsExactly("oas-unodc-2025");
	}

	@Test
	void everyVerbWithAnIdArgumentCompletesItsKind() {
		assertThat(complete("org edit cb")).containsExactly("cbss", "cbss-egcr", "cbss-tf-thb");
		assertThat(complete("priorities show oas")).containsExactly("oas-unodc-priorities-2025");
		assertThat(complete("stat remove one")).containsExactly("one-in-three-victims-child-2023");
		assertThat(complete("quote show gehr")).containsExactly("gehrke-2018");
		assertThat(complete("event show icat-briefing")).containsExactly("icat-briefing-2018-06-14",
				"icat-briefing-2023-10-03");
	}

	@Test
	void eventAddCompletesPeopleForChairAndOrganisationsForHosts() {
		assertThat(complete("event add --chair alena")).containsExactly("alena-kupchyna");
		assertThat(complete("event add --hosts ic")).containsExactly("icat", "icmpd");
		assertThat(complete("event add --co-chairs oas,un")).containsExactlyInAnyOrder("oas,un-women", "oas,un-procurement-network",
				"oas,unhcr", "oas,unodc");
		assertThat(complete("event add --moderator=john")).containsExactly("--moderator=john-brandolino");
	}

	@Test
	void optionsThatTakeIdsCompleteInEveryNoun() {
		assertThat(complete("person add --organisation osr")).containsExactly("osrsg-vac");
		assertThat(complete("quote add --person tea")).containsExactly("tea-machaidze");
		assertThat(complete("quote add --event icat-principals")).containsExactly("icat-principals-2020-12-15");
		assertThat(complete("priorities add --owners oa")).containsExactly("oas");
		assertThat(complete("org add --parent os")).containsExactly("osce", "osrsg-vac");
	}

	@Test
	void addProposesNoIdsForItsFirstWord() {
		assertThat(complete("person add ")).isEmpty();
	}

	@Test
	void anIdIsProposedOnlyOnce() {
		assertThat(complete("person show valiant-richey ")).isEmpty();
	}

	@Test
	void optionsThatTakeTextProposeNothing() {
		assertThat(complete("event add --title Br")).isEmpty();
	}

}
