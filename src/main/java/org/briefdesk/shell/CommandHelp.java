package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.briefdesk.system.BriefdeskProperties;
import org.briefdesk.system.Suggestions;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

/**
 * Formats help: all commands grouped by noun in the order a user meets them, one noun's
 * verbs, or one command's options. Spring Shell's own help lists groups in hash order and
 * option types as Java class names.
 */
@Component
public class CommandHelp {

	/** Nouns in the order of the design; anything else follows alphabetically, the shell's own last. */
	private static final List<String> NOUN_ORDER = List.of("org", "person", "priorities", "stat", "quote", "event",
			"chair", "search", "briefing", "export", "invite", "template", "data", "series");

	private static final List<String> SHELL_COMMANDS = List.of("help", "version", "script", "history", "clear", "quit", "exit");

	private final BriefdeskProperties properties;

	public CommandHelp(BriefdeskProperties properties) {
		this.properties = properties;
	}

	public String overview(CommandRegistry registry) {
		Map<String, List<Command>> byNoun = new LinkedHashMap<>();
		visibleCommands(registry).stream()
			.sorted(Comparator.comparing(CommandHelp::nounRank).thenComparing(Command::getName))
			.forEach(command -> byNoun.computeIfAbsent(groupKey(command), key -> new ArrayList<>()).add(command));
		int width = visibleCommands(registry).stream().mapToInt(c -> c.getName().length()).max().orElse(10) + 2;
		StringBuilder text = new StringBuilder();
		text.append("Briefdesk ")
			.append(this.properties.version())
			.append(": a library of sourced facts, assembled into briefing packs.\n\n")
			.append("Usage: briefdesk                     start the interactive shell\n")
			.append("       briefdesk COMMAND [OPTIONS]   run one command and exit\n\n");
		byNoun.forEach((noun, commands) -> {
			text.append(heading(noun, commands)).append('\n');
			for (Command command : commands) {
				text.append("  ").append(pad(command.getName(), width)).append(command.getDescription()).append('\n');
				// An alias gets its own line (`exit` beside `quit`): a user looks for the word they know.
				for (String alias : command.getAliases()) {
					text.append("  ").append(pad(alias, width)).append("Same as ").append(command.getName()).append('\n');
				}
			}
			text.append('\n');
		});
		text.append("`help COMMAND` shows a command's options and examples, e.g. `help ")
			.append(byNoun.containsKey("org") ? "org add" : "script")
			.append("`.\n");
		return text.toString();
	}

