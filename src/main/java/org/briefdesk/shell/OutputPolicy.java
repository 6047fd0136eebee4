package org.briefdesk.shell;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Function;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Decides where standard output goes, once per command line, and hands the command its
 * {@link Output}:
 * <ul>
 * <li>{@code BRIEFDESK_FORCE_TTY} set (as gh's {@code GH_FORCE_TTY}): a terminal, as wide as its
 * value when that is a number of columns (20 or more), else as {@code COLUMNS} says, else 80;</li>
 * <li>at the interactive prompt: JLine's terminal, unless it is a dumb one (input or output
 * redirected), as wide as JLine says;</li>
 * <li>one-shot: a terminal when the JVM has a console ({@code System.console()}, and on JDK 22+
 * {@code Console.isTerminal()}), as wide as {@code COLUMNS} or else JLine's terminal says.</li>
 * </ul>
 * Colour only on a terminal, and never with {@code NO_COLOR} set (no-color.org) or
 * {@code TERM=dumb}. The decision is made only when a command first prints something that
 * depends on it (a table, a width), so {@code help} and {@code version} never ask.
 */
@Component
public class OutputPolicy {

	static final String FORCE_TTY = "BRIEFDESK_FORCE_TTY";

	private static final int MIN_FORCED_WIDTH = 20;

	private final ShellSession session;

	private final ObjectProvider<Terminal> terminal;

	private volatile Function<String, String> environment = System::getenv;

	public OutputPolicy(ShellSession session, ObjectProvider<Terminal> terminal) {
		this.session = session;
		this.terminal = terminal;
	}

	/** The output for one command line written to {@code out}. */
	public Output open(PrintWriter out, ParsedInput parsed) {
		boolean json = JsonOption.given(parsed);
		if (out instanceof Output running) {
			return running.forCommand(json);
		}
		return new Output(out, this::screen, json);
	}

	/** Where standard output goes now. */
	public Screen screen() {
		String forced = env(FORCE_TTY);
		boolean onTerminal;
		int width;
		if (forced != null && !forced.isBlank()) {
			onTerminal = true;
			// A small number is a "yes" (BRIEFDESK_FORCE_TTY=1), not a width.
			width = number(forced.strip());
			if (width < MIN_FORCED_WIDTH) {
				width = columns();
			}
		}
		else if (this.session.isInteractive()) {
			Terminal jline = this.terminal.getObject();
			onTerminal = !jline.getType().startsWith(Terminal.TYPE_DUMB);
			width = jline.getWidth();
		}
		else {
			onTerminal = consoleIsTerminal();
			width = onTerminal ? columns() : 0;
			if (onTerminal && width <= 0) {
				width = this.terminal.getObject().getWidth();
			}
		}
		String noColor = env("NO_COLOR");
		boolean colour = (noColor == null || noColor.isEmpty()) && !"dumb".equals(env("TERM"));
		return new Screen(onTerminal, width, colour);
	}

	/** Colour for the shell's own lines (prompt, errors): as for commands' output. */
	public boolean colour() {
		return screen().colour();
	}

	/** Reads the environment from {@code variables} instead of the process's (tests). */
	void useEnvironment(Map<String, String> variables) {
		this.environment = variables == null ? System::getenv : variables::get;
	}

	private String env(String name) {
		return this.environment.apply(name);
	}

	private int columns() {
		return number(env("COLUMNS"));
	}

	private static int number(String text) {
		if (text == null || !text.strip().matches("\\d{1,4}")) {
			return 0;
		}
		return Integer.parseInt(text.strip());
	}

	/**
	 * JDK 17 to 21 give a console only when standard input and output are a terminal; from
	 * JDK 22 there may be a console in a pipe too, and {@code isTerminal()} tells.
	 */
	private static boolean consoleIsTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			Method isTerminal = Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		}
		catch (NoSuchMethodException beforeJdk22) {
			return true;
		}
		catch (ReflectiveOperationException unexpected) {
			return false;
		}
	}

}
