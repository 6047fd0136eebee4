package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.ContentsEntry;
import org.briefdesk.render.PackModel.ParticipantView;
import org.briefdesk.render.PackParticipants;
import org.briefdesk.render.preview.BriefingPreview;
import org.junit.jupiter.api.Test;

/** The participants section: the invitees who accepted, shown when the briefing lists the section and someone has. */
class BriefingParticipantsTest {

	private static final List<ParticipantView> TWO = List.of(
			new ParticipantView(1, "H.E. Ambassador Ms. Ana Moreno", "Permanent Representative", "Permanent Mission of Spain"),
			new ParticipantView(2, "Dr. Tea Machaidze", "", "OSRSG-VAC"));

	private final Fixture fixture = new Fixture();

	private final List<String> askedFor = new ArrayList<>();

	private PackModel model(List<ParticipantView> accepted) {
		PackParticipants participants = eventId -> {
			this.askedFor.add(eventId);
			return accepted;
		};
		return new BriefingPackModels(null, Clock.systemUTC(), participants).build(this.fixture.contents(),
				LocalDate.of(2026, 11, 24));
	}

	@Test
	void aBriefingThatListsTheSectionShowsTheEventsParticipantsNumberedBeforeTheSources() {
		PackModel model = model(TWO);
		assertThat(this.askedFor).containsExactly("vienna-2023");
		assertThat(model.participants()).isEqualTo(TWO);
		List<String> anchors = model.contents().stream().map(ContentsEntry::anchor).toList();
		assertThat(anchors.subList(anchors.size() - 3, anchors.size())).containsExactly("logistics", "participants",
				"sources");
		int number = anchors.indexOf("participants") + 1;
		assertThat(model.headings().participants()).isEqualTo(number + ". Participants");
		assertThat(model.headings().sources()).isEqualTo((number + 1) + ". Sources");
	}

	@Test
	void aBriefingWithoutTheSectionShowsNoParticipantsAndDoesNotAskForThem() {
		this.fixture.briefing.sections(BriefingLayout.FULL.sections()
			.stream()
			.filter(section -> section != SectionKind.PARTICIPANTS)
			.toList());
		PackModel model = model(TWO);
		assertThat(model.participants()).isEmpty();
		assertThat(model.headings().participants()).isEmpty();
		assertThat(this.askedFor).isEmpty();
	}

	@Test
	void noOneHasAcceptedYetSoTheSectionIsNeitherNumberedNorListed() {
		PackModel model = model(List.of());
		assertThat(model.headings().participants()).isEmpty();
		assertThat(model.contents()).extracting(ContentsEntry::anchor).doesNotContain("participants");
		assertThat(BriefingPreview.render(this.fixture.briefing.build().sections(), model, 100))
			.doesNotContain("Participants");
	}

	@Test
	void thePreviewListsTheParticipantsWithTitleAndOrganisation() {
		PackModel model = model(TWO);
		String preview = BriefingPreview.render(this.fixture.briefing.build().sections(), model, 120);
		assertThat(preview).contains("Participants\n");
		assertThat(preview.indexOf("Participants\n")).isGreaterThan(preview.indexOf("Logistics\n"))
			.isLessThan(preview.indexOf("Sources\n"));
		assertThat(preview)
			.containsPattern("│ 1 │ H\\.E\\. Ambassador Ms\\. Ana Moreno +│ Permanent Representative +│ Permanent Mission of Spain +│")
			.containsPattern("│ 2 │ Dr\\. Tea Machaidze +│ +│ OSRSG-VAC +│");
	}

	@Test
	void theSectionHasItsKeyAndTheWordsAUserMightType() {
		assertThat(SectionKind.parse("participants")).contains(SectionKind.PARTICIPANTS);
		assertThat(SectionKind.parse("Attendance")).contains(SectionKind.PARTICIPANTS);
		assertThat(SectionKind.PARTICIPANTS.heading()).isEqualTo("Participants");
	}

}
