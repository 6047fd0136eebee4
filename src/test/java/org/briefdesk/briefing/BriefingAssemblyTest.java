package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.briefdesk.briefing.BriefingLifecycle.NewBriefing;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.EventRepository;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.facts.StatisticRepository;
import org.briefdesk.support.BothStores;
import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.BriefingCleanup;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Assembling briefings against the sample library, without the shell. The library is shared
 * with other test classes: each test works on briefings (and facts) of its own.
 */
@BriefdeskTest
@BothStores
class BriefingAssemblyTest {

	private static final String VIENNA = "icat-briefing-2023-10-03";

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	BriefingParts parts;

	@Autowired
	BriefingPackModels models;

	@Autowired
	PersonRepository people;

	@Autowired
	EventRepository events;

	@Autowired
	StatisticRepository statistics;

	@Autowired
	FactLibrary library;

	@Autowired
	FactRepositories repositories;

	@AfterEach
	void putTheLibraryBack() {
		BriefingCleanup.removeAddedBriefingsAndFacts(this.briefings, this.lifecycle, this.library, this.repositories, "svc-");
	}

	private Briefing create(String id) {
		return this.lifecycle.create(new NewBriefing(id, VIENNA, "Test briefing", null, null, BriefingLayout.FULL,
				List.of(new Panelist("mukundi-mutasa", PanelRole.SPEAKER), new Panelist("hanna-antonova", PanelRole.CO_CHAIR),
						new Panelist("tea-machaidze", PanelRole.CO_CHAIR)),
				"icat-priorities-2023", List.of("one-in-three-victims-child-2023", "icat-31-organizations-2023"),
				List.of("tea-machaidze-2023-2"), List.of("Purpose."), List.of("Point one.", "Point two."), List.of()));
	}

	// ---- creating

	@Test
	void aNewBriefingHasTheSectionsOfItsLayoutInOrder() {
		Briefing briefing = this.lifecycle.create(new NewBriefing("svc-short", VIENNA, null, null, null,
				BriefingLayout.SHORT, List.of(), null, null, null, null, null, null));
		assertThat(this.briefings.get("svc-short").sections()).containsExactly(SectionKind.COVER, SectionKind.PURPOSE,
				SectionKind.PANELISTS, SectionKind.FIGURES, SectionKind.TALKING_POINTS, SectionKind.SOURCES);
		assertThat(briefing.title()).isEqualTo("Briefing on the Inter-Agency Coordination Group against Trafficking in Persons");
	}

	@Test
	void whatANewBriefingIsGivenByNameIsShownEvenWhenTheLayoutLeavesItOut() {
		this.lifecycle.create(new NewBriefing("svc-given", VIENNA, null, null, null, BriefingLayout.PROGRAMME_ONLY,
				List.of(), "icat-priorities-2023", List.of("one-in-three-victims-child-2023"), null, null, null, null));
		assertThat(this.briefings.get("svc-given").sections()).containsExactly(SectionKind.COVER, SectionKind.PROGRAMME,
				SectionKind.PANELISTS, SectionKind.PRIORITIES, SectionKind.FIGURES, SectionKind.LOGISTICS);
	}

	@Test
	void withoutAPanelANewBriefingTakesTheEventsChairModeratorAndSpeakers() {
		this.lifecycle.create(NewBriefing.forEvent("icat-briefing-2018-06-14"));
		// The event's id says "briefing" already: the briefing takes it as it is.
		Briefing briefing = this.briefings.get("icat-briefing-2018-06-14");
		assertThat(briefing.panelists()).containsExactly(new Panelist("alena-kupchyna", PanelRole.CHAIR),
				new Panelist("yury-fedotov", PanelRole.SPEAKER), new Panelist("madina-jarbussynova", PanelRole.SPEAKER),
				new Panelist("gehrke", PanelRole.SPEAKER));
	}

	@Test
	void aSecondBriefingForTheSameEventGetsTheNextFreeId() {
		Briefing first = this.lifecycle.create(NewBriefing.forEvent("osce-icat-side-event-2019-12-05"));
		Briefing second = this.lifecycle.create(NewBriefing.forEvent("osce-icat-side-event-2019-12-05"));
		// "-briefing" would pass 32 characters: the event's id, then whole words, the date and a number.
		assertThat(first.id()).isEqualTo("osce-icat-side-event-2019-12-05");
		assertThat(second.id()).isEqualTo("osce-icat-side-2019-12-05-2");
	}

