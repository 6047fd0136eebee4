package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.SearchIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * Completes fact ids with TAB: the id argument of {@code show}, {@code edit} and
 * {@code remove}, and options that take ids ({@code --chair}, {@code --hosts a,b}, completed
 * after the last comma). Each proposal shows the fact's label.
 */
class FactIdCompletionProvider implements CompletionProvider {

	private static final Set<String> VERBS_WITH_ID = Set.of("show", "edit", "remove");

	private final ObjectProvider<SearchIndex> index;

	private final FactKind argumentKind;

	private final Map<String, FactKind> optionKinds;

	/**
	 * @param argumentKind the kind of the id argument of show, edit and remove
	 * @param optionKinds option long name → the kind of id it takes
	 */
	FactIdCompletionProvider(ObjectProvider<SearchIndex> index, FactKind argumentKind,
			Map<String, FactKind> optionKinds) {
		this.index = index;
		this.argumentKind = argumentKind;
		this.optionKinds = optionKinds;
	}

	@Override
	public List<CompletionProposal> apply(CompletionContext context) {
		CommandOption option = context.getCommandOption();
		String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
		if (option != null) {
			FactKind kind = this.optionKinds.get(option.longName());
			if (kind == null) {
				return List.of();
			}
			String prefix = "";
			String optionPrefix = "--" + option.longName() + "=";
			if (word.startsWith(optionPrefix)) {
				prefix = optionPrefix;
				word = word.substring(optionPrefix.length());
			}
			int comma = word.lastIndexOf(',');
			if (comma >= 0) {
				prefix = prefix + word.substring(0, comma + 1);
				word = word.substring(comma + 1);
			}
			return proposals(kind, prefix, word);
		}
		if (word.startsWith("-") || !takesIdArgument(context) || idAlreadyGiven(context)) {
			return List.of();
		}
		return proposals(this.argumentKind, "", word);
	}

	private boolean takesIdArgument(CompletionContext context) {
		if (this.argumentKind == null || context.getCommand() == null) {
			return false;
		}
		String name = context.getCommand().getName();
		return VERBS_WITH_ID.contains(name.substring(name.lastIndexOf(' ') + 1));
	}

	/** Whether a positional word before the cursor (after the command's name) is the id already. */
	private boolean idAlreadyGiven(CompletionContext context) {
		int commandWords = context.getCommand().getName().split(" ").length;
		List<String> words = context.getWords();
		for (int i = commandWords; i < Math.min(context.getWordIndex(), words.size()); i++) {
			String word = words.get(i);
			if (word.startsWith("-")) {
				if (!word.contains("=") && !isFlag(context, word)) {
					i++;
				}
				continue;
			}
			if (!word.isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static boolean isFlag(CompletionContext context, String word) {
		return context.getCommand()
			.getOptions()
			.stream()
			.filter(option -> word.equals("--" + option.longName()))
			.anyMatch(option -> option.type() == boolean.class || option.type() == Boolean.class);
	}

	private List<CompletionProposal> proposals(FactKind kind, String prefix, String typed) {
		List<CompletionProposal> proposals = new ArrayList<>();
		for (SearchIndex.Hit hit : this.index.getObject().idsStartingWith(kind, typed)) {
			proposals.add(new CompletionProposal(prefix + hit.id()).displayText(hit.id()).description(hit.label()));
		}
		return proposals;
	}

}
