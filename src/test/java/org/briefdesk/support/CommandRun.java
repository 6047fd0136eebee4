package org.briefdesk.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.briefdesk.shell.CommandLineDispatcher;
import org.briefdesk.shell.Outcome;
import org.springframework.shell.core.InputReader;

/**
 * Runs one command line in a test's application context the way the shell does (same
 * dispatcher, exit codes and error lines), with answers for the prompt if the test gives
 * some.
 */
public final class CommandRun {

	public record Result(Outcome outcome, String output, List<String> prompts) {

		public int exitCode() {
			return this.outcome.exitCode();
		}

		public String error() {
			return this.outcome.message();
		}

	}

	private CommandRun() {
	}

	public static Result run(CommandLineDispatcher dispatcher, String line, String... answers) {
		StringWriter text = new StringWriter();
		Deque<String> queue = new ArrayDeque<>(List.of(answers));
		List<String> prompts = new java.util.ArrayList<>();
		InputReader in = new InputReader() {
			@Override
			public String readInput(String prompt) {
				prompts.add(prompt);
				if (queue.isEmpty()) {
					throw new IllegalStateException("the test gave no answer for '" + prompt + "'");
				}
				return queue.removeFirst();
			}
		};
		Outcome outcome = dispatcher.execute(line, new PrintWriter(text), in);
		return new Result(outcome, text.toString(), prompts);
	}

}
