package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The warm-up behind the shell's prompt: when it runs, and that a failing one changes nothing. */
class ShellWarmUpTest {

	@TempDir
	Path home;

	private MockEnvironment environmentWithALibraryFile() throws Exception {
		Files.writeString(this.home.resolve("library.mv.db"), "");
		return new MockEnvironment().withProperty("briefdesk.home", this.home.toString())
			.withProperty("spring.datasource.url", "jdbc:h2:file:" + this.home.resolve("library") + ";IFEXISTS=TRUE");
	}

	@Test
	void warmsUpAnExistingLibraryFileOnceAndIsDoneWhenAwaited() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		ShellWarmUp warmUp = new ShellWarmUp(runs::incrementAndGet, environmentWithALibraryFile());
		warmUp.start();
		warmUp.awaitDone();
		assertThat(runs).hasValue(1);
	}

	@Test
	void aWarmUpThatFailsIsOverAllTheSame() throws Exception {
		ShellWarmUp warmUp = new ShellWarmUp(() -> {
			throw new IllegalStateException("the library is open in another Briefdesk");
		}, environmentWithALibraryFile());
		warmUp.start();
		warmUp.awaitDone();
	}

	@Test
	void doesNothingForALibraryNotCreatedYetSoTheFirstCommandLoadsTheSamples() {
		AtomicInteger runs = new AtomicInteger();
		ShellWarmUp warmUp = new ShellWarmUp(runs::incrementAndGet, new MockEnvironment()
			.withProperty("briefdesk.home", this.home.toString())
			.withProperty("spring.datasource.url", "jdbc:h2:file:" + this.home.resolve("library") + ";IFEXISTS=TRUE"));
		warmUp.start();
		warmUp.awaitDone();
		assertThat(runs).hasValue(0);
	}

	@Test
	void doesNothingWithTheFastPathsOff() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		ShellWarmUp warmUp = new ShellWarmUp(runs::incrementAndGet,
				environmentWithALibraryFile().withProperty("BRIEFDESK_FAST_START", "0"));
		warmUp.start();
		warmUp.awaitDone();
		assertThat(runs).hasValue(0);
	}

	@Test
	void doesNothingForALibraryOnAServer() {
		AtomicInteger runs = new AtomicInteger();
		ShellWarmUp warmUp = new ShellWarmUp(runs::incrementAndGet, new MockEnvironment()
			.withProperty("briefdesk.home", this.home.toString())
			.withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/briefdesk"));
		warmUp.start();
		warmUp.awaitDone();
		assertThat(runs).hasValue(0);
	}

	@Test
	void warmsUpForAPersonAtATerminalNotForAShellReadingAPipe() throws Exception {
		try (KeyboardTerminal person = new KeyboardTerminal(24);
				KeyboardTerminal pipe = new KeyboardTerminal(24, "dumb");
				KeyboardTerminal colouredPipe = new KeyboardTerminal(24, "dumb-color")) {
			assertThat(ShellWarmUp.isForAPerson(person.terminal())).isTrue();
			assertThat(ShellWarmUp.isForAPerson(pipe.terminal())).isFalse();
			assertThat(ShellWarmUp.isForAPerson(colouredPipe.terminal())).isFalse();
		}
	}

	@Test
	void beginsOnlyAfterItsDelaySoThePromptIsDrawnFirst() throws Exception {
		java.util.concurrent.atomic.AtomicLong began = new java.util.concurrent.atomic.AtomicLong();
		ShellWarmUp warmUp = new ShellWarmUp(() -> began.set(System.nanoTime()), environmentWithALibraryFile(),
				java.time.Duration.ofMillis(200));
		long started = System.nanoTime();
		warmUp.start();
		warmUp.awaitDone();
		assertThat(began.get() - started).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(200).toNanos());
	}

}
