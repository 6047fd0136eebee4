package org.briefdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.briefdesk.facts.ImportRefusedException;
import org.briefdesk.system.BriefdeskException;

/**
 * What every fuzz target asserts about a hostile input: the code under test either succeeds
 * or refuses with a {@link BriefdeskException} whose message the user can read, never
 * another exception. A refusal's message is one line (an import's refusal is one line a
 * problem), not blank, and names no Java exception class or package unless the input itself
 * spelled it; and no input takes more than half a minute. Anything else propagates, which Jazzer reports as a finding.
 */
public final class RefusalContract {

	/** A Java class name leaking into a message: {@code IndexOutOfBoundsException}, {@code java.io.}. */
	private static final Pattern JAVA_NAME = Pattern
		.compile("\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b|\\b(java|javax|jdk|sun|org\\.apache|org\\.yaml|com\\.deepoove)\\.[a-z]");

	private RefusalContract() {
	}

	/** A piece of code under test. */
	@FunctionalInterface
	public interface Attempt {

		void run() throws Exception;

	}

	/**
	 * Runs the attempt; returns normally when it succeeded or was refused as the contract
	 * says, throws {@link AssertionError} when the refusal breaks it, and lets every other
	 * exception through.
	 * @param input the input as text (bytes read as ISO-8859-1), so that a class name the input
	 * spelled itself is not taken for a leak
	 * @return the refusal, or null when the attempt succeeded
	 */
	public static BriefdeskException refusedPlainlyOrSucceeded(String input, Attempt attempt) throws Exception {
		long start = System.nanoTime();
		try {
			attempt.run();
			return null;
		}
		catch (BriefdeskException refused) {
			check(refused, input);
			return refused;
		}
		finally {
			tookNoLongerThanALimit(start);
		}
	}

	/**
	 * No input may keep the program busy for long: an input that takes more than
	 * {@value #MAX_SECONDS} s is a finding even when it ends (a true hang is caught by
	 * libFuzzer's own per-input timeout while fuzzing, and by this once it is a regression input).
	 */
	private static void tookNoLongerThanALimit(long start) {
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		if (seconds > MAX_SECONDS) {
			throw new AssertionError("one input took " + seconds + " s");
		}
	}

	/** Generous for a loaded 2-core machine: the slowest seed (a whole PDF) takes under 3 s. */
	private static final int MAX_SECONDS = 30;

	/** Asserts the contract on a refusal already caught. */
	public static void check(BriefdeskException refused, String input) {
		List<String> lines = new ArrayList<>();
		if (refused instanceof ImportRefusedException importRefused) {
			importRefused.problems().forEach(problem -> lines.add(problem.toString()));
		}
		else {
			lines.add(refused.getMessage());
		}
		for (String line : lines) {
			if (line == null || line.isBlank()) {
				throw new AssertionError("a refusal without a message", refused);
			}
			if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
				throw new AssertionError("a refusal of more than one line: " + line, refused);
			}
			var leak = JAVA_NAME.matcher(line);
			while (leak.find()) {
				if (input == null || !input.contains(leak.group())) {
					throw new AssertionError("a refusal that names Java's insides (" + leak.group() + "): " + line, refused);
				}
			}
		}
	}

}
