package org.briefdesk.shell;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.LibraryFiles;
import org.briefdesk.render.docx.DocxExporter;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.render.pdf.PdfProperties;
import org.briefdesk.system.DataDirectory;
import org.briefdesk.system.FastStart;
import org.briefdesk.team.DatabaseSettings;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the shell's first command is likely to need, done while a person reads the prompt:
 * the library opened and read once, then the Word and PDF engines loaded by rendering the
 * example pack into memory (nothing is written). The shell shows its prompt first, with the
 * small class-data archive of {@code help}, so it appears as quickly as {@code help} returns;
 * this makes up for the classes that archive leaves out. The first command waits until the
 * warm-up is over, so the two never run side by side, and a warm-up that fails changes
 * nothing: the command meets the same problem and reports it. Only for a library that exists
 * as an H2 file (a new one gets its sample facts from the first command, as ever; a server
 * that is down would make the first command wait for it twice), and only for a person at a
 * terminal ({@link #isForAPerson}): commands read from a pipe come at once, and the first would
 * only wait for the warm-up. It begins a moment after the shell starts reading its first line
 * ({@link #BEHIND_THE_PROMPT}), so that the prompt is drawn with both cores and not beside it.
 * {@code BRIEFDESK_FAST_START=0} turns it off.
 */
@Component
class ShellWarmUp {

	private static final Log log = LogFactory.getLog(ShellWarmUp.class);

	private final Runnable work;

	private final Environment environment;

	/**
	 * How long the warm-up waits before it begins: the prompt is on the screen a few
	 * milliseconds after the line reader starts, and nobody types a command in a tenth of a
	 * second.
	 */
	static final Duration BEHIND_THE_PROMPT = Duration.ofMillis(100);

	private final Duration delay;

	private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

	@Autowired
	ShellWarmUp(ObjectProvider<FactLibrary> library, PdfProperties pdf, Environment environment) {
		this(() -> {
			library.getObject().list(FactKind.PERSON);
			DocxExporter.warmUp();
			PdfExporter.warmUp(pdf);
		}, environment, BEHIND_THE_PROMPT);
	}

	/** A warm-up that does {@code work} at once (tests). */
	ShellWarmUp(Runnable work, Environment environment) {
		this(work, environment, Duration.ZERO);
	}

	ShellWarmUp(Runnable work, Environment environment, Duration delay) {
		this.work = work;
		this.environment = environment;
		this.delay = delay;
	}

	/**
	 * Whether a person reads what the shell shows on {@code terminal}: not when JLine made a
	 * dumb terminal, as it does when the shell reads a pipe or a file (or for an editor's
	 * shell window that asks for one, which then goes without the warm-up).
	 */
	static boolean isForAPerson(Terminal terminal) {
		String type = terminal.getType();
		return type != null && !type.startsWith(Terminal.TYPE_DUMB);
	}

	/** Starts the warm-up on a daemon thread, when it is worth it. */
	void start() {
		if (!FastStart.isOn(this.environment) || !libraryFileExists()) {
			return;
		}
		this.running = CompletableFuture.runAsync(this::runQuietly, task -> {
			Thread thread = new Thread(task, "briefdesk-shell-warm-up");
			thread.setDaemon(true);
			thread.start();
		});
	}

	private void runQuietly() {
		try {
			if (!this.delay.isZero()) {
				Thread.sleep(this.delay.toMillis());
			}
			this.work.run();
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | LinkageError failed) {
			log.debug("shell warm-up stopped: " + failed.getMessage());
		}
	}

	/** Waits until the warm-up is over (at once when none runs). */
	void awaitDone() {
		this.running.join();
	}

	private boolean libraryFileExists() {
		if (this.environment.getProperty(DataDirectory.REFUSAL_PROPERTY) != null
				|| this.environment.getProperty(DatabaseSettings.REFUSAL_PROPERTY) != null) {
			return false;
		}
		LibraryFiles files = LibraryFiles.from(this.environment);
		return files.exists();
	}

}