	@Test
	void aNewBriefingForAnUnknownEventIsRefusedAndNothingIsStored() {
		int before = this.briefings.ids().size();
		assertThatThrownBy(() -> this.lifecycle.create(NewBriefing.forEvent("no-such-event")))
			.isInstanceOf(NotFoundException.class)
			.hasMessage("no event 'no-such-event'; `event list` shows the ids");
		assertThat(this.briefings.ids()).hasSize(before);
	}

	@Test
	void aNewBriefingWithAnUnknownPanelistIsRefusedAndNothingIsStored() {
		assertThatThrownBy(() -> this.lifecycle.create(new NewBriefing("svc-bad-panel", VIENNA, null, null, null, null,
				List.of(new Panelist("nobody-at-all", PanelRole.SPEAKER)), null, null, null, null, null, null)))
			.hasMessage("no person 'nobody-at-all'; `person list` shows the ids");
		assertThat(this.briefings.exists("svc-bad-panel")).isFalse();
	}

	@Test
	void aTakenIdIsRefused() {
		create("svc-taken");
		assertThatThrownBy(() -> create("svc-taken")).isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already exists");
	}

	@Test
	void anIdThatPeopleCannotTypeIsRefused() {
		assertThatThrownBy(() -> create("Svc Bad/Id")).hasMessageContaining("is not a briefing id");
	}

	@Test
	void everyPartSurvivesTheRoundTripThroughTheLibrary() {
		Briefing created = create("svc-round-trip");
		this.parts.addProgrammeItem("svc-round-trip",
				new ProgrammeItem("9:30 - 9:45", "Opening", List.of("mukundi-mutasa"), "Chair"), null);
		this.parts.setText("svc-round-trip", TextKind.LOGISTICS, List.of("Room M3.", "Bring a grounds pass."));
		Briefing read = this.briefings.get("svc-round-trip");
		assertThat(read.panelists()).isEqualTo(created.panelists());
		assertThat(read.figureIds()).isEqualTo(created.figureIds());
		assertThat(read.quoteIds()).containsExactly("tea-machaidze-2023-2");
		assertThat(read.prioritySetId()).isEqualTo("icat-priorities-2023");
		assertThat(read.purpose()).containsExactly("Purpose.");
		assertThat(read.talkingPoints()).containsExactly("Point one.", "Point two.");
		assertThat(read.logistics()).containsExactly("Room M3.", "Bring a grounds pass.");
		assertThat(read.programme()).containsExactly(
				new ProgrammeItem("09:30-09:45", "Opening", List.of("mukundi-mutasa"), "Chair"));
		assertThat(read.createdAt()).isNotNull();
	}

	// ---- ordering

	@Test
	void panelistsTakeThePositionTheyAreAddedAtAndMoveWhereTheyAreSent() {
		create("svc-panel-order");
		this.parts.addPanelist("svc-panel-order", "valiant-richey", PanelRole.MODERATOR, 1);
		assertThat(personIds("svc-panel-order")).containsExactly("valiant-richey", "mukundi-mutasa", "hanna-antonova",
				"tea-machaidze");
		this.parts.movePanelist("svc-panel-order", "tea-machaidze", 2);
		assertThat(personIds("svc-panel-order")).containsExactly("valiant-richey", "tea-machaidze", "mukundi-mutasa",
				"hanna-antonova");
		this.parts.movePanelist("svc-panel-order", "1", 4);
		assertThat(personIds("svc-panel-order")).containsExactly("tea-machaidze", "mukundi-mutasa", "hanna-antonova",
				"valiant-richey");
	}

	@Test
	void aPanelistIsRemovedByPositionOrByPersonAndTheRestCloseUp() {
		create("svc-panel-remove");
		this.parts.removePanelist("svc-panel-remove", "2");
		assertThat(personIds("svc-panel-remove")).containsExactly("mukundi-mutasa", "tea-machaidze");
		this.parts.removePanelist("svc-panel-remove", "mukundi-mutasa");
		assertThat(personIds("svc-panel-remove")).containsExactly("tea-machaidze");
	}

	@Test
	void aPanelistsRoleChangesInPlace() {
		create("svc-role");
		this.parts.setPanelistRole("svc-role", "hanna-antonova", PanelRole.CHAIR);
		assertThat(this.briefings.get("svc-role").panelists().get(1)).isEqualTo(new Panelist("hanna-antonova", PanelRole.CHAIR));
	}

