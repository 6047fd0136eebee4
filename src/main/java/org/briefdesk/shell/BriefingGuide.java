package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.briefdesk.briefing.BriefingLayout;
import org.briefdesk.briefing.BriefingLifecycle.NewBriefing;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.BriefingQueries.Choices;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.FactIds;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Quote;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.TextFolding;
import org.briefdesk.system.BriefdeskException;
import org.springframework.shell.jline.tui.component.support.SelectorItem;
import org.springframework.stereotype.Component;

/**
 * The guided {@code briefing new} of the interactive shell. It asks, in order, for the event
 * (or a new one: title, date, venue and id), the briefing's id and title, the layout, the
 * panel (people picked one at a time, each with a role, in the order picked), the chair's
 * priorities, the key figures, the quotes and the purpose, then shows what it will create and
 * asks to confirm. Only the steps whose option was not given are asked; ids are proposed on
 * the line, to be taken with ENTER or edited. Nothing is stored before the confirmation, so
 * Ctrl-C at any step ({@link Prompts}) leaves the library as it was. Typing filters a list,
 * accents aside ("poznanski" finds Poznański).
 */
@Component
public class BriefingGuide {

	private static final String NONE = "";

	/** Not an id an event can have (ids have no brackets), so it never clashes with one. */
	private static final String NEW_EVENT = "(new event)";

	private static final String DONE = "(done)";

	private final Prompts prompts;

	public BriefingGuide(Prompts prompts) {
		this.prompts = prompts;
	}

	/**
	 * What the guide settled on: the briefing to create and, when the user described an event
	 * that is not in the library yet, that event (to be added with it).
	 */
	public record Plan(Optional<Event> newEvent, NewBriefing briefing) {
	}

	/** What the guide needs to know of ids: which are taken, and the one a briefing for an event would get. */
	public interface Ids {

		boolean briefingExists(String id);

		String proposedBriefingId(String eventId);

	}

	/**
	 * Asks for what {@code given} leaves open.
	 * @param panelGiven whether the panel was given as options (even an empty one)
	 * @return the plan, or empty when the user declined at the confirmation
	 * @throws Cancelled when the user pressed Ctrl-C at a step
	 */
	public Optional<Plan> complete(NewBriefing given, boolean panelGiven, BriefingQueries briefings, Ids ids) {
		Choices choices = briefings.choices();
		Event event;
		boolean newEvent = false;
		if (given.eventId() != null) {
			event = choices.events()
				.stream()
				.filter(e -> e.id().equals(given.eventId()))
				.findFirst()
				.orElseThrow(() -> new BriefdeskException("no event '" + given.eventId() + "'; `event list` shows the ids"));
		}
		else {
			String eventId = choices.events().isEmpty() ? NEW_EVENT : chooseEvent(choices.events());
			newEvent = eventId.equals(NEW_EVENT);
			event = newEvent ? describeEvent(choices) : choices.events().stream().filter(e -> e.id().equals(eventId))
				.findFirst().orElseThrow();
		}
		String id = given.id() != null ? given.id() : askBriefingId(ids.proposedBriefingId(event.id()), ids);
		String title = given.title() != null ? given.title()
				: this.prompts.ask("Title of the pack", event.title(), true);
		BriefingLayout layout = given.layout() != null ? given.layout() : chooseLayout();
		List<Panelist> panel = given.panelists();
		if (!panelGiven) {
			panel = choosePanel(choices, newEvent ? List.of() : briefings.suggestedPanel(event.id()));
		}
		String prioritySetId = given.prioritySetId() != null ? given.prioritySetId()
				: choosePriorities(choices.prioritySets(), choices.organisationNames());
		List<String> figureIds = given.figureIds() != null ? given.figureIds() : chooseFigures(choices.statistics());
		List<String> quoteIds = given.quoteIds() != null ? given.quoteIds() : chooseQuotes(choices, panel);
		List<String> purpose = given.purpose() != null ? given.purpose() : askPurpose();
		NewBriefing request = new NewBriefing(id, event.id(), title, given.subtitle(), given.issuedBy(), layout, panel,
				prioritySetId.isEmpty() ? null : prioritySetId, figureIds, quoteIds, purpose, given.talkingPoints(),
				given.logistics());
		String summary = "Create " + id + (newEvent ? " and the event " + event.id() : "") + ": " + layout.key()
				+ " layout, " + BriefingCommands.count(panel.size(), "panelist") + ", "
				+ (request.prioritySetId() == null ? "no priorities" : "priorities " + request.prioritySetId()) + ", "
				+ BriefingCommands.count(figureIds.size(), "key figure") + ", "
				+ BriefingCommands.count(quoteIds.size(), "quote") + (purpose.isEmpty() ? "" : ", a purpose");
		if (!this.prompts.confirm("Create the briefing?", summary, "Cancel: create nothing")) {
			return Optional.empty();
		}
		return Optional.of(new Plan(newEvent ? Optional.of(event) : Optional.empty(), request));
	}

