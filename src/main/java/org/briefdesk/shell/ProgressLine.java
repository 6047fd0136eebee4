package org.briefdesk.shell;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on one terminal line, redrawn in place (count, rate, time left), at most ten
 * times a second so that drawing never costs what it measures. In a pipe or a file it prints
 * nothing: a log wants the closing summary, not a hundred carriage returns.
 */
final class ProgressLine {

	private static final long REDRAW_NANOS = 100_000_000L;

	private static final int BAR = 24;

	private final Output out;

	private final String unit;

	private final LongSupplier clock;

	private final long started;

	private long drawn;

	private boolean shown;

	ProgressLine(Output out, String unit) {
		this(out, unit, System::nanoTime);
	}

	ProgressLine(Output out, String unit, LongSupplier clock) {
		this.out = out;
		this.unit = unit;
		this.clock = clock;
		this.started = clock.getAsLong();
	}

	/** Reports {@code done} of {@code total}; draws on a terminal when it is time, and always at the end. */
	void update(int done, int total) {
		if (!this.out.terminal()) {
			return;
		}
		long now = this.clock.getAsLong();
		if (this.shown && done < total && now - this.drawn < REDRAW_NANOS) {
			return;
		}
		this.drawn = now;
		this.out.redrawLine(line(done, total, (now - this.started) / 1e9));
		this.shown = true;
	}

	/** Leaves the line, so the summary starts on a line of its own. */
	void finish() {
		if (this.shown) {
			this.out.clearLine();
		}
	}

	/** "[██████░░░░] 412/1000 letters · 1,850/s · 0.3 s left" */
	String line(int done, int total, double seconds) {
		int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
		StringBuilder bar = new StringBuilder("[");
		bar.append("█".repeat(filled)).append("░".repeat(BAR - filled)).append("] ");
		bar.append(done).append('/').append(total).append(' ').append(this.unit);
		if (seconds > 0 && done > 0) {
			double rate = done / seconds;
			bar.append(String.format(Locale.ROOT, " · %,.0f/s", rate));
			if (done < total) {
				bar.append(String.format(Locale.ROOT, " · %.1f s left", (total - done) / rate));
			}
		}
		return bar.toString();
	}

}
