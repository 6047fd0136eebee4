package org.briefdesk.facts;

import java.util.List;
import java.util.stream.Collectors;

import org.briefdesk.system.BriefdeskException;

/**
 * An import was refused and changed nothing. The message names every problem, one a line
 * ({@code file:line: message}), after a first line that says so when there are several.
 */
public class ImportRefusedException extends BriefdeskException {

	private final List<Problem> problems;

	public ImportRefusedException(List<Problem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		if (problems.size() == 1) {
			return problems.get(0) + "; nothing was imported";
		}
		return "nothing was imported; " + problems.size() + " problems:\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

}