	private String chooseEvent(List<Event> events) {
		List<SelectorItem<String>> items = new ArrayList<>();
		items.add(item("A new event (not in the library yet)", NEW_EVENT, false));
		events.stream()
			.sorted(Comparator.comparing((Event e) -> e.date() == null ? "" : e.date().toString()).reversed())
			.map(e -> item((e.date() == null ? "" : e.date() + "  ") + e.title() + "  (" + e.id() + ")", e.id(), false))
			.forEach(items::add);
		return this.prompts.chooseOne("Event", items, null);
	}

	/** The event the user describes: not stored here, only when the briefing is confirmed. */
	private Event describeEvent(Choices choices) {
		String title = this.prompts.ask("Title of the event", "", true);
		PartialDate date = this.prompts.ask(FactPrompts.dateQuestion("Date of the event"), "",
				PartialDate::parseWritten);
		String venue = this.prompts.ask("Venue (ENTER for none)", "", false);
		String city = this.prompts.ask("City (ENTER for none)", "", false);
		Predicate<String> taken = id -> choices.events().stream().anyMatch(e -> e.id().equals(id));
		String proposed = FactIds.derive(FactKind.EVENT, title, date, choices.acronyms(), taken);
		String id = this.prompts.ask("Event id", proposed, answer -> {
			checkId(answer);
			if (taken.test(answer)) {
				throw new IllegalArgumentException("there is already an event '" + answer + "'");
			}
			return answer;
		});
		return new Event(id, title, null, date, null, null, null, venue.isEmpty() ? null : venue,
				city.isEmpty() ? null : city, null, null, null, List.of(), List.of(), List.of(), null, null, null);
	}

	private String askBriefingId(String proposed, Ids ids) {
		return this.prompts.ask("Briefing id", proposed, answer -> {
			checkId(answer);
			if (ids.briefingExists(answer)) {
				throw new IllegalArgumentException("there is already a briefing '" + answer + "'");
			}
			return answer;
		});
	}

