package org.briefdesk.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.shell.jline.tui.style.Theme;
import org.springframework.shell.jline.tui.style.ThemeRegistry;
import org.springframework.shell.jline.tui.style.ThemeResolver;
import org.springframework.shell.jline.tui.style.ThemeSettings;

/**
 * A terminal a test types on: JLine's {@link ExternalTerminal} keeps a real line discipline
 * (echo, canonical and raw mode, and Ctrl-C raised as SIGINT when signals are on), fed from a
 * pipe, with what it shows kept for the test to read.
 */
final class KeyboardTerminal implements AutoCloseable {

	static final String CTRL_C = "\u0003";

	static final String ENTER = "\r";

	/** The down arrow as an xterm sends it in keypad mode, which the selectors turn on. */
	static final String DOWN = "\033OB";

	/** The up arrow in keypad mode (the shell's line reader turns it on too). */
	static final String UP = "\033OA";

	private final PipedOutputStream keys = new PipedOutputStream();

	private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

	private final ExternalTerminal terminal;

	KeyboardTerminal(int rows) {
		this(rows, "xterm-256color");
	}

	/** A terminal of another type: {@code dumb} is what JLine makes for a shell reading a pipe. */
	KeyboardTerminal(int rows, String type) {
		try {
			this.terminal = new ExternalTerminal("test", type, new PipedInputStream(this.keys, 65536),
					this.screen, StandardCharsets.UTF_8);
		}
		catch (IOException unexpected) {
			throw new UncheckedIOException(unexpected);
		}
		this.terminal.setSize(new Size(100, rows));
	}

	ExternalTerminal terminal() {
		return this.terminal;
	}

	/** Prompts on this terminal, with Spring Shell's default theme for the selectors. */
	Prompts prompts() {
		ThemeRegistry themes = new ThemeRegistry();
		themes.register(Theme.of("default", ThemeSettings.defaults()));
		TemplateExecutor templates = new TemplateExecutor(new ThemeResolver(themes, "default"));
		return new Prompts(() -> this.terminal, new DefaultResourceLoader(), () -> templates);
	}

	void type(String text) {
		try {
			this.keys.write(text.getBytes(StandardCharsets.UTF_8));
			this.keys.flush();
		}
		catch (IOException unexpected) {
			throw new UncheckedIOException(unexpected);
		}
	}

	/** Everything written to the screen so far. */
	String screen() {
		synchronized (this.screen) {
			return this.screen.toString(StandardCharsets.UTF_8);
		}
	}

	/** Waits until the screen shows {@code text} (a step has started reading). */
	void awaitScreen(String text) {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!screen().contains(text)) {
			if (System.nanoTime() > until) {
				throw new AssertionError("the screen never showed '" + text + "'; it shows:\n" + screen());
			}
			sleep(20);
		}
		// The step draws before it reads: give it the moment to get there.
		sleep(100);
	}

	/** Runs {@code step} as a command would, on a thread of its own, so that the test can type meanwhile. */
	<T> CompletableFuture<T> start(Supplier<T> step) {
		return CompletableFuture.supplyAsync(step, command -> new Thread(command, "command").start());
	}

	/** What the step ended with: its value, or the exception it threw. */
	static Object outcome(CompletableFuture<?> step) {
		try {
			return step.get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException failed) {
			return failed.getCause();
		}
		catch (InterruptedException | TimeoutException notEnded) {
			throw new AssertionError("the step did not end", notEnded);
		}
	}

	boolean echoes() {
		return this.terminal.getAttributes().getLocalFlag(LocalFlag.ECHO);
	}

	/** Canonical (line) mode: what raw mode turns off. */
	boolean readsLines() {
		return this.terminal.getAttributes().getLocalFlag(LocalFlag.ICANON);
	}

	Attributes attributes() {
		return new Attributes(this.terminal.getAttributes());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws IOException {
		this.terminal.close();
		this.keys.close();
	}

}
