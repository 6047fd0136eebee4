package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Spring Shell 4.0.1's parser, with boolean flags fixed for two-word commands: it looks the
 * flag up on the first word only ({@code export}, not {@code export pdf}), so a bare
 * {@code --overwrite} is taken for an option missing its value. This parser gives such a flag
 * its value ({@code --overwrite=true}) and hands the line to Spring Shell's parser.
 */
@Component
class FlagAwareCommandParser implements CommandParser {

	/** How Spring Shell's parser splits a line: on whitespace outside double quotes. */
	private static final String WORDS = "\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

	private final CommandRegistry registry;

	private final DefaultCommandParser parser;

	FlagAwareCommandParser(CommandRegistry registry) {
		this.registry = registry;
		this.parser = new DefaultCommandParser(registry);
	}

	@Override
	public ParsedInput parse(String input) {
		return this.parser.parse(withFlagValues(input));
	}

	String withFlagValues(String input) {
		List<String> words = List.of(input.strip().split(WORDS));
		Command command = null;
		int firstOption = 0;
		String name = "";
		for (int i = 0; i < words.size(); i++) {
			name = i == 0 ? words.get(0) : name + " " + words.get(i);
			Command found = this.registry.getCommandByName(name);
			if (found != null) {
				command = found;
				firstOption = i + 1;
			}
			else if (this.registry.getCommandsByPrefix(name + " ").isEmpty()) {
				break;
			}
		}
		if (command == null || firstOption < 2) {
			return input;
		}
		List<String> rewritten = new ArrayList<>(words);
		for (int i = firstOption; i < words.size(); i++) {
			String word = words.get(i);
			if (word.equals("--")) {
				break;
			}
			String next = i + 1 < words.size() ? words.get(i + 1) : null;
			boolean valueFollows = next != null && !next.startsWith("-");
			if (word.startsWith("-") && !word.contains("=") && !valueFollows && isFlag(command, word)) {
				rewritten.set(i, word + "=true");
			}
		}
		return String.join(" ", rewritten);
	}

	private static boolean isFlag(Command command, String word) {
		return command.getOptions()
			.stream()
			.anyMatch(option -> option.isOptionEqual(word)
					&& (option.type() == boolean.class || option.type() == Boolean.class));
	}

}
