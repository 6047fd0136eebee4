package org.briefdesk.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.briefdesk.system.DataDirectory;
import org.briefdesk.system.VisibleText;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

/**
 * Runs Briefdesk in one of its two modes: with arguments, one command and an exit code;
 * without, the interactive shell. It replaces Spring Shell's runner (see
 * {@link CommandLineDispatcher} for why).
 */
@Component
@ConditionalOnProperty(name = "briefdesk.runner.enabled", havingValue = "true", matchIfMissing = true)
public class BriefdeskRunner implements ApplicationRunner, EnvironmentAware {

	private final CommandLineDispatcher dispatcher;

	private final ExitCodeHolder exitCode;

	private final ShellSession session;

	private final ObjectProvider<LineReader> lineReader;

	private final OutputPolicy outputs;

	private final Prompts prompts;

	private final CommandInterrupts interrupts;

	private final ShellWarmUp warmUp;

	private Environment environment;

	public BriefdeskRunner(CommandLineDispatcher dispatcher, ExitCodeHolder exitCode, ShellSession session,
			ObjectProvider<LineReader> lineReader, OutputPolicy outputs, Prompts prompts, CommandInterrupts interrupts) {
		this(dispatcher, exitCode, session, lineReader, outputs, prompts, interrupts, null);
	}

	@Autowired
	BriefdeskRunner(CommandLineDispatcher dispatcher, ExitCodeHolder exitCode, ShellSession session,
			ObjectProvider<LineReader> lineReader, OutputPolicy outputs, Prompts prompts, CommandInterrupts interrupts,
			ShellWarmUp warmUp) {
		this.warmUp = warmUp;
		this.dispatcher = dispatcher;
		this.exitCode = exitCode;
		this.session = session;
		this.lineReader = lineReader;
		this.outputs = outputs;
		this.prompts = prompts;
		this.interrupts = interrupts;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String[] args = arguments.getSourceArgs();
		String homeRefusal = this.environment == null ? null : this.environment.getProperty(DataDirectory.REFUSAL_PROPERTY);
		if (args.length == 0 && homeRefusal != null) {
			// The shell keeps its history in the data directory: starting it would make a
			// mistyped folder, which the next start would take for a new library.
			new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
				.println("error: " + VisibleText.keepingLines(homeRefusal));
			this.exitCode.set(1);
			return;
		}
		if (args.length == 0) {
			this.session.setInteractive(true);
			runInteractive(this.lineReader.getObject());
		}
		else {
			this.exitCode.set(runOnce(Arrays.asList(args)));
		}
	}

	private int runOnce(List<String> args) {
		PrintWriter out = new PrintWriter(
				new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
		Outcome outcome = this.dispatcher.execute(args, out, new InputReader() {
		});
		out.flush();
		if (!outcome.succeeded()) {
			PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
			// An error may echo what the user gave or the library holds: never raw controls.
			err.println("error: " + VisibleText.keepingLines(outcome.message()));
			if (outcome.failure() != null && "1".equals(System.getenv("BRIEFDESK_DEBUG"))) {
				outcome.failure().printStackTrace(err);
			}
		}
		return outcome.exitCode();
	}

	/**
	 * The prompt loop. {@code reader} is the shell's line reader, whose history holds the
	 * commands; questions are read by {@link Prompts}, which keeps none.
	 */
	void runInteractive(LineReader reader) {
		PrintWriter out = reader.getTerminal().writer();
		InputReader in = this.prompts.inputReader();
		// Between readLine calls (a command running) Ctrl-C must not end the JVM with the
		// terminal still in raw mode; the steps that wait for a person handle it (Prompts).
		reader.getTerminal().handle(Signal.INT, SignalHandler.SIG_IGN);
		out.println("Briefdesk: `help` lists the commands, TAB completes them, `exit` or Ctrl-D leaves.");
		out.flush();
		if (this.warmUp != null && ShellWarmUp.isForAPerson(reader.getTerminal())) {
			this.warmUp.start();
		}
		while (true) {
			String line;
			try {
				// the history (SecretFreeHistory) keeps no line with a password, secret or token
				line = reader.readLine(prompt().toAnsi(reader.getTerminal()));
			}
			catch (UserInterruptException interrupted) {
				// Ctrl-C clears the line being typed; it does not end the session.
				continue;
			}
			catch (EndOfFileException endOfInput) {
				break;
			}
			String command = line.strip();
			if (command.isEmpty() || command.startsWith("#")) {
				continue;
			}
			if (command.equals("exit") || command.equals("quit")) {
				break;
			}
			if (this.warmUp != null) {
				this.warmUp.awaitDone();
			}
			Outcome outcome;
			this.interrupts.arm(reader.getTerminal());
			try {
				outcome = this.dispatcher.execute(command, out, in);
			}
			finally {
				this.interrupts.disarm(reader.getTerminal());
			}
			if (outcome.cancelled()) {
				out.println(outcome.message().substring(0, 1).toUpperCase() + outcome.message().substring(1) + ".");
			}
			else if (!outcome.succeeded()) {
				String error = "error: " + VisibleText.keepingLines(outcome.message());
				out.println(this.outputs.colour() ? new AttributedString(error,
						AttributedStyle.DEFAULT.foreground(AttributedStyle.RED))
					.toAnsi(reader.getTerminal()) : error);
			}
			out.flush();
		}
	}

	AttributedString prompt() {
		String text = this.session.briefingInUse()
			.map(id -> "briefdesk:" + VisibleText.of(id) + "> ")
			.orElse("briefdesk> ");
		return this.outputs.colour() ? new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN))
				: new AttributedString(text);
	}

}
