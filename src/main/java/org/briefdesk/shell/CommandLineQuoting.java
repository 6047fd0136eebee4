package org.briefdesk.shell;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the operating system's argument list back into one line that Spring Shell's parser
 * splits into the same words: it splits on spaces outside double quotes and unquotes a word
 * (or an option's value) that is wholly quoted.
 */
final class CommandLineQuoting {

	private CommandLineQuoting() {
	}

	static String join(List<String> args) {
		return args.stream().map(CommandLineQuoting::quote).collect(Collectors.joining(" "));
	}

	static String quote(String arg) {
		if (arg.startsWith("-") && arg.contains("=")) {
			int equals = arg.indexOf('=');
			return arg.substring(0, equals + 1) + quoteWord(arg.substring(equals + 1));
		}
		return quoteWord(arg);
	}

	private static String quoteWord(String word) {
		boolean needsQuotes = word.isEmpty() || word.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"');
		if (!needsQuotes) {
			return word;
		}
		return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
