package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefdesk.briefing.BriefingLayout;
import org.briefdesk.briefing.BriefingLifecycle.NewBriefing;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.BriefingQueries.Choices;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.Panelist;
import org.briefdesk.facts.Event;
import org.briefdesk.facts.Person;
import org.briefdesk.facts.PrioritySet;
import org.briefdesk.facts.Statistic;
import org.briefdesk.facts.TextFolding;
import org.briefdesk.system.BriefdeskException;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ResourceLoader;
import org.springframework.shell.jline.tui.component.MultiItemSelector;
import org.springframework.shell.jline.tui.component.MultiItemSelector.MultiItemSelectorContext;
import org.springframework.shell.jline.tui.component.SingleItemSelector;
import org.springframework.shell.jline.tui.component.SingleItemSelector.SingleItemSelectorContext;
import org.springframework.shell.jline.tui.component.StringInput;
import org.springframework.shell.jline.tui.component.StringInput.StringInputContext;
import org.springframework.shell.jline.tui.component.support.SelectorItem;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.stereotype.Component;

/**
 * The guided {@code briefing new} of the interactive shell: selectors for the event, the
 * layout, the panel and each panelist's role, the chair's priorities and the key figures, a
 * text input for the title, and a last confirmation. Only the steps whose option was not
 * given are asked. Typing filters a list, accents aside ("poznanski" finds Poznański).
 */
@Component
public class BriefingGuide {

	private static final int VISIBLE_ITEMS = 10;

	private static final String NONE = "";

	private final ObjectProvider<Terminal> terminal;

	private final ResourceLoader resourceLoader;

	private final ObjectProvider<TemplateExecutor> templateExecutor;

	public BriefingGuide(ObjectProvider<Terminal> terminal, ResourceLoader resourceLoader,
			ObjectProvider<TemplateExecutor> templateExecutor) {
		this.terminal = terminal;
		this.resourceLoader = resourceLoader;
		this.templateExecutor = templateExecutor;
	}

	/**
	 * Asks for what {@code given} leaves open.
	 * @param panelGiven whether the panel was given as options (even an empty one)
	 * @return the completed request, or empty when the user cancelled
	 */
	public Optional<NewBriefing> complete(NewBriefing given, boolean panelGiven, BriefingQueries briefings) {
		Choices choices = briefings.choices();
		if (choices.events().isEmpty()) {
			throw new BriefdeskException("the library has no events; `event add` adds one first");
		}
		String eventId = given.eventId() != null ? given.eventId() : chooseEvent(choices.events());
		Event event = choices.events()
			.stream()
			.filter(e -> e.id().equals(eventId))
			.findFirst()
			.orElseThrow(() -> new BriefdeskException("no event '" + eventId + "'; `event list` shows the ids"));
		String title = given.title() != null ? given.title() : ask("Title of the pack", event.title());
		BriefingLayout layout = given.layout() != null ? given.layout() : chooseLayout();
		List<Panelist> panel = given.panelists();
		if (!panelGiven) {
			panel = choosePanel(choices, briefings.suggestedPanel(event.id()));
		}
		String prioritySetId = given.prioritySetId() != null ? given.prioritySetId()
				: choosePriorities(choices.prioritySets(), choices.organisationNames());
		List<String> figureIds = given.figureIds() != null ? given.figureIds() : chooseFigures(choices.statistics());
		NewBriefing request = new NewBriefing(given.id(), event.id(), title, given.subtitle(), given.issuedBy(), layout,
				panel, prioritySetId.isEmpty() ? null : prioritySetId, figureIds, given.quoteIds(), given.purpose(),
				given.talkingPoints(), given.logistics());
		String summary = "Create it: " + layout.key() + " layout, " + BriefingCommands.count(panel.size(), "panelist")
				+ ", " + (request.prioritySetId() == null ? "no priorities" : "priorities " + request.prioritySetId())
				+ ", " + BriefingCommands.count(figureIds.size(), "key figure");
		String answer = chooseOne("Create the briefing?",
				List.of(SelectorItem.of(summary, "yes"), SelectorItem.of("Cancel: create nothing", "no")), null);
		return "yes".equals(answer) ? Optional.of(request) : Optional.empty();
	}

	private String chooseEvent(List<Event> events) {
		List<SelectorItem<String>> items = events.stream()
			.sorted(Comparator.comparing((Event e) -> e.date() == null ? "" : e.date().toString()).reversed())
			.map(e -> item((e.date() == null ? "" : e.date() + "  ") + e.title() + "  (" + e.id() + ")", e.id(), false))
			.toList();
		return chooseOne("Event", items, null);
	}

	private BriefingLayout chooseLayout() {
		List<SelectorItem<String>> items = java.util.Arrays.stream(BriefingLayout.values())
			.map(layout -> item(layout.key() + ": " + layout.description(), layout.key(), false))
			.toList();
		String key = chooseOne("Layout", items, null);
		return BriefingLayout.parse(key).orElse(BriefingLayout.FULL);
	}

