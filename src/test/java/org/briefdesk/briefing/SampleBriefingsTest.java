package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A fresh library holds one complete briefing for each sample event, ready to preview and export. */
@BriefdeskTest
@BothStores
class SampleBriefingsTest {

	private static final List<String> SAMPLES = List.of("icat-briefing-2018", "osce-side-event-2019",
			"icat-principals-2020", "icat-briefing-2023", "oas-unodc-cochairpersonship-2025");

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	BriefingParts parts;

	@Autowired
	BriefingChecks checks;

	@Autowired
	BriefingPackModels models;

	@Test
	void everySampleEventHasItsBriefing() {
		assertThat(this.briefings.ids()).containsAll(SAMPLES);
		assertThat(SAMPLES.stream().map(id -> this.briefings.get(id).eventId()).distinct()).hasSize(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void aSampleBriefingPassesTheCheckWithoutErrors(String id) {
		BriefingChecks.Report report = this.checks.check(id, null);
		assertThat(report.findings()).filteredOn(finding -> finding.severity() == Severity.ERROR).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void aSampleBriefingHasNoEmptySection(String id) {
		assertThat(this.checks.check(id, null).findings()).extracting(Finding::rule).doesNotContain(EmptySectionRule.ID);
	}

	@Test
	void theViennaBriefingOf2023HasItsCoChairsSpeakersAndTheFigureOnChildren() {
		PackModel model = this.models.forBriefing("icat-briefing-2023");
		assertThat(model.event().date()).isEqualTo("Tuesday, 3 October 2023");
		assertThat(model.event().coChairs()).isEqualTo("IOM and OSRSG-VAC");
		assertThat(model.panelists()).extracting(PackModel.PanelistView::name)
			.containsExactly("Mukundi Mutasa", "Hanna Antonova", "Tea Machaidze");
		assertThat(model.figures()).extracting(PackModel.FigureView::statement)
			.contains("One in three detected victims is a child.");
		PackModel.FigureView child = model.figures().get(0);
		assertThat(model.sources().get(child.note() - 1).citation()).isEqualTo(
				"UNODC, “Briefing on the Inter-Agency Coordination Group against Trafficking in Persons”, 3 October 2023");
		assertThat(model.priorities()).hasSize(6);
		assertThat(model.purpose()).isNotEmpty();
		assertThat(model.programme()).isNotEmpty();
		assertThat(model.talkingPoints()).isNotEmpty();
		assertThat(model.logistics()).isNotEmpty();
	}

	@Test
	void theViennaBriefingOf2023CitesTheUnodcPageOnceForItsFiguresAndItsQuotes() {
		PackModel model = this.models.forBriefing("icat-briefing-2023");
		assertThat(model.figures()).isNotEmpty().extracting(PackModel.FigureView::note).containsOnly(1);
		assertThat(model.quotes()).isNotEmpty().extracting(PackModel.QuoteView::note).containsOnly(1);
		assertThat(model.sources()).singleElement()
			.satisfies(source -> assertThat(source.citation()).startsWith("UNODC, “Briefing on the Inter-Agency"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "icat-briefing-2018", "osce-side-event-2019", "icat-principals-2020", "icat-briefing-2023",
			"oas-unodc-cochairpersonship-2025" })
	void aSampleBriefingListsEachSourceOnceAndEveryNoteIsInTheList(String id) {
		PackModel model = this.models.forBriefing(id);
		assertThat(model.sources()).extracting(PackModel.SourceView::citation).doesNotHaveDuplicates();
		assertThat(model.sources()).extracting(PackModel.SourceView::number)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, model.sources().size()).boxed().toList());
		model.figures().forEach(figure -> assertThat(figure.note()).isBetween(1, model.sources().size()));
		model.quotes().forEach(quote -> assertThat(quote.note()).isBetween(1, model.sources().size()));
		assertThat(this.checks.check(id, null).findings()).extracting(Finding::rule)
			.doesNotContain(LookalikeSourcesRule.ID);
	}

	@Test
	void thePrincipalsMeetingPrintsMoreThan20OrganisationsAsOnePhrase() {
		PackModel model = this.models.forBriefing("icat-principals-2020");
		assertThat(model.figures()).extracting(PackModel.FigureView::value).contains("more than 20 organisations");
		assertThat(this.models.forBriefing("icat-briefing-2018").figures()).extracting(PackModel.FigureView::value)
			.contains("21 of 23 organisations");
	}

}