	@Test
	void aMoveOffTheListIsRefusedAndChangesNothing() {
		create("svc-move-off");
		assertThatThrownBy(() -> this.parts.moveFigure("svc-move-off", "1", 3))
			.hasMessage("position 3 is not in the list of figures; use 1 to 2");
		assertThat(this.briefings.get("svc-move-off").figureIds()).containsExactly("one-in-three-victims-child-2023",
				"icat-31-organizations-2023");
	}

	@Test
	void sectionsMoveAndAnAddedSectionGoesWhereAFullPackHasIt() {
		this.lifecycle.create(new NewBriefing("svc-sections", VIENNA, null, null, null, BriefingLayout.SHORT, List.of(),
				null, null, null, null, null, null));
		this.parts.addSection("svc-sections", SectionKind.QUOTES, null);
		assertThat(this.briefings.get("svc-sections").sections()).containsExactly(SectionKind.COVER, SectionKind.PURPOSE,
				SectionKind.PANELISTS, SectionKind.FIGURES, SectionKind.QUOTES, SectionKind.TALKING_POINTS,
				SectionKind.SOURCES);
		this.parts.moveSection("svc-sections", SectionKind.TALKING_POINTS, 2);
		assertThat(this.briefings.get("svc-sections").sections()).startsWith(SectionKind.COVER,
				SectionKind.TALKING_POINTS, SectionKind.PURPOSE);
		assertThatThrownBy(() -> this.parts.addSection("svc-sections", SectionKind.QUOTES, null))
			.hasMessageContaining("already has a quotes section");
	}

	@Test
	void addingAFigureToABriefingWithoutFiguresAddsTheSection() {
		this.lifecycle.create(new NewBriefing("svc-add-figures", VIENNA, null, null, null, BriefingLayout.PROGRAMME_ONLY,
				List.of(), null, null, null, null, null, null));
		this.parts.addFigure("svc-add-figures", "one-in-three-victims-child-2023", null);
		Briefing briefing = this.briefings.get("svc-add-figures");
		assertThat(briefing.sections()).containsExactly(SectionKind.COVER, SectionKind.PROGRAMME, SectionKind.PANELISTS,
				SectionKind.FIGURES, SectionKind.LOGISTICS);
		assertThat(briefing.figureIds()).containsExactly("one-in-three-victims-child-2023");
	}

	@Test
	void talkingPointsAreAddedEditedMovedAndRemovedByNumber() {
		create("svc-points");
		this.parts.addText("svc-points", TextKind.TALKING_POINTS, "Point zero.", 1);
		this.parts.replaceText("svc-points", TextKind.TALKING_POINTS, 3, "Point two, revised.");
		this.parts.moveText("svc-points", TextKind.TALKING_POINTS, 3, 1);
		assertThat(this.briefings.get("svc-points").talkingPoints()).containsExactly("Point two, revised.",
				"Point zero.", "Point one.");
		this.parts.removeText("svc-points", TextKind.TALKING_POINTS, 2);
		assertThat(this.briefings.get("svc-points").talkingPoints()).containsExactly("Point two, revised.", "Point one.");
	}

	@Test
	void aProgrammeItemWithABadTimeIsRefused() {
		create("svc-bad-time");
		assertThatThrownBy(() -> this.parts.addProgrammeItem("svc-bad-time",
				new ProgrammeItem("25:00", "Late", List.of(), null), null))
			.hasMessageContaining("'25:00' is not a time");
		assertThat(this.briefings.get("svc-bad-time").programme()).isEmpty();
	}

	// ---- references

	@Test
	void aPersonEditedAfterwardsShowsUpInTheBriefing() {
		this.people.insert(new Person("svc-editable", "Ms.", "Anna Nowak", "Adviser", "unodc", null, null, null));
		create("svc-references");
		this.parts.addPanelist("svc-references", "svc-editable", PanelRole.SPEAKER, null);
		this.people.update(new Person("svc-editable", "Dr.", "Anna Nowak", "Chief, Human Trafficking Section", "unodc",
				null, null, null));
		PanelistShown shown = PanelistShown.of(this.models.forBriefing("svc-references").panelists().get(3));
		assertThat(shown).isEqualTo(new PanelistShown("Dr. Anna Nowak", "Chief, Human Trafficking Section"));
	}

	@Test
	void aFactABriefingUsesCannotBeRemovedAndTheRefusalNamesTheBriefing() {
		create("svc-in-use");
		assertThatThrownBy(() -> this.library.remove(FactKind.STATISTIC, "icat-31-organizations-2023"))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("briefing 'svc-in-use' (key figure)");
		assertThat(this.statistics.exists("icat-31-organizations-2023")).isTrue();
	}