	private List<Panelist> choosePanel(Choices choices, List<Panelist> suggested) {
		Map<String, PanelRole> suggestedRoles = new HashMap<>();
		suggested.forEach(p -> suggestedRoles.putIfAbsent(p.personId(), p.role()));
		List<SelectorItem<String>> items = new ArrayList<>();
		// The event's own people first, in the event's order, already ticked.
		for (Panelist panelist : suggested) {
			choices.people()
				.stream()
				.filter(p -> p.id().equals(panelist.personId()))
				.findFirst()
				.ifPresent(p -> items.add(item(personLabel(p, choices), p.id(), true)));
		}
		choices.people()
			.stream()
			.filter(p -> !suggestedRoles.containsKey(p.id()))
			.forEach(p -> items.add(item(personLabel(p, choices), p.id(), false)));
		List<String> chosen = chooseMany("Panelists (SPACE ticks, ENTER accepts)", items);
		List<Panelist> panel = new ArrayList<>();
		for (String personId : chosen) {
			String name = choices.people().stream().filter(p -> p.id().equals(personId)).findFirst()
				.map(Person::name).orElse(personId);
			PanelRole suggestedRole = suggestedRoles.getOrDefault(personId, PanelRole.SPEAKER);
			List<SelectorItem<String>> roles = java.util.Arrays.stream(PanelRole.values())
				.map(role -> item(role.label(), role.key(), false))
				.toList();
			String role = chooseOne("Role of " + name, roles, suggestedRole.label());
			panel.add(new Panelist(personId, PanelRole.parse(role).orElse(PanelRole.SPEAKER)));
		}
		return panel;
	}

	private String choosePriorities(List<PrioritySet> sets, Map<String, String> organisationNames) {
		List<SelectorItem<String>> items = new ArrayList<>();
		items.add(item("No chair's priorities", NONE, false));
		for (PrioritySet set : sets) {
			String owners = String.join(", ", set.ownerIds().stream().map(id -> organisationNames.getOrDefault(id, id)).toList());
			items.add(item(set.title() + " (" + owners + ", " + set.period() + ")", set.id(), false));
		}
		return chooseOne("Chair's priorities", items, null);
	}

	private List<String> chooseFigures(List<Statistic> statistics) {
		if (statistics.isEmpty()) {
			return List.of();
		}
		List<SelectorItem<String>> items = statistics.stream()
			.map(s -> item(s.statement() + " (" + (s.sourceDate() == null ? "no date" : s.sourceDate().year()) + ")",
					s.id(), false))
			.toList();
		return chooseMany("Key figures (SPACE ticks, ENTER accepts)", items);
	}

	private static String personLabel(Person person, Choices choices) {
		String organisation = person.organisationId() == null ? ""
				: choices.organisationNames().getOrDefault(person.organisationId(), person.organisationId());
		String title = person.title() == null ? "" : person.title();
		String details = String.join(", ", java.util.stream.Stream.of(title, organisation).filter(s -> !s.isBlank()).toList());
		return person.formalName() + (details.isEmpty() ? "" : " — " + details);
	}

	private String chooseOne(String name, List<SelectorItem<String>> items, String preselectedName) {
		SingleItemSelector<String, SelectorItem<String>> selector = new SingleItemSelector<>(terminal(), items, name,
				null);
		prepare(selector);
		selector.setMaxItems(Math.min(VISIBLE_ITEMS, Math.max(1, items.size())));
		if (preselectedName != null) {
			items.stream().filter(i -> i.getName().equals(preselectedName)).findFirst().ifPresent(selector::setDefaultExpose);
		}
		SingleItemSelectorContext<String, SelectorItem<String>> result = selector.run(SingleItemSelectorContext.empty());
		return result.getResultItem().map(SelectorItem::getItem).orElse(NONE);
	}

	private List<String> chooseMany(String name, List<SelectorItem<String>> items) {
		MultiItemSelector<String, SelectorItem<String>> selector = new MultiItemSelector<>(terminal(), items, name, null);
		prepare(selector);
		selector.setMaxItems(Math.min(VISIBLE_ITEMS, Math.max(1, items.size())));
		MultiItemSelectorContext<String, SelectorItem<String>> result = selector.run(MultiItemSelectorContext.empty());
		List<SelectorItem<String>> chosen = result.getResultItems() == null ? List.of() : result.getResultItems();
		return chosen.stream().map(SelectorItem::getItem).toList();
	}

	private String ask(String name, String defaultValue) {
		StringInput input = new StringInput(terminal(), name, defaultValue);
		prepare(input);
		StringInputContext result = input.run(StringInputContext.empty());
		String value = result.getResultValue();
		return value == null || value.isBlank() ? defaultValue : value.strip();
	}

	private void prepare(org.springframework.shell.jline.tui.component.support.AbstractComponent<?> component) {
		component.setResourceLoader(this.resourceLoader);
		component.setTemplateExecutor(this.templateExecutor.getObject());
	}

	private Terminal terminal() {
		return this.terminal.getObject();
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
