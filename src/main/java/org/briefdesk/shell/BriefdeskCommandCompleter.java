package org.briefdesk.shell;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.stereotype.Component;

/**
 * TAB completion that finds the command among the words before the cursor. Spring Shell
 * 4.0.1's completer takes every word up to the first option for the command's name, so once
 * an argument is begun ({@code briefing show icat<TAB>}, {@code person show val<TAB>}) or an
 * option follows one ({@code briefing panelist role 2 --role <TAB>}) it finds no command and
 * proposes nothing. Here the command is the longest run of words before the cursor that names
 * one; the rest (option names, the command's completion provider) is Shell's. Spring Shell
 * 4.0.3 fixes this upstream (commit 38afd8c, issue #1346); delete this class once Maven
 * Central serves 4.0.3 here ({@code BriefingCompletionTest.aBegunArgumentCompletes} keeps
 * the behaviour proven).
 */
@Component
public class BriefdeskCommandCompleter extends CommandCompleter {

	private final CommandRegistry registry;

	public BriefdeskCommandCompleter(CommandRegistry registry) {
		super(registry);
		this.registry = registry;
	}

	@Override
	public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
		List<String> words = line.words();
		int cursorWord = Math.min(line.wordIndex(), words.size());
		Command command = null;
		int commandWords = 0;
		for (int i = 1; i <= cursorWord; i++) {
			if (words.get(i - 1).startsWith("-")) {
				break;
			}
			Command candidate = this.registry.getCommandByName(String.join(" ", words.subList(0, i)));
			if (candidate != null) {
				command = candidate;
				commandWords = i;
			}
		}
		if (command == null) {
			super.complete(reader, line, candidates);
			return;
		}
		String current = cursorWord < words.size() ? words.get(cursorWord) : "";
		String previous = cursorWord - 1 >= commandWords ? words.get(cursorWord - 1) : "";
		CommandOption option = optionFor(command, current, previous);
		if (option == null) {
			for (CommandOption candidate : command.getOptions()) {
				if (candidate.longName() != null && !candidate.longName().isEmpty()
						&& !words.contains("--" + candidate.longName())) {
					candidates.add(new Candidate("--" + candidate.longName()));
				}
			}
		}
		CompletionContext context = new CompletionContext(words, cursorWord, line.wordCursor(), command, option);
		for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
			candidates.add(new Candidate(proposal.value(), proposal.displayText(), proposal.category(),
					proposal.description(), null, null, proposal.complete(), 0));
		}
	}

	/** The option whose value is being typed: "--event <TAB>" or "--event=ic<TAB>"; null for an argument. */
	private static CommandOption optionFor(Command command, String current, String previous) {
		for (CommandOption option : command.getOptions()) {
			String longName = option.longName();
			if (longName == null || longName.isEmpty()) {
				continue;
			}
			if (current.startsWith("--" + longName + "=")) {
				return option;
			}
			boolean flag = option.type() == boolean.class || option.type() == Boolean.class;
			if (!flag && previous.equals("--" + longName)) {
				return option;
			}
		}
		return null;
	}

}
