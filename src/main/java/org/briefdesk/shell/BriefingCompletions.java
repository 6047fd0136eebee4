package org.briefdesk.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.briefing.Briefing;
import org.briefdesk.briefing.BriefingLayout;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.briefing.PanelRole;
import org.briefdesk.briefing.SectionKind;
import org.briefdesk.briefing.TextKind;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.SearchIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.CompositeCompletionProvider;
import org.springframework.shell.core.command.completion.DefaultCompletionProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TAB completion for every briefing command: briefing ids, and the ids of the facts an
 * option or argument takes (events, people, statistics, quotes, priority sets), the parts of
 * the briefing being edited (its panelists, figures, sections), layouts, roles and text kinds.
 * The library is read only when TAB is pressed; a failure to read it completes nothing.
 */
@Configuration(proxyBeanMethods = false)
class BriefingCompletions {

	private static final Log log = LogFactory.getLog(BriefingCompletions.class);

	@Bean(BriefingCommands.COMPLETION)
	CompletionProvider briefingCompletion(ObjectProvider<BriefingQueries> briefings, ObjectProvider<SearchIndex> index,
			ShellSession session) {
		return new CompositeCompletionProvider(new DefaultCompletionProvider(), new Provider(briefings, index, session));
	}

	static final class Provider implements CompletionProvider {

		private final ObjectProvider<BriefingQueries> briefings;

		private final ObjectProvider<SearchIndex> index;

		private final ShellSession session;

		Provider(ObjectProvider<BriefingQueries> briefings, ObjectProvider<SearchIndex> index, ShellSession session) {
			this.briefings = briefings;
			this.index = index;
			this.session = session;
		}

		@Override
		public List<CompletionProposal> apply(CompletionContext context) {
			if (context.getCommand() == null) {
				return List.of();
			}
			try {
				return proposals(context);
			}
			catch (RuntimeException unreadable) {
				// A locked or missing library must not break the line being typed.
				log.debug("no completion: " + unreadable.getMessage(), unreadable);
				return List.of();
			}
		}

		private List<CompletionProposal> proposals(CompletionContext context) {
			String command = context.getCommand().getName();
			CommandOption option = context.getCommandOption();
			String current = Optional.ofNullable(context.currentWordUpToCursor()).orElse("");
			if (option != null) {
				return forOption(command, option.longName(), current, context);
			}
			if (current.startsWith("-")) {
				return List.of();
			}
			return forArgument(command, argumentIndex(context), current, context);
		}

		private List<CompletionProposal> forOption(String command, String option, String current,
				CompletionContext context) {
			// "--figures a,b,c": complete the last item after the commas already typed.
			String prefix = "";
			if (current.startsWith("--" + option + "=")) {
				prefix = "--" + option + "=";
			}
			String value = current.substring(prefix.length());
			int comma = value.lastIndexOf(',');
			String listPrefix = prefix + (comma >= 0 ? value.substring(0, comma + 1) : "");
			String item = value.substring(comma + 1);
			return switch (option) {
				case "briefing" -> plain(prefix, this.briefings.getObject().ids());
				case "event" -> facts(FactKind.EVENT, prefix, value);
				case "layout" -> plain(prefix, Arrays.stream(BriefingLayout.values()).map(BriefingLayout::key).toList());
				case "role" -> plain(prefix, Arrays.stream(PanelRole.values()).map(PanelRole::key).toList());
				case "priorities" -> facts(FactKind.PRIORITY_SET, prefix, value);
				case "figures" -> facts(FactKind.STATISTIC, listPrefix, item);
				case "quotes" -> facts(FactKind.QUOTE, listPrefix, item);
				case "speakers" -> facts(FactKind.PERSON, listPrefix, item);
				case "panelist" -> panelists(listPrefix, item);
				default -> List.of();
			};
		}

		/** {@code person} first, then {@code person:role} once the colon is typed. */
		private List<CompletionProposal> panelists(String listPrefix, String item) {
			int colon = item.indexOf(':');
			if (colon < 0) {
				return this.index.getObject()
					.idsStartingWith(FactKind.PERSON, item)
					.stream()
					.map(hit -> new CompletionProposal(listPrefix + hit.id() + ":").displayText(hit.id())
						.description(hit.label())
						.complete(false))
					.toList();
			}
			String person = item.substring(0, colon);
			return Arrays.stream(PanelRole.values())
				.map(role -> new CompletionProposal(listPrefix + person + ":" + role.key()).displayText(role.key()))
				.toList();
		}

