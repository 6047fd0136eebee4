package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Spring Shell's parser, with flags that work on commands of two words. Spring Shell 4.0.1
 * looks a flag up under the first word only ({@code org}, not {@code org list}), so
 * {@code org list --json} failed with "requires a value", and {@code org show --json unodc}
 * took the id as the flag's value. Here a boolean option not followed by {@code true} or
 * {@code false} is given {@code =true} before Shell's parser sees the line. Spring Shell 4.0.2
 * fixes this upstream (commit 4f8bd1e, issue #1331: the flag is looked up under the full
 * command name), but Maven Central here serves 4.0.1 at most; delete this class when it serves
 * 4.0.2 or newer ({@code CommandSuggestionsTest} keeps the behaviour proven).
 */
@Component
class BriefdeskCommandParser implements CommandParser {

	private static final String WORDS = "\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

	private final CommandRegistry registry;

	private final DefaultCommandParser delegate;

	BriefdeskCommandParser(CommandRegistry registry) {
		this.registry = registry;
		this.delegate = new DefaultCommandParser(registry);
	}

	@Override
	public ParsedInput parse(String input) {
		return this.delegate.parse(withExplicitFlags(input));
	}

	String withExplicitFlags(String input) {
		List<String> words = new ArrayList<>(List.of(input.strip().split(WORDS)));
		Command command = null;
		int firstNonCommandWord = 0;
		for (int i = 1; i <= words.size(); i++) {
			Command candidate = this.registry.getCommandByName(String.join(" ", words.subList(0, i)));
			if (candidate != null) {
				command = candidate;
				firstNonCommandWord = i;
			}
		}
		if (command == null) {
			return input;
		}
		for (int i = firstNonCommandWord; i < words.size(); i++) {
			String word = words.get(i);
			if (word.equals("--")) {
				break;
			}
			if (!word.startsWith("-") || word.contains("=")) {
				continue;
			}
			String next = i + 1 < words.size() ? words.get(i + 1) : null;
			if (!isDeclared(command, word)) {
				// Shell's parser would say "requires a value"; given one, the dispatcher names the
				// option as unknown, which is what it is.
				if (word.startsWith("--") && (next == null || next.startsWith("-"))) {
					words.set(i, word + "=true");
				}
				continue;
			}
			if (!isFlag(command, word)) {
				continue;
			}
			if (next != null && (next.equalsIgnoreCase("true") || next.equalsIgnoreCase("false"))) {
				i++;
				continue;
			}
			words.set(i, word + "=true");
		}
		return String.join(" ", words);
	}

	private static boolean isDeclared(Command command, String word) {
		return command.getOptions().stream().anyMatch(option -> matches(option, word));
	}

	private static boolean isFlag(Command command, String word) {
		return command.getOptions()
			.stream()
			.filter(option -> option.type() == boolean.class || option.type() == Boolean.class)
			.anyMatch(option -> matches(option, word));
	}

	private static boolean matches(CommandOption option, String word) {
		if (word.startsWith("--")) {
			return word.substring(2).equals(option.longName());
		}
		return word.length() == 2 && option.shortName() != ' ' && word.charAt(1) == option.shortName();
	}

}
