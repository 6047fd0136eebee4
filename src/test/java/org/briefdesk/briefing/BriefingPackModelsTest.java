package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

import org.briefdesk.facts.Event;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.SourceView;
import org.junit.jupiter.api.Test;

/** The pack model a briefing gives the Word and PDF exports. */
class BriefingPackModelsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private final Fixture fixture = new Fixture();

	private PackModel model() {
		return new BriefingPackModels(null, Clock.systemUTC()).build(this.fixture.contents(), TODAY);
	}

	@Test
	void theEventDateIsSpelledOutInEnglishWithItsWeekday() {
		assertThat(model().event().date()).isEqualTo("Tuesday, 3 October 2023");
		assertThat(model().event().dateIso()).isEqualTo("2023-10-03");
	}

	@Test
	void aDateKnownOnlyToTheMonthIsSpelledAsFarAsKnown() {
		this.fixture.event = this.fixture.eventWith(PartialDate.parse("2024-12"), "Vienna International Centre", "Vienna");
		assertThat(model().event().date()).isEqualTo("December 2024");
	}

	@Test
	void theTimeShowsTheRangeAndTheZoneAsPeopleReadIt() {
		assertThat(model().event().time()).isEqualTo("13:15–14:30 (CEST)");
	}

	@Test
	void theCoChairsLineNamesTheCoChairsByAcronym() {
		assertThat(model().event().coChairs()).isEqualTo("IOM and OSRSG-VAC");
		assertThat(model().coChairs()).extracting(PackModel.OrganisationView::acronym).containsExactly("IOM", "OSRSG-VAC");
	}

	@Test
	void hostsAreShownAsHostsAndNeverAsCoChairs() {
		Event e = this.fixture.event;
		this.fixture.event = new Event(e.id(), e.title(), e.kind(), e.date(), e.startTime(), e.endTime(), e.timeZone(),
				e.venue(), e.city(), e.country(), e.chairId(), e.moderatorId(), List.of("icat"), List.of(),
				e.speakerIds(), e.marginsOf(), e.series(), e.notes());
		PackModel model = model();
		assertThat(model.coChairs()).isEmpty();
		assertThat(model.event().coChairs()).isEmpty();
		assertThat(model.hosts()).extracting(PackModel.OrganisationView::acronym).containsExactly("ICAT");
		assertThat(model.event().hosts()).isEqualTo("ICAT");
	}

	@Test
	void headingsAreNumberedOverTheSectionsThePackHas() {
		this.fixture.briefing.sections(List.of(SectionKind.COVER, SectionKind.PANELISTS, SectionKind.FIGURES,
				SectionKind.SOURCES));
		PackModel model = model();
		assertThat(model.headings().panelists()).isEqualTo("1. Panelists");
		assertThat(model.headings().figures()).isEqualTo("2. Key figures");
		assertThat(model.headings().sources()).isEqualTo("3. Sources");
		assertThat(model.headings().purpose()).isEmpty();
		assertThat(model.contents()).extracting(PackModel.ContentsEntry::anchor)
			.containsExactly("panelists", "figures", "sources");
	}

	@Test
	void theVenueLineNamesTheCityOnceWhenTheVenueAlreadyNamesIt() {
		this.fixture.event = this.fixture.eventWith(PartialDate.parse("2018-06-14"), "United Nations Office in Vienna",
				"Vienna");
		assertThat(model().event().place()).isEqualTo("United Nations Office in Vienna, Austria");
		this.fixture.event = this.fixture.eventWith(PartialDate.parse("2018-06-14"), "Hofburg", "Vienna");
		assertThat(model().event().place()).isEqualTo("Hofburg, Vienna, Austria");
	}

	@Test
	void panelistsAreNumberedInOrderWithHonorificAndNameAsFullName() {
		assertThat(model().panelists()).extracting(PackModel.PanelistView::number, PackModel.PanelistView::fullName,
				PackModel.PanelistView::role, PackModel.PanelistView::organisationAcronym)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Mr. Mukundi Mutasa", "Speaker", "UNODC"),
					org.assertj.core.groups.Tuple.tuple(2, "Ms. Hanna Antonova", "Co-chair", "IOM"));
	}

	@Test
	void aPanelistWithTheChairRoleIsTheChair() {
		this.fixture.briefing.panelists(List.of(new Panelist("tea-machaidze", PanelRole.CHAIR)));
		assertThat(model().chair().fullName()).isEqualTo("Ms. Tea Machaidze");
		assertThat(model().chair().organisation())
			.isEqualTo("Office of the Special Representative of the Secretary-General on Violence against Children");
	}

	@Test
	void figuresShareTheNoteOfTheSameSourceAndSourcesAreListedOnce() {
		PackModel model = model();
		assertThat(model.figures()).extracting(PackModel.FigureView::note).containsExactly(1, 1);
		assertThat(model.figures().get(1).value()).isEqualTo("31 organizations");
		assertThat(model.figures().get(0).sourceYear()).isEqualTo("2022");
		assertThat(model.sources()).extracting(SourceView::number, SourceView::citation, SourceView::url)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(1, "UNODC, “Global Report on Trafficking in Persons”, 2022",
							"https://www.unodc.org/glotip"),
					org.assertj.core.groups.Tuple.tuple(2, "UNODC, 3 October 2023", ""));
	}

	@Test
	void aFigurePrintsItsQualifierValueAndUnitAsOnePhrase() {
		this.fixture.statistic(new Statistic("membership-31", "More than 20 organisations endorsed the Plan.", "more than",
				new BigDecimal("20"), "organisations", "The CBSS becomes part of ICAT", "CBSS", PartialDate.parse("2020-12"),
				null, null, List.of(), null));
		assertThat(model().figures().get(1).value()).isEqualTo("more than 20 organisations");
	}

	@Test
	void aFigureWithoutANumberHasNoValueEvenWithAQualifier() {
		this.fixture.statistic(new Statistic("one-in-three", "One in three.", "about", null, "victims", "Report", "UNODC",
				PartialDate.parse("2022"), null, null, List.of(), null));
		assertThat(model().figures().get(0).value()).isEmpty();
	}

	@Test
	void aFigureAndAQuoteFromOneDocumentShareOneSourceNumber() {
		this.fixture.quote(new Quote("machaidze", "tea-machaidze", "One in three detected victims is a child.",
				PartialDate.parse("2023-10-03"), "Briefing on ICAT", null, "Global Report on Trafficking in Persons",
				"UNODC", PartialDate.parse("2022"), "https://www.unodc.org/glotip", null));
		PackModel model = model();
		assertThat(model.figures()).extracting(PackModel.FigureView::note).containsExactly(1, 1);
		assertThat(model.quotes()).extracting(PackModel.QuoteView::note).containsExactly(1);
		assertThat(model.sources()).hasSize(1);
	}

	@Test
	void twoCitationsOfOneWebAddressAreOneSourceListedInTheFirstCitationsWords() {
		this.fixture.quote(new Quote("machaidze", "tea-machaidze", "One in three detected victims is a child.",
				PartialDate.parse("2023-10-03"), null, null, "GLOTIP", "UNODC", PartialDate.parse("2022"),
				"http://unodc.org/glotip/", null));
		PackModel model = model();
		assertThat(model.quotes().get(0).note()).isEqualTo(1);
		assertThat(model.sources()).singleElement()
			.satisfies(source -> assertThat(source.citation()).contains("Global Report on Trafficking in Persons"));
	}

	@Test
	void aQuoteCarriesTheNoteOfItsSourceAndItsSpeakersTitle() {
		PackModel.QuoteView quote = model().quotes().get(0);
		assertThat(quote.note()).isEqualTo(2);
		assertThat(quote.speaker()).isEqualTo("Tea Machaidze");
		assertThat(quote.speakerTitle()).isEqualTo("Child Protection Officer, OSRSG-VAC");
		assertThat(quote.date()).isEqualTo("3 October 2023");
	}

	@Test
	void aFigureWithoutSourceHasNoNote() {
		this.fixture.statistic(new org.briefdesk.facts.Statistic("one-in-three", "One in three.", null, null, null,
				null, PartialDate.parse("2023"), null, List.of(), null));
		PackModel model = model();
		assertThat(model.figures().get(0).note()).isZero();
		assertThat(model.figures().get(1).note()).isEqualTo(1);
	}

	@Test
	void theProgrammeShowsTimesWithADashAndSpeakersWithTheirNames() {
		assertThat(model().programme()).extracting(PackModel.AgendaItem::time, PackModel.AgendaItem::item,
				PackModel.AgendaItem::speakers)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("13:15–13:25", "Opening", "Mr. Mukundi Mutasa"),
					org.assertj.core.groups.Tuple.tuple("", "Questions", "Member States"));
	}

	@Test
	void prioritiesAreNumberedUnderTheSetsTitleOwnerAndPeriod() {
		PackModel model = model();
		assertThat(model.prioritySet().title()).isEqualTo("ICAT priorities in 2023");
		assertThat(model.prioritySet().owner()).isEqualTo("ICAT");
		assertThat(model.prioritySet().period()).isEqualTo("2023");
		assertThat(model.priorities()).extracting(PackModel.NumberedText::number).containsExactly(1, 2);
	}

	@Test
	void aSectionTheBriefingDoesNotHaveGivesEmptyValues() {
		this.fixture.briefing.sections(List.of(SectionKind.COVER, SectionKind.PANELISTS));
		PackModel model = model();
		assertThat(model.purpose()).isEmpty();
		assertThat(model.programme()).isEmpty();
		assertThat(model.figures()).isEmpty();
		assertThat(model.quotes()).isEmpty();
		assertThat(model.priorities()).isEmpty();
		assertThat(model.prioritySet().title()).isEmpty();
		assertThat(model.talkingPoints()).isEmpty();
		assertThat(model.logistics()).isEmpty();
		assertThat(model.sources()).isEmpty();
		assertThat(model.panelists()).hasSize(2);
	}

	@Test
	void withoutASourcesSectionFiguresCarryNoNoteNumbers() {
		this.fixture.briefing.sections(List.of(SectionKind.COVER, SectionKind.FIGURES));
		assertThat(model().figures()).extracting(PackModel.FigureView::note).containsOnly(0);
	}

	@Test
	void aFactEditedLaterShowsUpInTheModel() {
		this.fixture.person(new Person("hanna-antonova", "Dr.", "Hanna Antonova", "Chief of Mission", "iom", null,
				null, null));
		assertThat(model().panelists().get(1).fullName()).isEqualTo("Dr. Hanna Antonova");
		assertThat(model().panelists().get(1).title()).isEqualTo("Chief of Mission");
	}

	@Test
	void theGenerationDateIsSpelledOutAndInIso() {
		assertThat(model().generatedOn()).isEqualTo("24 November 2026");
		assertThat(model().generatedOnIso()).isEqualTo("2026-11-24");
	}

	@Test
	void noValueIsNullEvenWhenTheFactsKnowLittle() {
		this.fixture.event = new Event("bare", "A meeting", null, null, null, null, null, null, null, null, null, null,
				List.of(), List.of(), List.of(), null, null, null);
		this.fixture.person(new Person("mukundi-mutasa", null, "Mukundi Mutasa", null, null, null, null, null));
		this.fixture.quote(new Quote("machaidze", "tea-machaidze", "Words.", null, null, null, null, null));
		this.fixture.briefing.prioritySetId(null);
		assertNoNulls(model(), "model");
	}

	@Test
	void anEventTimeWithoutZoneOrEndIsJustTheStart() {
		Event e = this.fixture.event;
		this.fixture.event = new Event(e.id(), e.title(), e.kind(), e.date(), LocalTime.of(9, 0), null, null, e.venue(),
				e.city(), e.country(), null, null, e.hostIds(), e.coChairIds(), e.speakerIds(), null, null, null);
		assertThat(model().event().time()).isEqualTo("09:00");
	}

	private static void assertNoNulls(Object value, String path) {
		assertThat(value).as(path).isNotNull();
		if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				try {
					assertNoNulls(component.getAccessor().invoke(record), path + "." + component.getName());
				}
				catch (ReflectiveOperationException impossible) {
					throw new AssertionError(impossible);
				}
			}
		}
		else if (value instanceof Collection<?> collection) {
			int i = 0;
			for (Object element : collection) {
				assertNoNulls(element, path + "[" + i++ + "]");
			}
		}
	}

}
