package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.briefdesk.briefing.BriefingParts;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.SectionKind;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.ParticipantView;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A briefing's pack lists as participants the invitees of its event who accepted. */
@BriefdeskTest
class InviteeParticipantsTest {

	private static final String BRIEFING = "icat-briefing-2023";

	@Autowired
	InvitationService invitations;

	@Autowired
	PackModelSource packs;

	@Autowired
	BriefingParts parts;

	@Autowired
	BriefingQueries briefings;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void putTheSampleBack() {
		this.jdbc.sql("delete from invitee").update();
		if (this.briefings.contents(BRIEFING).briefing().has(SectionKind.PARTICIPANTS)) {
			this.parts.removeSection(BRIEFING, SectionKind.PARTICIPANTS);
		}
	}

	@Test
	void thePackOfABriefingWithTheSectionListsTheAcceptedInviteesWithTheirHonorifics() {
		String event = this.packs.forBriefing(BRIEFING).event().id();
		this.invitations.importCsv(event, "rows.csv", ("honorific,given_name,family_name,title,organisation,email,language\n"
				+ "H.E. Ambassador Ms.,Ana,Moreno,Permanent Representative,Permanent Mission of Spain,a@x.org,en\n"
				+ "Mr.,Bo,Berg,,Permanent Mission of Sweden,b@x.org,en\n"
				+ "Dr.,Tea,Machaidze,Representative,OSRSG-VAC,t@x.org,en\n").getBytes(StandardCharsets.UTF_8), false);
		this.invitations.mark(event, "moreno-ana", ResponseStatus.ACCEPTED, null);
		this.invitations.mark(event, "machaidze-tea", ResponseStatus.ACCEPTED, null);
		this.invitations.mark(event, "berg-bo", ResponseStatus.DECLINED, null);
		assertThat(this.packs.forBriefing(BRIEFING).participants()).as("the sample briefing does not list the section")
			.isEmpty();
		this.parts.addSection(BRIEFING, SectionKind.PARTICIPANTS, null);
		PackModel pack = this.packs.forBriefing(BRIEFING);
		assertThat(pack.participants()).containsExactly(
				new ParticipantView(1, "Dr. Tea Machaidze", "Representative", "OSRSG-VAC"),
				new ParticipantView(2, "H.E. Ambassador Ms. Ana Moreno", "Permanent Representative",
						"Permanent Mission of Spain"));
		assertThat(pack.headings().participants()).endsWith(". Participants");
	}

}
