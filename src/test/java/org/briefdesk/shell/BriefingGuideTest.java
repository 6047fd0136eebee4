package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.shell.KeyboardTerminal.CTRL_C;
import static org.briefdesk.shell.KeyboardTerminal.ENTER;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingLifecycle;
import org.briefdesk.briefing.BriefingLifecycle.NewBriefing;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The guided `briefing new`, typed on a terminal, over the sample library. */
@BriefdeskTest
class BriefingGuideTest {

	private static final String NEW_EVENT = "icat-briefing-2026-06-11";

	@Autowired
	BriefingQueries briefings;

	@Autowired
	BriefingLifecycle lifecycle;

	@Autowired
	FactLibrary library;

	private final KeyboardTerminal keyboard = new KeyboardTerminal(40);

	private final BriefingGuide guide = new BriefingGuide(this.keyboard.prompts());

	@AfterEach
	void putThingsBack() throws Exception {
		for (String id : this.briefings.ids()) {
			if (id.startsWith(NEW_EVENT)) {
				this.lifecycle.remove(id);
			}
		}
		if (this.library.list(FactKind.EVENT).stream().anyMatch(e -> e.id().equals(NEW_EVENT))) {
			this.library.remove(FactKind.EVENT, NEW_EVENT);
		}
		this.keyboard.close();
	}

	private CompletableFuture<Optional<BriefingGuide.Plan>> start(NewBriefing given) {
		return this.keyboard.start(() -> this.guide.complete(given, false, this.briefings, new BriefingGuide.Ids() {
			@Override
			public boolean briefingExists(String id) {
				return BriefingGuideTest.this.briefings.exists(id);
			}

			@Override
			public String proposedBriefingId(String eventId) {
				return BriefingGuideTest.this.lifecycle.proposedId(eventId);
			}
		}));
	}

	/** Waits for a step, then answers it. */
	private void answer(String step, String keys) {
		this.keyboard.awaitScreen(step);
		this.keyboard.type(keys);
	}

	@SuppressWarnings("unchecked")
	private BriefingGuide.Plan plan(CompletableFuture<Optional<BriefingGuide.Plan>> guided) {
		Object outcome = KeyboardTerminal.outcome(guided);
		assertThat(outcome).isInstanceOf(Optional.class);
		return ((Optional<BriefingGuide.Plan>) outcome).orElseThrow();
	}

	@Test
	void thePanelReadsInTheOrderPeopleWerePickedAndQuotesAndPurposeAreAskedFor() {
		CompletableFuture<Optional<BriefingGuide.Plan>> guided = start(
				NewBriefing.forEvent("icat-briefing-2023-10-03"));
		answer("Briefing id: ", "\u0015" + NEW_EVENT + "-guided" + ENTER);
		answer("Title of the pack: ", ENTER);
		answer("Layout", ENTER);
		answer("Panelist 1", "machaidze" + ENTER);
		answer("Role of Tea Machaidze", ENTER);
		answer("Panelist 2", "antonova" + ENTER);
		answer("Role of Hanna Antonova", ENTER);
		answer("Panelist 3", ENTER);
		answer("Chair's priorities", ENTER);
		answer("Key figures", ENTER);
		answer("Quotes", " " + ENTER);
		answer("Purpose", "To brief Member States on ICAT's work in 2023." + ENTER);
		answer("Create the briefing?", ENTER);
		BriefingGuide.Plan plan = plan(guided);
		assertThat(plan.newEvent()).isEmpty();
		assertThat(plan.briefing().id()).isEqualTo(NEW_EVENT + "-guided");
		assertThat(plan.briefing().panelists()).extracting(Panelist::personId)
			.containsExactly("tea-machaidze", "hanna-antonova");
		assertThat(plan.briefing().quoteIds()).hasSize(1);
		assertThat(plan.briefing().purpose()).containsExactly("To brief Member States on ICAT's work in 2023.");
		Briefing created = this.lifecycle.create(plan.briefing());
		assertThat(created.panelists()).extracting(Panelist::personId).containsExactly("tea-machaidze", "hanna-antonova");
	}

	@Test
	void anEventNotInTheLibraryIsDescribedAndProposesShortIds() {
		CompletableFuture<Optional<BriefingGuide.Plan>> guided = start(NewBriefing.forEvent(null));
		answer("Event", ENTER);
		answer("Title of the event: ", "ICAT Briefing to Member States" + ENTER);
		answer("Date of the event", "32 March" + ENTER);
		answer("March has no day 32", "\u0015" + "11 June 2026" + ENTER);
		answer("Venue", "Vienna International Centre" + ENTER);
		answer("City", "Vienna" + ENTER);
		answer("Event id: ", ENTER);
		answer("Briefing id: ", ENTER);
		answer("Title of the pack: ", ENTER);
		answer("Layout", ENTER);
		answer("Panelist 1", "kupchyna" + ENTER);
		answer("Role of", "chair" + ENTER);
		answer("Panelist 2", ENTER);
		answer("Chair's priorities", ENTER);
		answer("Key figures", ENTER);
		answer("Quotes", ENTER);
		answer("Purpose", ENTER);
		answer("Create the briefing?", ENTER);
		BriefingGuide.Plan plan = plan(guided);
		Event event = plan.newEvent().orElseThrow();
		assertThat(event.id()).isEqualTo(NEW_EVENT);
		assertThat(event.date()).isEqualTo(PartialDate.parse("2026-06-11"));
		assertThat(event.venue()).isEqualTo("Vienna International Centre");
		assertThat(plan.briefing().id()).isEqualTo(NEW_EVENT);
		assertThat(plan.briefing().panelists()).containsExactly(new Panelist("alena-kupchyna", PanelRole.CHAIR));
		assertThat(this.library.list(FactKind.EVENT)).as("nothing is stored before the command does it")
			.noneMatch(e -> e.id().equals(NEW_EVENT));
		Briefing created = this.lifecycle.createWithEvent(event, plan.briefing());
		assertThat(created.eventId()).isEqualTo(NEW_EVENT);
		assertThat(this.library.get(FactKind.EVENT, NEW_EVENT).id()).isEqualTo(NEW_EVENT);
	}

	@Test
	void ctrlCInTheGuidesSelectorCancelsAndCreatesNothing() {
		int before = this.briefings.ids().size();
		CompletableFuture<Optional<BriefingGuide.Plan>> guided = start(
				NewBriefing.forEvent("icat-briefing-2023-10-03"));
		answer("Briefing id: ", ENTER);
		answer("Title of the pack: ", ENTER);
		answer("Layout", CTRL_C);
		assertThat(KeyboardTerminal.outcome(guided)).isInstanceOf(Cancelled.class);
		assertThat(this.keyboard.echoes()).isTrue();
		assertThat(this.keyboard.readsLines()).isTrue();
		assertThat(this.briefings.ids()).hasSize(before);
	}

}
