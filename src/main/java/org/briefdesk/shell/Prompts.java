package org.briefdesk.shell;

import java.io.IOError;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.VisibleText;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.MaskingCallback;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.jline.tui.component.MultiItemSelector;
import org.springframework.shell.jline.tui.component.MultiItemSelector.MultiItemSelectorContext;
import org.springframework.shell.jline.tui.component.SingleItemSelector;
import org.springframework.shell.jline.tui.component.SingleItemSelector.SingleItemSelectorContext;
import org.springframework.shell.jline.tui.component.support.AbstractComponent;
import org.springframework.shell.jline.tui.component.support.SelectorItem;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.stereotype.Component;

/**
 * Every step that waits for a person at the interactive prompt: a question, a selector (one
 * or many), a confirmation and the pager. Each step follows the same three rules:
 * <ul>
 * <li>Ctrl-C (or Ctrl-D) abandons the step with {@link Cancelled}: the terminal is put back as
 * it was (echo on, no raw mode), and the command, which asks before it changes anything,
 * changes nothing;</li>
 * <li>an answer that is refused (a date in another form, an unknown id) is said to be wrong,
 * with the reason, and asked again;</li>
 * <li>answers are read by a line reader of their own that keeps no history, so that ↑ at the
 * shell's prompt recalls commands, never answers.</li>
 * </ul>
 * Selectors are Spring Shell's; they read the terminal in raw mode with signals on, so Ctrl-C
 * reaches them as SIGINT, which interrupts the waiting read here instead of ending the JVM.
 */
@Component
public class Prompts {

	private static final int VISIBLE_ITEMS = 10;

	private final Supplier<Terminal> terminal;

	private final ResourceLoader resourceLoader;

	private final Supplier<TemplateExecutor> templateExecutor;

	private volatile LineReader questions;

	@Autowired
	public Prompts(ObjectProvider<Terminal> terminal, ResourceLoader resourceLoader,
			ObjectProvider<TemplateExecutor> templateExecutor) {
		this(terminal::getObject, resourceLoader, templateExecutor::getObject);
	}

	Prompts(Supplier<Terminal> terminal, ResourceLoader resourceLoader, Supplier<TemplateExecutor> templateExecutor) {
		this.terminal = terminal;
		this.resourceLoader = resourceLoader;
		this.templateExecutor = templateExecutor;
	}

	/** A function that reads an answer, or throws a {@link BriefdeskException} or {@link IllegalArgumentException} saying why not. */
	@FunctionalInterface
	public interface Answer<T> {

		T read(String answer);

	}

	/**
	 * Asks until the answer is accepted. {@code proposed} is put on the line to be edited
	 * (ENTER takes it as it is); a blank answer goes to {@code read} like any other.
	 */
	public <T> T ask(String question, String proposed, Answer<T> read) {
		while (true) {
			String answer = readAnswer(question + ": ", proposed);
			try {
				return read.read(answer.strip());
			}
			catch (BriefdeskException | IllegalArgumentException refused) {
				PrintWriter out = terminal().writer();
				out.println("  " + VisibleText.of(refused.getMessage()) + " (Ctrl-C cancels)");
				out.flush();
				proposed = answer;
			}
		}
	}

	/** Asks for a text; a blank answer is refused when {@code required}, otherwise it is {@code proposed} or empty. */
	public String ask(String question, String proposed, boolean required) {
		return ask(question, proposed, answer -> {
			if (answer.isEmpty() && required) {
				throw new IllegalArgumentException("an answer is needed");
			}
			return answer;
		});
	}

	/** One item of a list; {@code preselected} (an item's name) is where the cursor starts. */
	public String chooseOne(String name, List<SelectorItem<String>> items, String preselected) {
		return step(() -> {
			SingleItemSelector<String, SelectorItem<String>> selector = new SingleItemSelector<>(terminal(), items, name,
					null);
			prepare(selector, items.size());
			if (preselected != null) {
				items.stream().filter(i -> i.getName().equals(preselected)).findFirst().ifPresent(selector::setDefaultExpose);
			}
			SingleItemSelectorContext<String, SelectorItem<String>> result = selector.run(SingleItemSelectorContext.empty());
			return result.getResultItem().map(SelectorItem::getItem).orElse("");
		});
	}