	@Test
	void theLibraryNamesEveryRoleAPersonHasInBriefings() {
		create("svc-person-uses");
		this.parts.addProgrammeItem("svc-person-uses", new ProgrammeItem("", "Opening", List.of("tea-machaidze"), ""),
				null);
		assertThat(this.library.referencesTo(FactKind.PERSON, "tea-machaidze")).contains(
				"briefing 'svc-person-uses' (panelist)", "briefing 'svc-person-uses' (programme speaker)");
		assertThat(this.library.referencesTo(FactKind.PRIORITY_SET, "icat-priorities-2023"))
			.contains("briefing 'svc-person-uses' (chair's priorities)");
	}

	@Test
	void theDatabaseItselfRefusesToDeleteAFactABriefingUses() {
		create("svc-foreign-key");
		assertThatThrownBy(() -> this.statistics.delete("icat-31-organizations-2023"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anUnknownBriefingIsNamedInTheRefusal() {
		assertThatThrownBy(() -> this.briefings.get("no-such-briefing")).isInstanceOf(NotFoundException.class)
			.hasMessage("no briefing 'no-such-briefing'; `briefing list` shows the ids");
	}

	// ---- clone

	@Test
	void aCloneHasTheSameSectionsPanelFiguresQuotesAndTextOnTheNewEvent() {
		Briefing original = create("svc-original");
		this.events.insert(event("svc-next-event", "2026-10-06"));
		Briefing copy = this.lifecycle.clone("svc-original", "svc-next-event", "svc-copy", null);
		Briefing read = this.briefings.get("svc-copy");
		assertThat(read.eventId()).isEqualTo("svc-next-event");
		assertThat(read.sections()).isEqualTo(original.sections());
		assertThat(read.panelists()).isEqualTo(original.panelists());
		assertThat(read.figureIds()).isEqualTo(original.figureIds());
		assertThat(read.quoteIds()).isEqualTo(original.quoteIds());
		assertThat(read.talkingPoints()).isEqualTo(original.talkingPoints());
		assertThat(read.title()).isEqualTo(original.title());
		assertThat(copy.id()).isEqualTo("svc-copy");
	}

	@Test
	void aCloneWithoutAnIdTakesOneFromItsEvent() {
		create("svc-original-2");
		this.events.insert(event("svc-event-b", "2026-12-01"));
		assertThat(this.lifecycle.clone("svc-original-2", "svc-event-b", null, "New title").id())
			.isEqualTo("svc-event-b-briefing");
		assertThat(this.briefings.get("svc-event-b-briefing").title()).isEqualTo("New title");
	}

	@Test
	void changingACloneLeavesTheOriginalAsItWas() {
		create("svc-original-3");
		this.events.insert(event("svc-event-c", "2027-01-01"));
		this.lifecycle.clone("svc-original-3", "svc-event-c", "svc-copy-3", null);
		this.parts.removePanelist("svc-copy-3", "1");
		this.parts.removeSection("svc-copy-3", SectionKind.QUOTES);
		assertThat(this.briefings.get("svc-original-3").panelists()).hasSize(3);
		assertThat(this.briefings.get("svc-original-3").sections()).contains(SectionKind.QUOTES);
	}

	@Test
	void aCloneOntoAnUnknownEventIsRefused() {
		create("svc-original-4");
		assertThatThrownBy(() -> this.lifecycle.clone("svc-original-4", "no-such-event", null, null))
			.hasMessage("no event 'no-such-event'; `event list` shows the ids");
	}

	private List<String> personIds(String briefingId) {
		return this.briefings.get(briefingId).panelists().stream().map(Panelist::personId).toList();
	}

	private static Event event(String id, String date) {
		return new Event(id, "ICAT briefing to Member States", "briefing to Member States", PartialDate.parse(date),
				LocalTime.of(13, 15), LocalTime.of(14, 30), "Europe/Vienna", "Vienna International Centre", "Vienna",
				"Austria", null, null, List.of("icat"), List.of("oas", "unodc"), List.of(), null, "icat-briefings", null);
	}

	private record PanelistShown(String fullName, String title) {

		static PanelistShown of(org.briefdesk.render.PackModel.PanelistView view) {
			return new PanelistShown(view.fullName(), view.title());
		}

	}

}