		private List<CompletionProposal> forArgument(String command, int index, String current,
				CompletionContext context) {
			String verb = command.startsWith("briefing ") ? command.substring("briefing ".length()) : command;
			Supplier<Optional<Briefing>> edited = () -> editedBriefing(context);
			if (index == 0) {
				return switch (verb) {
					case "show", "use", "remove", "clone", "preview", "check", "history", "diff" -> plain("",
							this.briefings.getObject().ids());
					case "panelist add" -> facts(FactKind.PERSON, "", current);
					case "panelist remove", "panelist move", "panelist role" -> plain("",
							edited.get().map(b -> b.panelists().stream().map(p -> p.personId()).distinct().toList())
								.orElse(List.of()));
					case "figure add" -> facts(FactKind.STATISTIC, "", current);
					case "figure remove", "figure move" -> plain("",
							edited.get().map(Briefing::figureIds).orElse(List.of()));
					case "quote add" -> facts(FactKind.QUOTE, "", current);
					case "quote remove", "quote move" -> plain("", edited.get().map(Briefing::quoteIds).orElse(List.of()));
					case "priorities set" -> facts(FactKind.PRIORITY_SET, "", current);
					case "section add" -> plain("", Arrays.stream(SectionKind.values())
						.filter(kind -> edited.get().map(b -> !b.has(kind)).orElse(true))
						.map(SectionKind::key)
						.toList());
					case "section remove", "section move" -> plain("", edited.get()
						.map(b -> b.sections().stream().map(SectionKind::key).toList())
						.orElse(Arrays.stream(SectionKind.values()).map(SectionKind::key).toList()));
					case "text set", "text add", "text edit", "text remove", "text move" -> plain("",
							Arrays.stream(TextKind.values()).map(TextKind::key).toList());
					default -> List.of();
				};
			}
			return List.of();
		}

		/** The briefing the line names with --briefing, else the one in use. */
		private Optional<Briefing> editedBriefing(CompletionContext context) {
			List<String> words = context.getWords();
			String id = null;
			for (int i = 0; i < words.size() - 1; i++) {
				if (words.get(i).equals("--briefing")) {
					id = words.get(i + 1);
				}
				else if (words.get(i).startsWith("--briefing=")) {
					id = words.get(i).substring("--briefing=".length());
				}
			}
			String wanted = id != null ? id : this.session.briefingInUse().orElse(null);
			if (wanted == null) {
				return Optional.empty();
			}
			BriefingQueries service = this.briefings.getObject();
			return service.exists(wanted) ? Optional.of(service.get(wanted)) : Optional.empty();
		}

		/** The position of the word being completed among the command's arguments (options and their values skipped). */
		private static int argumentIndex(CompletionContext context) {
			List<String> words = context.getWords();
			int commandWords = context.getCommand().getName().split(" ").length;
			int index = 0;
			for (int i = commandWords; i < context.getWordIndex() && i < words.size(); i++) {
				String word = words.get(i);
				if (word.startsWith("-")) {
					if (!word.contains("=") && !isFlag(context, word)) {
						i++;
					}
					continue;
				}
				index++;
			}
			return index;
		}

		private static boolean isFlag(CompletionContext context, String word) {
			return context.getCommand()
				.getOptions()
				.stream()
				.anyMatch(o -> o.isOptionEqual(word) && (o.type() == boolean.class || o.type() == Boolean.class));
		}

		/** Fact ids starting with what is typed, each with its label (a name, a statement). */
		private List<CompletionProposal> facts(FactKind kind, String prefix, String typed) {
			return this.index.getObject()
				.idsStartingWith(kind, typed)
				.stream()
				.map(hit -> new CompletionProposal(prefix + hit.id()).displayText(hit.id()).description(hit.label()))
				.toList();
		}

		private static List<CompletionProposal> plain(String prefix, List<String> values) {
			return values.stream().map(value -> new CompletionProposal(prefix + value).displayText(value)).toList();
		}

	}

}