	/** The ticked items, in the order of the list. */
	public List<String> chooseMany(String name, List<SelectorItem<String>> items) {
		return step(() -> {
			MultiItemSelector<String, SelectorItem<String>> selector = new MultiItemSelector<>(terminal(), items, name,
					null);
			prepare(selector, items.size());
			MultiItemSelectorContext<String, SelectorItem<String>> result = selector.run(MultiItemSelectorContext.empty());
			List<SelectorItem<String>> chosen = result.getResultItems() == null ? List.of() : result.getResultItems();
			return chosen.stream().map(SelectorItem::getItem).toList();
		});
	}

	/** Yes or no, as a two-item selector. */
	public boolean confirm(String question, String yes, String no) {
		return "yes".equals(chooseOne(question, List.of(SelectorItem.of(yes, "yes"), SelectorItem.of(no, "no")), null));
	}

	/** Shows text a screen at a time; Ctrl-C or q stops it (not a cancellation: nothing was being changed). */
	public void page(String text) {
		try {
			step(() -> {
				TerminalPager.page(terminal(), text);
				return null;
			});
		}
		catch (Cancelled stopped) {
			terminal().writer().println();
			terminal().writer().flush();
		}
	}

	/** The questions of {@code add} commands (through their {@code CommandContext}), without history. */
	public InputReader inputReader() {
		return new InputReader() {
			@Override
			public String readInput() {
				return readAnswer("", null);
			}

			@Override
			public String readInput(String prompt) {
				return readAnswer(prompt, null);
			}
		};
	}

	private String readAnswer(String prompt, String proposed) {
		try {
			return questionReader().readLine(prompt, null, (MaskingCallback) null, proposed == null ? "" : proposed);
		}
		catch (UserInterruptException | EndOfFileException cancelled) {
			throw new Cancelled();
		}
	}

	/** The line reader for answers: the shell's terminal, no completion, no history kept. */
	LineReader questionReader() {
		LineReader reader = this.questions;
		if (reader == null) {
			synchronized (this) {
				if (this.questions == null) {
					this.questions = LineReaderBuilder.builder()
						.terminal(terminal())
						.appName("briefdesk-questions")
						.history(new DefaultHistory())
						.variable(LineReader.DISABLE_HISTORY, true)
						.variable(LineReader.HISTORY_FILE, null)
						.build();
				}
				reader = this.questions;
			}
		}
		return reader;
	}

	/**
	 * Runs one step that reads the terminal itself. While it runs, SIGINT (Ctrl-C) interrupts
	 * the read; whatever happens, the terminal's attributes and the signal handler are put back.
	 */
	<T> T step(Supplier<T> body) {
		Terminal terminal = terminal();
		Thread reading = Thread.currentThread();
		AtomicBoolean interrupted = new AtomicBoolean();
		Attributes saved = terminal.getAttributes();
		SignalHandler previous = terminal.handle(Signal.INT, signal -> {
			interrupted.set(true);
			reading.interrupt();
		});
		try {
			T result = body.get();
			if (interrupted.get()) {
				throw new Cancelled();
			}
			return result;
		}
		catch (IOError | UncheckedIOException | UserInterruptException | EndOfFileException failure) {
			if (interrupted.get() || failure instanceof UserInterruptException || failure instanceof EndOfFileException
					|| failure.getCause() instanceof InterruptedIOException) {
				throw new Cancelled();
			}
			throw failure;
		}
		finally {
			terminal.handle(Signal.INT, previous);
			terminal.setAttributes(saved);
			terminal.flush();
			// The interrupt was for the read; it must not reach the command's next wait (a database call).
			Thread.interrupted();
		}
	}

	private void prepare(AbstractComponent<?> component, int itemCount) {
		component.setResourceLoader(this.resourceLoader);
		component.setTemplateExecutor(this.templateExecutor.get());
		if (component instanceof SingleItemSelector<?, ?> single) {
			single.setMaxItems(Math.min(VISIBLE_ITEMS, Math.max(1, itemCount)));
		}
		else if (component instanceof MultiItemSelector<?, ?> multi) {
			multi.setMaxItems(Math.min(VISIBLE_ITEMS, Math.max(1, itemCount)));
		}
	}

	private Terminal terminal() {
		return this.terminal.get();
	}

}
