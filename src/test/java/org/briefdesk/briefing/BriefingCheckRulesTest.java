package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefdesk.facts.Event;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of `briefing check`, on a clean briefing (no finding) and with the one fault it looks for. */
class BriefingCheckRulesTest {

	private final Fixture fixture = new Fixture();

	@Test
	void theFixtureIsCleanForEveryRule() {
		List<BriefingCheckRule> rules = List.of(new UnsourcedFigureRule(), new StaleFigureRule(),
				new SupersededFigureRule(), new IncompletePanelistRule(), new EventDateAndVenueRule(),
				new EmptySectionRule(), new DuplicatePersonRule(), new UndatedQuoteRule(), new ValidOnEventDateRule());
		for (BriefingCheckRule rule : rules) {
			assertThat(rule.check(this.fixture.checkContext())).as(rule.getClass().getSimpleName()).isEmpty();
		}
	}

	@Nested
	class UnsourcedFigure {

		private final UnsourcedFigureRule rule = new UnsourcedFigureRule();

		@Test
		void aFigureWithPublicationPublisherAndDateIsSourced() {
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void aWebAddressIsEnoughToFindThePublication() {
			fixture.statistic(new Statistic("membership-31", "ICAT has 31 members.", null, null, null, "UNODC",
					PartialDate.parse("2023"), "https://icat.un.org", List.of(), null));
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void aFigureWithOnlyAPublisherHasNoSourceAReaderCanFind() {
			fixture.statistic(new Statistic("membership-31", "ICAT has 31 members.", null, null, null, "UNODC",
					PartialDate.parse("2023"), null, List.of(), null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.message()).contains("no source, only a publisher (UNODC)")
					.contains("stat edit membership-31 --source TITLE");
			});
		}

		@Test
		void aFigureWithNeitherPublisherNorPublicationIsAnErrorAtItsPosition() {
			fixture.statistic(new Statistic("membership-31", "ICAT has 31 members.", null, null, null, " ",
					PartialDate.parse("2023"), null, List.of(), null));
			List<Finding> findings = this.rule.check(fixture.checkContext());
			assertThat(findings).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.where()).isEqualTo("key figures #2 (membership-31)");
				assertThat(finding.message()).contains("no source").contains("stat edit membership-31");
			});
		}

		@Test
		void aSourceWithoutADateIsAnError() {
			fixture.statistic(new Statistic("one-in-three", "One in three.", null, null, "Global Report", "UNODC", null,
					null, List.of(), null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("no date"));
		}

	}

	@Nested
	class StaleFigure {

		private final StaleFigureRule rule = new StaleFigureRule();

		@Test
		void aSourceFiveYearsBeforeTheEventIsNotStaleWithTheDefaultLimit() {
			fixture.statistic(withYear("one-in-three", 2018));
			assertThat(this.rule.check(fixture.checkContext(5))).isEmpty();
		}

		@Test
		void aSourceSixYearsBeforeTheEventIsAWarningThatSaysHowOld() {
			fixture.statistic(withYear("one-in-three", 2017));
			assertThat(this.rule.check(fixture.checkContext(5))).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.where()).isEqualTo("key figures #1 (one-in-three)");
				assertThat(finding.message()).contains("2017").contains("6 years before the event (2023)")
					.contains("limit is 5");
			});
		}

		@Test
		void theLimitIsTheOneGiven() {
			fixture.statistic(withYear("one-in-three", 2020));
			assertThat(this.rule.check(fixture.checkContext(2))).hasSize(1);
			assertThat(this.rule.check(fixture.checkContext(3))).isEmpty();
		}

		@Test
		void anEventWithoutADateIsJudgedAgainstToday() {
			fixture.event = fixture.eventWith(null, "Vienna International Centre", "Vienna");
			fixture.statistic(withYear("one-in-three", 2020));
			// today is 24 November 2026 in the fixture: 6 years
			assertThat(this.rule.check(fixture.checkContext(5))).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("before today"));
		}

		private Statistic withYear(String id, int year) {
			Statistic s = fixture.statistics.get(id);
			return new Statistic(s.id(), s.statement(), s.value(), s.unit(), s.source(), s.publisher(),
					PartialDate.ofYear(year), s.url(), s.tags(), s.notes());
		}

	}

	@Nested
	class SupersededFigure {

		private final SupersededFigureRule rule = new SupersededFigureRule();

		private Statistic edition(String id, String date, String supersededBy) {
			return new Statistic(id, "ICAT has " + id + " members.", null, null, null, "Members", "UNODC",
					PartialDate.parse(date), "https://icat.un.org/" + id, null, List.of(), null, supersededBy);
		}

		@Test
		void aFigureWithoutANewerEditionIsFine() {
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void aFigureSupersededBeforeTheEventIsAWarningThatNamesTheNewerEdition() {
			fixture.statistic(edition("membership-31", "2022", "membership-33"));
			fixture.statistic(edition("membership-33", "2023-06", null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.rule()).isEqualTo("superseded-figure");
				assertThat(finding.where()).isEqualTo("key figures #2 (membership-31)");
				assertThat(finding.message()).startsWith("superseded by membership-33 (“ICAT has membership-33 members.”, UNODC, June 2023)")
					.contains("`briefing figure add membership-33 --at 2`")
					.contains("`briefing figure remove membership-31`");
			});
		}

		@Test
		void theNewestEditionOutByTheEventIsNamedAlongTheChain() {
			fixture.statistic(edition("membership-31", "2021", "membership-32"));
			fixture.statistic(edition("membership-32", "2022", "membership-33"));
			fixture.statistic(edition("membership-33", "2023-06", "membership-40"));
			fixture.statistic(edition("membership-40", "2030", null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).startsWith("superseded by membership-33 "));
		}

		@Test
		void anEditionPublishedAfterTheEventDoesNotMakeItsFigureStale() {
			fixture.statistic(edition("membership-31", "2022", "membership-33"));
			fixture.statistic(edition("membership-33", "2024", null));
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

	}

	@Nested
	class IncompletePanelist {

		private final IncompletePanelistRule rule = new IncompletePanelistRule();

		@Test
		void aPanelistWithTitleAndOrganisationIsComplete() {
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void aPanelistWithoutTitleIsAWarning() {
			fixture.person(new Person("hanna-antonova", "Ms.", "Hanna Antonova", null, "iom", null, null, null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.where()).isEqualTo("panelists #2 (hanna-antonova)");
				assertThat(finding.message()).contains("Hanna Antonova has no title").contains("person edit hanna-antonova");
			});
		}

		@Test
		void aPanelistWithoutOrganisationIsAWarning() {
			fixture.person(new Person("mukundi-mutasa", "Mr.", "Mukundi Mutasa", "Officer", " ", null, null, null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("no organisation"));
		}

	}

	@Nested
	class EventDateAndVenue {

		private final EventDateAndVenueRule rule = new EventDateAndVenueRule();

		@Test
		void anEventWithDayAndVenueIsFine() {
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void anEventWithoutADateIsAnError() {
			fixture.event = fixture.eventWith(null, "Vienna International Centre", "Vienna");
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.where()).isEqualTo("event (vienna-2023)");
				assertThat(finding.message()).contains("no date");
			});
		}

		@Test
		void aDateKnownOnlyToTheMonthIsAWarning() {
			fixture.event = fixture.eventWith(PartialDate.parse("2024-12"), "Vienna International Centre", "Vienna");
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.message()).contains("December 2024");
			});
		}

		@Test
		void anEventWithoutVenueIsAWarning() {
			fixture.event = fixture.eventWith(PartialDate.parse("2023-10-03"), null, null);
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.message()).contains("no venue and no city");
			});
		}

	}

	@Nested
	class ValidOnEventDate {

		private final ValidOnEventDateRule rule = new ValidOnEventDateRule();

		private PrioritySet setValid(String from, String until) {
			return new PrioritySet("oas-unodc-2025", "OAS–UNODC co-chairpersonship priorities", List.of("oas", "unodc"),
					PartialDate.parse(from), until == null ? null : PartialDate.parse(until), List.of("Survivors"), null,
					null);
		}

		@Test
		void prioritiesValidOnTheEventsDateAndCoChairsOfTheEventAreFine() {
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void prioritiesThatHoldOnlyInAnotherYearAreAWarningNamingTheirPeriod() {
			fixture.prioritySet = setValid("2025", "2025");
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.rule()).isEqualTo("valid-on-event-date");
				assertThat(finding.where()).isEqualTo("section priorities");
				assertThat(finding.message()).contains("hold for 2025")
					.contains("not on the event's date (3 October 2023)")
					.contains("briefing priorities set");
			});
		}

		@Test
		void prioritiesThatEndedBeforeTheEventAreAWarning() {
			fixture.prioritySet = setValid("2019", "2020");
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("hold for 2019–2020"));
		}

		@Test
		void prioritiesWithoutAnEndHoldFromTheirStartOn() {
			fixture.prioritySet = setValid("2020", null);
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
			fixture.prioritySet = setValid("2024", null);
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("2024 onwards"));
		}

		@Test
		void anEventKnownToTheMonthCountsAsEveryDayOfIt() {
			fixture.prioritySet = setValid("2024-12", "2025");
			fixture.event = fixture.eventWith(PartialDate.parse("2024-12"), "Vienna International Centre", "Vienna");
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
			fixture.prioritySet = setValid("2025", "2025");
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("December 2024"));
		}

		@Test
		void aCoChairWhoseOrganisationDoesNotCoChairOnTheEventsDateIsAWarning() {
			fixture.briefing.panelists(List.of(new Panelist("mukundi-mutasa", PanelRole.CO_CHAIR),
					new Panelist("hanna-antonova", PanelRole.CO_CHAIR)));
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.where()).isEqualTo("panelists #1 (mukundi-mutasa)");
				assertThat(finding.message()).contains("Mukundi Mutasa is on the panel as co-chair")
					.contains("UNODC does not co-chair on the event's date (3 October 2023: IOM and OSRSG-VAC)");
			});
		}

		@Test
		void coChairsTheEventNamesThatMatchTheChairpersonshipOfItsDateAreFine() {
			fixture.chairpersonship("iom-osrsg-vac-2023", "2023", "2023", "osrsg-vac", "iom");
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void coChairsTheEventNamesThatAreNotTheChairpersonshipOfItsDateAreAWarningWithTheFix() {
			fixture.chairpersonship("iom-osrsg-vac-2023", "2023", "2023", "iom", "osrsg-vac")
				.chairpersonship("oas-unodc-2025", "2025", null, "oas", "unodc");
			fixture.event = fixture.eventWith(PartialDate.parse("2025-10-08"), "Vienna International Centre", "Vienna");
			fixture.prioritySet = setValid("2025", "2025");
			fixture.briefing.panelists(List.of(new Panelist("mukundi-mutasa", PanelRole.SPEAKER)));
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.rule()).isEqualTo("valid-on-event-date");
				assertThat(finding.where()).isEqualTo("event (vienna-2023)");
				assertThat(finding.message()).isEqualTo("the event names IOM and OSRSG-VAC as co-chairs, but on the "
						+ "event's date (8 October 2025) the co-chairs are OAS and UNODC (chairpersonship oas-unodc-2025, "
						+ "2025 onwards); `event edit vienna-2023 --co-chairs oas,unodc`");
			});
		}

		@Test
		void coChairsWhoseChairpersonshipIsOfAnotherPeriodAreAWarningWhenNoneIsRecordedForTheDate() {
			fixture.chairpersonship("osce-un-women-2019", "2019", "2020", "osce", "un-women");
			fixture.event = fixture.eventWithCoChairs("osce", "un-women");
			fixture.briefing.panelists(List.of(new Panelist("mukundi-mutasa", PanelRole.SPEAKER)));
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("the event names OSCE and UN-WOMEN as co-chairs")
					.contains("hold the chairpersonship osce-un-women-2019 for 2019–2020, not on the event's date (3 October 2023)"));
		}

		@Test
		void namedCoChairsThatNoChairpersonshipRecordsAreNotJudged() {
			fixture.chairpersonship("osce-un-women-2019", "2019", "2020", "osce", "un-women");
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void aPanelCoChairIsJudgedAgainstTheChairpersonshipOfTheDateWhenTheEventNamesNone() {
			fixture.event = fixture.eventWithCoChairs();
			fixture.chairpersonship("oas-unodc-2023", "2023", "2023", "oas", "unodc");
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.where()).isEqualTo("panelists #2 (hanna-antonova)");
				assertThat(finding.message()).contains("IOM does not co-chair on the event's date (3 October 2023: OAS and UNODC)");
			});
		}

		@Test
		void anEventThatNamesNoCoChairsIsNotJudged() {
			Event e = fixture.event;
			fixture.event = new Event(e.id(), e.title(), e.kind(), e.date(), null, null, null, e.venue(), e.city(),
					null, null, null, List.of(), List.of(), List.of(), null, null, null);
			fixture.briefing.panelists(List.of(new Panelist("mukundi-mutasa", PanelRole.CO_CHAIR)));
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

	}

	@Nested
	class EmptySection {

		private final EmptySectionRule rule = new EmptySectionRule();

		@Test
		void sectionsWithContentAreNotFlagged() {
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void anEmptyTextSectionIsAWarningWithTheCommandThatFillsIt() {
			fixture.briefing.talkingPoints(List.of());
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.where()).isEqualTo("section talking-points");
				assertThat(finding.message()).contains("briefing text add talking-points")
					.contains("briefing section remove talking-points");
			});
		}

		@Test
		void prioritiesWithoutASetAreEmpty() {
			fixture.briefing.prioritySetId(null);
			assertThat(this.rule.check(fixture.checkContext())).extracting(Finding::where)
				.containsExactly("section priorities");
		}

		@Test
		void sourcesAreEmptyWhenNoFigureOrQuoteIsSourced() {
			fixture.briefing.figureIds(List.of()).quoteIds(List.of());
			assertThat(this.rule.check(fixture.checkContext())).extracting(Finding::where)
				.containsExactly("section figures", "section quotes", "section sources");
		}

		@Test
		void anEmptySectionThatIsNotInTheBriefingIsNotFlagged() {
			fixture.briefing.logistics(List.of()).sections(BriefingLayout.SHORT.sections());
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

	}

	@Nested
	class DuplicatePerson {

		private final DuplicatePersonRule rule = new DuplicatePersonRule();

		@Test
		void differentPeopleAreFine() {
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void aPersonOnThePanelTwiceIsAnErrorNamingBothPositions() {
			fixture.briefing.panelists(List.of(new Panelist("mukundi-mutasa", PanelRole.SPEAKER),
					new Panelist("hanna-antonova", PanelRole.CO_CHAIR), new Panelist("mukundi-mutasa", PanelRole.MODERATOR)));
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.where()).isEqualTo("panelists #1 (mukundi-mutasa)");
				assertThat(finding.message()).contains("Mukundi Mutasa is on the panel 2 times (#1, #3)")
					.contains("briefing panelist remove 3");
			});
		}

	}

	@Nested
	class UndatedQuote {

		private final UndatedQuoteRule rule = new UndatedQuoteRule();

		@Test
		void aDatedQuoteIsFine() {
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void aQuoteWithoutADateIsAWarning() {
			fixture.quote(new Quote("machaidze", "tea-machaidze", "One in three.", null, null, null, null, null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.where()).isEqualTo("quotes #1 (machaidze)");
				assertThat(finding.message()).contains("no date").contains("quote edit machaidze");
			});
		}

	}

	@Nested
	class LookalikeSources {

		private final LookalikeSourcesRule rule = new LookalikeSourcesRule();

		private Quote quoteCiting(String title, String publisher, String date, String url) {
			return new Quote("machaidze", "tea-machaidze", "One in three.", PartialDate.parse("2023-10-03"), null, null,
					title, publisher, date == null ? null : PartialDate.parse(date), url, null);
		}

		@Test
		void factsCitingOneSourceInTheSameWordsAreFine() {
			fixture.quote(quoteCiting("Global Report on Trafficking in Persons", "UNODC", "2022",
					"https://www.unodc.org/glotip"));
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

		@Test
		void twoSourcesWithTheSamePublisherAndDateButDifferentTitlesAreAWarning() {
			fixture.quote(quoteCiting("GLOTIP 2022", "unodc", "2022", null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement().satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.rule()).isEqualTo(LookalikeSourcesRule.ID);
				assertThat(finding.where()).isEqualTo("quotes #1 (machaidze)");
				assertThat(finding.message()).contains("same publisher and date")
					.contains("Global Report on Trafficking in Persons")
					.contains("key figures #1 (one-in-three)")
					.contains("quote edit machaidze");
			});
		}

		@Test
		void titlesEqualOnceCaseAccentsAndPunctuationAreSetAsideAreAWarning() {
			fixture.quote(quoteCiting("Global report on trafficking in persons.", "United Nations", "2024", null));
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("same title"));
		}

		@Test
		void theSameUrlCitedInOtherWordsIsAWarning() {
			fixture.quote(quoteCiting("GLOTIP", "United Nations", "2024", "http://unodc.org/glotip/"));
			assertThat(this.rule.check(fixture.checkContext())).singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("same url"));
		}

		@Test
		void differentDocumentsAreFine() {
			fixture.quote(quoteCiting("Briefing on ICAT", "UNODC", "2023-10-03", null));
			assertThat(this.rule.check(fixture.checkContext())).isEmpty();
		}

	}

}