	public String forNoun(String noun, List<Command> commands) {
		int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10) + 2;
		StringBuilder text = new StringBuilder(heading(noun, commands)).append('\n');
		for (Command command : commands) {
			text.append("  ").append(pad(command.getName(), width)).append(command.getDescription()).append('\n');
		}
		return text.append("\n`help ").append(noun).append(" VERB` shows a command's options.\n").toString();
	}

	public String forCommand(Command command) {
		StringBuilder text = new StringBuilder();
		text.append(command.getName()).append(": ").append(command.getDescription()).append("\n\n");
		text.append("Usage: ").append(command.getName());
		for (CommandOption option : command.getOptions()) {
			String shown = "--" + option.longName() + valueHint(option);
			text.append(' ').append(Boolean.TRUE.equals(option.required()) ? shown : "[" + shown + "]");
		}
		text.append('\n');
		if (!command.getOptions().isEmpty()) {
			text.append("\nOptions:\n");
			int width = command.getOptions()
				.stream()
				.mapToInt(o -> optionLabel(o).length())
				.max()
				.orElse(10) + 2;
			for (CommandOption option : command.getOptions()) {
				text.append("  ").append(pad(optionLabel(option), width)).append(nullToEmpty(option.description()));
				if (Boolean.TRUE.equals(option.required())) {
					text.append(" (required)");
				}
				else if (option.defaultValue() != null && !option.defaultValue().isEmpty()) {
					text.append(" (default: ").append(option.defaultValue()).append(')');
				}
				text.append('\n');
			}
		}
		String examples = command.getHelp();
		if (examples != null && !examples.isBlank() && !examples.startsWith(command.getName() + "(")) {
			text.append('\n').append(examples.strip()).append('\n');
		}
		return text.toString();
	}

	/** Names of every visible command, for completion and suggestions. */
	public List<String> commandNames(CommandRegistry registry) {
		return visibleCommands(registry).stream().map(Command::getName).sorted().collect(Collectors.toList());
	}

	/**
	 * The command (or noun) a mistyped line most likely meant: {@code preson list} gives
	 * {@code person list}, {@code briefing shwo icat} gives {@code briefing show}. The line's
	 * first one, two or three words are compared with the names of as many words (and the
	 * first word with the nouns too); a run of words that already names a command or noun is
	 * taken as typed. The closest wins, the longer name when two are as close.
	 */
	public Optional<Suggestion> closestCommand(CommandRegistry registry, List<String> words) {
		Set<String> names = new TreeSet<>();
		for (Command command : visibleCommands(registry)) {
			names.add(command.getName());
			names.addAll(command.getAliases());
			names.add(command.getName().split(" ", 2)[0]);
		}
		Suggestion best = null;
		for (int count = 1; count <= Math.min(3, words.size()); count++) {
			String typed = String.join(" ", words.subList(0, count));
			int wordCount = count;
			List<String> sameLength = names.stream().filter(name -> name.split(" ").length == wordCount).toList();
			if (sameLength.contains(typed)) {
				continue;
			}
			Optional<String> closest = Suggestions.closest(typed, sameLength);
			if (closest.isPresent()) {
				int edits = Suggestions.distance(typed, closest.get());
				if (best == null || edits <= Suggestions.distance(best.typed(), best.meant())) {
					best = new Suggestion(typed, closest.get());
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** The long option of the command closest to a mistyped one ({@code brefing} gives {@code briefing}). */
	public Optional<String> closestOption(Command command, String typedLongName) {
		List<String> longNames = command.getOptions()
			.stream()
			.map(CommandOption::longName)
			.filter(name -> name != null && !name.isEmpty())
			.toList();
		return Suggestions.closest(typedLongName, longNames);
	}

	/** What the user typed, and the known name they probably meant. */
	public record Suggestion(String typed, String meant) {
	}

	private static List<Command> visibleCommands(CommandRegistry registry) {
		return registry.getCommands().stream().filter(command -> !command.isHidden()).toList();
	}

	private static String groupKey(Command command) {
		String noun = command.getName().split(" ", 2)[0];
		return SHELL_COMMANDS.contains(noun) ? "shell" : noun;
	}

	private static int nounRank(Command command) {
		String key = groupKey(command);
		int index = NOUN_ORDER.indexOf(key);
		if (index >= 0) {
			return index;
		}
		return key.equals("shell") ? Integer.MAX_VALUE : NOUN_ORDER.size();
	}

	private static String heading(String noun, List<Command> commands) {
		if (noun.equals("shell")) {
			return "Shell";
		}
		String group = commands.get(0).getGroup();
		if (group == null || group.isBlank() || group.endsWith(" Commands")) {
			return noun;
		}
		return group + " (" + noun + ")";
	}

	private static String optionLabel(CommandOption option) {
		String label = "--" + option.longName() + valueHint(option);
		if (option.shortName() != ' ') {
			label = "-" + option.shortName() + ", " + label;
		}
		return label;
	}

	private static String valueHint(CommandOption option) {
		Class<?> type = option.type();
		if (type == boolean.class || type == Boolean.class) {
			return "";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return " N";
		}
		if (type.isEnum()) {
			return " " + java.util.Arrays.stream(type.getEnumConstants())
				.map(value -> value.toString().toLowerCase())
				.collect(Collectors.joining("|"));
		}
		return " " + option.longName().toUpperCase().replace('-', '_');
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
