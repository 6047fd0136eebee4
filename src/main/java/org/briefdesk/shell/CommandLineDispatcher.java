package org.briefdesk.shell;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.UsageException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Runs one command line the same way in every mode (one-shot, script, interactive) and says
 * how it ended. Spring Shell's own runners ignore unknown options, join one-shot arguments
 * without their quotes and end the shell on Ctrl-C (see {@link Prompts}); Briefdesk keeps Shell's parser, registry
 * and commands, and owns this step so that exit codes and error lines are the same
 * everywhere.
 */
@Component
public class CommandLineDispatcher {

	private static final Log log = LogFactory.getLog(CommandLineDispatcher.class);

	private final CommandParser parser;

	private final CommandRegistry registry;

	private final CommandHelp help;

	private final OutputPolicy outputs;

	public CommandLineDispatcher(CommandParser parser, CommandRegistry registry, CommandHelp help,
			OutputPolicy outputs) {
		this.parser = parser;
		this.registry = registry;
		this.help = help;
		this.outputs = outputs;
	}

	/** Runs one line (as typed at the prompt or in a script) and writes its output to {@code out}. */
	public Outcome execute(String line, PrintWriter out, InputReader in) {
		try {
			runOrThrow(line, out, in);
			return Outcome.ok();
		}
		catch (Exception failure) {
			return describe(failure);
		}
		finally {
			out.flush();
		}
	}

	/** Runs one-shot arguments exactly as the operating system handed them over. */
	public Outcome execute(List<String> args, PrintWriter out, InputReader in) {
		return execute(CommandLineQuoting.join(args), out, in);
	}

	private void runOrThrow(String line, PrintWriter writer, InputReader in) throws Exception {
		ParsedInput parsed;
		try {
			parsed = this.parser.parse(line);
		}
		catch (IllegalArgumentException malformed) {
			throw new UsageException(malformed.getMessage() + "; `help` lists the commands and their options");
		}
		// Every command writes through one Output: escaped text, tables for the screen, --json.
		Output out = this.outputs.open(writer, parsed);
		String name = fullName(parsed);
		Command command = this.registry.getCommandByName(name);
		if (command == null) {
			List<Command> subCommands = this.registry.getCommandsByPrefix(name + " ")
				.stream()
				.sorted(Comparator.comparing(Command::getName))
				.toList();
			if (subCommands.isEmpty() || !parsed.arguments().isEmpty() || !parsed.options().isEmpty()) {
				throw unknownCommand(line, parsed, subCommands);
			}
			out.print(this.help.forNoun(name, subCommands));
			return;
		}
		if (asksForHelp(parsed)) {
			out.print(this.help.forCommand(command));
			return;
		}
		checkOptions(command, parsed, this.help);
		ExitStatus status = command.execute(new CommandContext(parsed, this.registry, out, in));
		if (status.code() != ExitStatus.OK.code()) {
			throw new BriefdeskException(name + " failed: " + status.description());
		}
	}

	private static String fullName(ParsedInput parsed) {
		if (parsed.subCommands().isEmpty()) {
			return parsed.commandName();
		}
		return parsed.commandName() + " " + String.join(" ", parsed.subCommands());
	}

	private UsageException unknownCommand(String line, ParsedInput parsed, List<Command> subCommands) {
		Optional<CommandHelp.Suggestion> suggestion = this.help.closestCommand(this.registry, leadingWords(line));
		if (suggestion.isPresent()) {
			return new UsageException("unknown command '" + suggestion.get().typed() + "'; did you mean `"
					+ suggestion.get().meant() + "`?");
		}
		String name = fullName(parsed);
		if (!subCommands.isEmpty()) {
			String verb = parsed.arguments().isEmpty() ? "" : parsed.arguments().get(0).value();
			return new UsageException("unknown command '" + name + (verb.isEmpty() ? "" : " " + verb) + "'; `help "
					+ name + "` lists what " + name + " can do");
		}
		String first = line.strip().split("\\s+", 2)[0];
		return new UsageException("unknown command '" + first + "'; `help` lists the commands");
	}

	/** The words of a line before its first option: the command as typed, then its arguments. */
	private static List<String> leadingWords(String line) {
		List<String> words = new ArrayList<>();
		for (String word : line.strip().split("\\s+")) {
			if (word.startsWith("-")) {
				break;
			}
			words.add(word);
		}
		return words;
	}

	private static boolean asksForHelp(ParsedInput parsed) {
		return parsed.options()
			.stream()
			.anyMatch(option -> "help".equals(option.longName()) || option.shortName() == 'h');
	}

	private static void checkOptions(Command command, ParsedInput parsed, CommandHelp help) {
		String name = command.getName();
		for (CommandOption given : parsed.options()) {
			boolean known = command.getOptions().stream().anyMatch(declared -> matches(declared, given));
			if (!known) {
				boolean hasLongName = given.longName() != null && !given.longName().isEmpty();
				String shown = hasLongName ? "--" + given.longName() : "-" + given.shortName();
				String meant = hasLongName ? help.closestOption(command, given.longName())
					.map(option -> "did you mean `--" + option + "`? ")
					.orElse("") : "";
				throw new UsageException("unknown option '" + shown + "' for '" + name + "'; " + meant + "`help "
						+ name + "` lists its options");
			}
		}
		for (CommandOption declared : command.getOptions()) {
			if (Boolean.TRUE.equals(declared.required())
					&& parsed.options().stream().noneMatch(given -> matches(declared, given))) {
				throw new UsageException(
						"missing option --" + declared.longName() + " for '" + name + "'; `help " + name + "` shows it");
			}
		}
	}

	private static boolean matches(CommandOption declared, CommandOption given) {
		boolean longMatch = given.longName() != null && !given.longName().isEmpty()
				&& given.longName().equals(declared.longName());
		boolean shortMatch = given.shortName() != ' ' && given.shortName() == declared.shortName();
		return longMatch || shortMatch;
	}

	private static Outcome describe(Throwable failure) {
		Throwable cause = failure;
		while (cause != null) {
			if (cause instanceof Cancelled cancelled) {
				return Outcome.cancelled(cancelled);
			}
			if (cause instanceof UsageException usage) {
				return new Outcome(Outcome.USAGE, usage.getMessage(), failure);
			}
			if (cause instanceof ScriptLineFailure scriptLine) {
				return new Outcome(scriptLine.exitCode(), scriptLine.getMessage(), failure);
			}
			if (cause instanceof BriefdeskException known) {
				log.info("command failed: " + known.getMessage(), known);
				return new Outcome(Outcome.FAILED, known.getMessage(), failure);
			}
			if (cause instanceof ConversionException badValue) {
				return new Outcome(Outcome.USAGE, "a value has the wrong form: " + rootMessage(badValue), failure);
			}
			cause = cause instanceof InvocationTargetException invocation ? invocation.getTargetException()
					: cause.getCause();
		}
		log.error("unexpected failure", failure);
		return new Outcome(Outcome.FAILED, "unexpected error (" + rootMessage(failure) + "); details in the log file",
				failure);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
	}

}
