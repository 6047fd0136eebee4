package org.briefdesk.shell;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on one terminal line, redrawn in place (count, rate, time left), at most ten
 * times a second so that drawing never costs what it measures. In a pipe or a file it prints
 * nothing: a log wants the closing summary, not a hundred carriage returns. Ctrl-C at the
 * prompt ({@link CommandInterrupts}) stops the command at the next count, with a line that
 * says how far it got and how to finish.
 */
final class ProgressLine {

	private static final long REDRAW_NANOS = 100_000_000L;

	private static final int BAR = 24;

	private final Output out;

	private final String unit;

	private final LongSupplier clock;

	/** When the first count came, and what it was: the rate is measured from there, past the set-up. */
	private long firstAt;

	private int firstDone = -1;

	private long drawn;

	private boolean shown;

	private final CommandInterrupts interrupts;

	private final String howToFinish;

	ProgressLine(Output out, String unit) {
		this(out, unit, System::nanoTime, null, "");
	}

	/**
	 * @param interrupts Ctrl-C at the prompt, or null where the command cannot stop part-way
	 * @param howToFinish what the stop message ends with, e.g. "the letters written are whole; …"
	 */
	ProgressLine(Output out, String unit, CommandInterrupts interrupts, String howToFinish) {
		this(out, unit, System::nanoTime, interrupts, howToFinish);
	}

	ProgressLine(Output out, String unit, LongSupplier clock) {
		this(out, unit, clock, null, "");
	}

	private ProgressLine(Output out, String unit, LongSupplier clock, CommandInterrupts interrupts, String howToFinish) {
		this.out = out;
		this.unit = unit;
		this.clock = clock;
		this.interrupts = interrupts;
		this.howToFinish = howToFinish;
	}

	/**
	 * Reports {@code done} of {@code total}; draws on a terminal when it is time, and always at the end.
	 * @throws Cancelled when Ctrl-C was pressed and work is left
	 */
	void update(int done, int total) {
		if (this.interrupts != null && this.interrupts.requested() && done < total) {
			throw new Cancelled("stopped by Ctrl-C after " + done + " of " + total + " " + this.unit + "; "
					+ this.howToFinish);
		}
		if (!this.out.terminal()) {
			return;
		}
		long now = this.clock.getAsLong();
		if (this.firstDone < 0) {
			this.firstDone = done;
			this.firstAt = now;
		}
		if (this.shown && done < total && now - this.drawn < REDRAW_NANOS) {
			return;
		}
		this.drawn = now;
		this.out.redrawLine(line(done, total, done - this.firstDone, (now - this.firstAt) / 1e9));
		this.shown = true;
	}

	/** Leaves the line, so the summary starts on a line of its own. */
	void finish() {
		if (this.shown) {
			this.out.clearLine();
		}
	}

	/**
	 * "[██████░░░░] 412/1000 letters · 1,850/s · 0.3 s left"; the rate and time left only once
	 * half a second of work has been seen, so the first guess is not wild.
	 */
	String line(int done, int total, int measured, double seconds) {
		int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
		StringBuilder bar = new StringBuilder("[");
		bar.append("█".repeat(filled)).append("░".repeat(BAR - filled)).append("] ");
		bar.append(done).append('/').append(total).append(' ').append(this.unit);
		if (seconds >= 0.5 && measured > 0) {
			double rate = measured / seconds;
			bar.append(String.format(Locale.ROOT, " · %,.0f/s", rate));
			if (done < total) {
				bar.append(String.format(Locale.ROOT, " · %.1f s left", (total - done) / rate));
			}
		}
		return bar.toString();
	}

}
