package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

	private final StringWriter text = new StringWriter();

	private final AtomicLong nanos = new AtomicLong();

	private ProgressLine progress(Screen screen) {
		return new ProgressLine(new Output(new PrintWriter(this.text), () -> screen, false), "letters", this.nanos::get);
	}

	@Test
	void onATerminalItShowsCountThenRateAndTimeLeftOnOneLineRedrawnInPlace() {
		ProgressLine progress = progress(new Screen(true, 100, false));
		progress.update(10, 1000);
		assertThat(this.text.toString()).isEqualTo("\r[░░░░░░░░░░░░░░░░░░░░░░░░] 10/1000 letters\u001b[K");
		this.nanos.set(1_000_000_000L);
		progress.update(250, 1000);
		assertThat(this.text.toString()).endsWith("\r[██████░░░░░░░░░░░░░░░░░░] 250/1000 letters · 240/s · 3.1 s left\u001b[K");
		progress.finish();
		assertThat(this.text.toString()).endsWith("\r\u001b[K").doesNotContain("\n");
	}

	@Test
	void itRedrawsAtMostTenTimesASecondButAlwaysShowsTheEnd() {
		ProgressLine progress = progress(new Screen(true, 100, false));
		this.nanos.set(500_000_000L);
		progress.update(1, 3);
		this.nanos.set(510_000_000L);
		progress.update(2, 3);
		progress.update(3, 3);
		assertThat(this.text.toString()).contains(" 1/3 ").doesNotContain(" 2/3 ").contains(" 3/3 letters");
	}

	@Test
	void inAPipeItPrintsNothing() {
		ProgressLine progress = progress(Screen.PIPE);
		this.nanos.set(1_000_000_000L);
		progress.update(10, 10);
		progress.finish();
		assertThat(this.text.toString()).isEmpty();
	}

}