	private static void checkId(String id) {
		String problem = FactIds.checkForm(id);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	private BriefingLayout chooseLayout() {
		List<SelectorItem<String>> items = Arrays.stream(BriefingLayout.values())
			.map(layout -> item(layout.key() + ": " + layout.description(), layout.key(), false))
			.toList();
		String key = this.prompts.chooseOne("Layout", items, null);
		return BriefingLayout.parse(key).orElse(BriefingLayout.FULL);
	}

	/**
	 * People picked one at a time, each with a role: the panel reads in the order picked. The
	 * event's own people come first in the list, marked, with their role on the event proposed.
	 */
	private List<Panelist> choosePanel(Choices choices, List<Panelist> suggested) {
		Map<String, PanelRole> suggestedRoles = new HashMap<>();
		suggested.forEach(p -> suggestedRoles.putIfAbsent(p.personId(), p.role()));
		Map<String, Person> people = new LinkedHashMap<>();
		suggested.forEach(p -> choices.people().stream().filter(person -> person.id().equals(p.personId())).findFirst()
			.ifPresent(person -> people.putIfAbsent(person.id(), person)));
		choices.people().forEach(person -> people.putIfAbsent(person.id(), person));
		List<Panelist> panel = new ArrayList<>();
		while (true) {
			List<SelectorItem<String>> items = new ArrayList<>();
			items.add(item(panel.isEmpty() ? "Done: no panel" : "Done: " + panelLine(panel, people), DONE, false));
			people.values()
				.stream()
				.filter(person -> panel.stream().noneMatch(p -> p.personId().equals(person.id())))
				.forEach(person -> items.add(item(personLabel(person, choices)
						+ (suggestedRoles.containsKey(person.id()) ? "  [on the event]" : ""), person.id(), false)));
			String personId = this.prompts.chooseOne(
					"Panelist " + (panel.size() + 1) + " (ENTER picks; the panel reads in the order picked)", items,
					null);
			if (personId.equals(DONE) || personId.isEmpty()) {
				return panel;
			}
			PanelRole proposed = suggestedRoles.getOrDefault(personId, PanelRole.SPEAKER);
			List<SelectorItem<String>> roles = Arrays.stream(PanelRole.values())
				.map(role -> item(role.label(), role.key(), false))
				.toList();
			String role = this.prompts.chooseOne("Role of " + people.get(personId).name(), roles, proposed.label());
			panel.add(new Panelist(personId, PanelRole.parse(role).orElse(PanelRole.SPEAKER)));
		}
	}

	private static String panelLine(List<Panelist> panel, Map<String, Person> people) {
		return String.join(", ", panel.stream()
			.map(p -> Optional.ofNullable(people.get(p.personId())).map(Person::name).orElse(p.personId()) + " ("
					+ p.role().label() + ")")
			.toList());
	}

	private String choosePriorities(List<PrioritySet> sets, Map<String, String> organisationNames) {
		List<SelectorItem<String>> items = new ArrayList<>();
		items.add(item("No chair's priorities", NONE, false));
		for (PrioritySet set : sets) {
			String owners = String.join(", ", set.ownerIds().stream().map(id -> organisationNames.getOrDefault(id, id)).toList());
			items.add(item(set.title() + " (" + owners + ", " + set.period() + ")", set.id(), false));
		}
		return this.prompts.chooseOne("Chair's priorities", items, null);
	}

	private List<String> chooseFigures(List<Statistic> statistics) {
		if (statistics.isEmpty()) {
			return List.of();
		}
		List<SelectorItem<String>> items = statistics.stream()
			.map(s -> item(s.statement() + " (" + (s.sourceDate() == null ? "no date" : s.sourceDate().year()) + ")",
					s.id(), false))
			.toList();
		return this.prompts.chooseMany("Key figures (SPACE ticks, ENTER accepts)", items);
	}

	/** The quotes, those of the panel's people first. */
	private List<String> chooseQuotes(Choices choices, List<Panelist> panel) {
		if (choices.quotes().isEmpty()) {
			return List.of();
		}
		List<String> panelIds = panel.stream().map(Panelist::personId).toList();
		Map<String, String> names = new HashMap<>();
		choices.people().forEach(p -> names.put(p.id(), p.name()));
		List<SelectorItem<String>> items = choices.quotes()
			.stream()
			.sorted(Comparator.comparing((Quote q) -> !panelIds.contains(q.personId())))
			.map(q -> item(names.getOrDefault(q.personId(), q.personId()) + ": " + BriefingCommands.shortText(q.text(), 70)
					+ (q.date() == null ? "" : " (" + q.date().year() + ")"), q.id(), false))
			.toList();
		return this.prompts.chooseMany("Quotes (SPACE ticks, ENTER accepts)", items);
	}

	private List<String> askPurpose() {
		String purpose = this.prompts.ask("Purpose, a first paragraph (ENTER for none; `briefing text set` changes it later)",
				"", false);
		return purpose.isEmpty() ? List.of() : List.of(purpose);
	}

	private static String personLabel(Person person, Choices choices) {
		String organisation = person.organisationId() == null ? ""
				: choices.organisationNames().getOrDefault(person.organisationId(), person.organisationId());
		String title = person.title() == null ? "" : person.title();
		String details = String.join(", ", Stream.of(title, organisation).filter(s -> !s.isBlank()).toList());
		return person.formalName() + (details.isEmpty() ? "" : " — " + details);
	}

	/** An item whose filter ignores case and accents and also matches the id. */
	private static SelectorItem<String> item(String name, String id, boolean selected) {
		return new FoldingItem(name, id, selected);
	}

	private static final class FoldingItem extends SelectorItem.SelectorItemWrapper<String> {

		private final String folded;

		FoldingItem(String name, String id, boolean selected) {
			super(name, id, true, selected);
			this.folded = TextFolding.fold(name + " " + id);
		}

		@Override
		public boolean matches(String match) {
			return match == null || match.isBlank() || this.folded.contains(TextFolding.fold(match));
		}

	}

}
