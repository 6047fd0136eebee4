package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.PrioritySetRepository;
import org.briefdesk.facts.QuoteRepository;
import org.briefdesk.facts.StatisticRepository;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

/** The priorities, stat, quote and event nouns. */
@BriefdeskTest
class OtherFactCommandsTest {

	@Autowired
	ShellTestClient client;

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	FactLibrary library;

	@Autowired
	PrioritySetRepository priorities;

	@Autowired
	StatisticRepository statistics;

	@Autowired
	QuoteRepository quotes;

	@Autowired
	EventRepository events;

	@AfterEach
	void removeWhatTheTestsAdded() {
		this.quotes.ids().stream().filter(id -> id.startsWith("cmd-")).forEach(id -> this.library.remove(FactKind.QUOTE, id));
		this.events.ids().stream().filter(id -> id.startsWith("cmd-")).forEach(id -> this.library.remove(FactKind.EVENT, id));
		this.priorities.ids().stream().filter(id -> id.startsWith("cmd-")).forEach(id -> this.library.remove(FactKind.PRIORITY_SET, id));
		this.statistics.ids().stream().filter(id -> id.startsWith("cmd-")).forEach(id -> this.library.remove(FactKind.STATISTIC, id));
	}

	private String screen(String command) throws Exception {
		return String.join("\n", this.client.sendCommand(command).lines());
	}

	@Test
	void prioritiesShowListsThePrioritiesInOrder() throws Exception {
		String text = screen("priorities show oas-unodc-priorities-2025");
		assertThat(text).contains("1. Integrating the voices of survivors in all initiatives.")
			.contains("6. Considering the intersectionality with vulnerable groups and minorities.")
			.contains("oas (OAS), unodc (UNODC)");
	}

	@Test
	void prioritiesAddTakesItemsSeparatedByBars() {
		CommandRun.Result result = CommandRun.run(this.dispatcher,
				"priorities add --id cmd-set --title \"Test set\" --owners iom,osrsg-vac --from 2023 --until 2023 --items \"Data and research | Survivor engagement\"");
		assertThat(result.exitCode()).isZero();
		assertThat(this.priorities.findById("cmd-set").orElseThrow().priorities()).containsExactly("Data and research",
				"Survivor engagement");
	}

	@Test
	void prioritiesAddRefusesAnEndBeforeTheStart() {
		CommandRun.Result result = CommandRun.run(this.dispatcher,
				"priorities add --id cmd-set --title T --from 2025 --until 2024 --items A");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).contains("'until' (2024) is before 'from' (2025)");
	}

	@Test
	void statListShowsStatementsWithTheirSources() throws Exception {
		assertThat(screen("stat list")).contains("One in three detected victims is a child.").contains("PUBLISHER", "UNODC", "2023-10-03");
	}

	@Test
	void statAddNeedsAPublisherAndADate() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "stat add --statement \"Many people.\"");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.error()).contains("--publisher");
	}

	@Test
	void statAddDerivesTheIdFromTheStatement() {
		CommandRun.Result result = CommandRun.run(this.dispatcher,
				"stat add --statement \"Cmd: 40 million people are in modern slavery.\" --value 40000000 --publisher ILO --source-date 2022 --tags slavery");
		// At most 32 characters of whole words, without 'are' and 'in'.
		assertThat(result.output()).contains("added statistic 'cmd-40-million-people-modern'");
	}

	@Test
	void statAddRefusesADateThatIsNoDate() {
		CommandRun.Result result = CommandRun.run(this.dispatcher,
				"stat add --statement S --publisher P --source-date yesterday");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.error()).startsWith("--source-date: 'yesterday' is not a date");
	}

	@Test
	void quoteShowPrintsTheWordsInFull() throws Exception {
		assertThat(screen("quote show tea-machaidze-2023-2"))
			.contains("One in three detected victims is a child. As such, anti-trafficking communities need to step up")
			.contains("tea-machaidze (Tea Machaidze)");
	}

	@Test
	void quoteAddAndRemove() {
		CommandRun.Result added = CommandRun.run(this.dispatcher,
				"quote add --id cmd-quote --person gehrke --text \"Partnering works.\" --date 2018-06-14 --event icat-briefing-2018-06-14");
		assertThat(added.exitCode()).isZero();
		assertThat(CommandRun.run(this.dispatcher, "quote remove cmd-quote").output()).contains("removed quote 'cmd-quote'");
	}

	@Test
	void eventListShowsTheFiveEvents() throws Exception {
		assertThat(screen("event list")).contains("icat-briefing-2018-06-14", "osce-icat-side-event-2019-12-05",
				"icat-principals-2020-12-15", "icat-briefing-2023-10-03", "icat-representatives-2024-12");
	}

	@Test
	void eventListFiltersBySeries() throws Exception {
		assertThat(screen("event list --series icat-briefings")).contains("icat-briefing-2023-10-03")
			.doesNotContain("icat-principals-2020-12-15");
	}

	@Test
	void eventShowJsonHasTheChairAndCoChairs() throws Exception {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "event show --json icat-briefing-2018-06-14");
		JsonNode event = new ObjectMapper().readTree(result.output());
		assertThat(event.get("chair").asText()).isEqualTo("alena-kupchyna");
		assertThat(event.get("date").asText()).isEqualTo("2018-06-14");
	}

	@Test
	void eventAddChecksItsPeopleAndOrganisations() {
		CommandRun.Result result = CommandRun.run(this.dispatcher,
				"event add --id cmd-event --title Briefing --date 2026-03-12 --time 15:00 --time-zone Europe/Vienna --chair nobody --hosts icat,unodc");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).isEqualTo("event 'cmd-event': no person 'nobody' (`person list` shows the ids)");
	}

	@Test
	void eventAddAndEdit() {
		assertThat(CommandRun.run(this.dispatcher,
				"event add --id cmd-event --title Briefing --date 2026-03-12 --chair alena-kupchyna --co-chairs oas,unodc")
			.exitCode()).isZero();
		CommandRun.run(this.dispatcher, "event edit cmd-event --speakers tea-machaidze,valiant-richey --city Vienna");
		var event = this.events.findById("cmd-event").orElseThrow();
		assertThat(event.speakerIds()).containsExactly("tea-machaidze", "valiant-richey");
		assertThat(event.coChairIds()).containsExactly("oas", "unodc");
		assertThat(event.city()).isEqualTo("Vienna");
	}

	@Test
	void eventRemoveRefusesWhileQuotesWereSaidAtIt() {
		CommandRun.Result result = CommandRun.run(this.dispatcher, "event remove icat-briefing-2023-10-03");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.error()).contains("quote 'tea-machaidze-2023' (said at it)");
	}

	@Test
	void searchFindsPeopleWhateverTheAccents() throws Exception {
		assertThat(screen("search poznanski")).contains("grzegorz-poznanski");
		assertThat(screen("search machaidze")).contains("tea-machaidze");
		assertThat(screen("search asa")).contains("asa-regner");
	}

	@Test
	void searchByKind() throws Exception {
		String text = screen("search vienna --kind event");
		assertThat(text).contains("icat-briefing-2018-06-14").doesNotContain("person ");
	}

	@Test
	void searchWithoutWordsIsAUsageError() {
		assertThat(CommandRun.run(this.dispatcher, "search").exitCode()).isEqualTo(2);
	}

	@Test
	void searchJsonIsJson() throws Exception {
		JsonNode found = new ObjectMapper().readTree(CommandRun.run(this.dispatcher, "search richey --json").output());
		assertThat(found.isArray()).isTrue();
		assertThat(found.get(0).get("id").asText()).isEqualTo("valiant-richey");
	}

}
