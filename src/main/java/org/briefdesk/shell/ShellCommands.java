package org.briefdesk.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.BriefdeskProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The shell's own commands: help, version and script files. */
@Component
public class ShellCommands {

	private final CommandHelp help;

	private final BriefdeskProperties properties;

	private final CommandLineDispatcher dispatcher;

	public ShellCommands(CommandHelp help, BriefdeskProperties properties, @Lazy CommandLineDispatcher dispatcher) {
		this.help = help;
		this.properties = properties;
		this.dispatcher = dispatcher;
	}

	@org.springframework.shell.core.command.annotation.Command(name = "help", group = "Shell",
			description = "Show the commands grouped by noun, or one command's options",
			help = "Examples:\n  help\n  help org\n  help org add")
	public void help(@Arguments List<String> words, CommandContext context) {
		PrintWriter out = context.outputWriter();
		String name = words == null ? "" : String.join(" ", words).strip();
		if (name.isEmpty()) {
			out.print(this.help.overview(context.commandRegistry()));
			return;
		}
		Command command = context.commandRegistry().getCommandByName(name);
		if (command != null) {
			out.print(this.help.forCommand(command));
			return;
		}
		List<Command> verbs = context.commandRegistry()
			.getCommandsByPrefix(name + " ")
			.stream()
			.sorted(java.util.Comparator.comparing(Command::getName))
			.toList();
		if (verbs.isEmpty()) {
			String meant = this.help.closestCommand(context.commandRegistry(), words)
				.map(suggestion -> "did you mean `help " + suggestion.meant() + "`? ")
				.orElse("");
			throw new org.briefdesk.system.UsageException(
					"no command '" + name + "'; " + meant + "`help` lists the commands");
		}
		out.print(this.help.forNoun(name, verbs));
	}

	@org.springframework.shell.core.command.annotation.Command(name = "version", group = "Shell",
			description = "Print Briefdesk's version")
	public String version() {
		return "Briefdesk " + this.properties.version();
	}

	@org.springframework.shell.core.command.annotation.Command(name = "script", group = "Shell",
			description = "Run the commands in a file, one a line; stop at the first that fails",
			help = """
					Blank lines and lines starting with # are skipped. A failing line stops the
					script with FILE:LINE: reason, and its exit code (1 failed, 2 usage).

					Example:
					  briefdesk script --file weekly.briefdesk""")
	public void script(@Option(longName = "file", shortName = 'f', required = true,
			description = "the file of commands") String file, CommandContext context) {
		Path path = Path.of(file);
		List<String> lines;
		try {
			lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException missing) {
			throw new BriefdeskException("no script file " + path + "; check the path");
		}
		catch (MalformedInputException notText) {
			throw new BriefdeskException(path + " is not UTF-8 text");
		}
		catch (IOException unreadable) {
			throw new BriefdeskException("cannot read " + path + ": " + unreadable.getMessage());
		}
		for (int number = 1; number <= lines.size(); number++) {
			String line = lines.get(number - 1).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Outcome outcome = this.dispatcher.execute(line, context.outputWriter(), context.inputReader());
			if (!outcome.succeeded()) {
				throw new ScriptLineFailure(file + ":" + number + ": " + outcome.message(), outcome.exitCode());
			}
		}
	}

}
