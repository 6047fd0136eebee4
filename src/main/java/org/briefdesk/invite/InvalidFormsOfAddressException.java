package org.briefdesk.invite;

import java.util.List;
import java.util.stream.Collectors;

import org.briefdesk.facts.Problem;
import org.briefdesk.system.BriefdeskException;

/** A forms-of-address file that cannot be used; the message names every problem as {@code file:line: message}. */
public class InvalidFormsOfAddressException extends BriefdeskException {

	private final List<Problem> problems;

	public InvalidFormsOfAddressException(List<Problem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		if (problems.size() == 1) {
			return problems.get(0) + "; fix the forms of address file";
		}
		return "the forms of address file has " + problems.size() + " problems:\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

}
