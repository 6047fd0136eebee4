package org.briefdesk.shell;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.briefdesk.facts.PartialDate;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.UsageException;
import org.briefdesk.system.VisibleText;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.command.CommandContext;

/**
 * Fills in the required options of an {@code add} that the user left out: asked at the
 * prompt when a person is at it (a refused answer is asked again; Ctrl-C cancels the
 * command), a usage error (exit 2) in one-shot and script use.
 */
final class FactPrompts {

	private FactPrompts() {
	}

	/** The given value, or the answer to {@code question} at the prompt (any text but a blank one). */
	static String require(String given, String option, String question, String command, ShellSession session,
			CommandContext context) {
		return require(given, option, question, command, session, context, answer -> answer);
	}

	/**
	 * The given value, or the answer to {@code question} at the prompt, asked again (with the
	 * reason) while it is blank or {@code accept} refuses it. The given value itself is checked
	 * by the caller, as an option's value is.
	 * @throws Cancelled when the user presses Ctrl-C or Ctrl-D at the question
	 */
	static String require(String given, String option, String question, String command, ShellSession session,
			CommandContext context, Prompts.Answer<?> accept) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		if (!session.isInteractive()) {
			throw new UsageException(
					"missing option --" + option + " for '" + command + "'; `help " + command + "` shows it");
		}
		while (true) {
			String answer;
			try {
				answer = context.inputReader().readInput(question + ": ");
			}
			catch (Cancelled | UserInterruptException | EndOfFileException cancelled) {
				throw new Cancelled();
			}
			catch (RuntimeException failure) {
				throw failure;
			}
			catch (Exception unreadable) {
				throw new UsageException("no " + question.toLowerCase() + " could be read; nothing was added");
			}
			String reason;
			if (answer == null || answer.isBlank()) {
				reason = "an answer is needed";
			}
			else {
				try {
					accept.read(answer.strip());
					return answer.strip();
				}
				catch (BriefdeskException | IllegalArgumentException refused) {
					reason = refused.getMessage();
				}
			}
			context.outputWriter().println("  " + VisibleText.of(reason) + " (Ctrl-C cancels)");
			context.outputWriter().flush();
		}
	}

	/**
	 * An option's value for an edit: null (option not given) keeps the stored value, an empty
	 * value clears it.
	 */
	static String edited(String given, String stored) {
		if (given == null) {
			return stored;
		}
		return given.isBlank() ? null : given.strip();
	}

	/** An optional value for an add: blank is absent. */
	static String optional(String given) {
		return given == null || given.isBlank() ? null : given.strip();
	}

	/** A comma-separated list of ids ({@code oas,unodc}); blank is an empty list. */
	static List<String> ids(String given) {
		if (given == null || given.isBlank()) {
			return List.of();
		}
		return Arrays.stream(given.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
	}

	/** A list option for an edit: null keeps the stored list, blank clears it. */
	static List<String> editedIds(String given, List<String> stored) {
		return given == null ? stored : ids(given);
	}

	/** Priorities given in one option, separated by {@code |}. */
	static List<String> items(String given) {
		if (given == null || given.isBlank()) {
			return List.of();
		}
		return Arrays.stream(given.split("\\|")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	/** The question for a date, with the forms it takes. */
	static String dateQuestion(String what) {
		return what + " (e.g. 18 March 2027, 2027-03-18)";
	}

	/**
	 * A date option ({@code 2019-12-05}, {@code 2024-12}, {@code 2020}, or as written:
	 * "18 March 2027"); blank is absent.
	 */
	static PartialDate date(String option, String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return PartialDate.parseWritten(given);
		}
		catch (IllegalArgumentException invalid) {
			throw new UsageException("--" + option + ": " + invalid.getMessage());
		}
	}

	/** A date option for an edit: null keeps, blank clears. */
	static PartialDate editedDate(String option, String given, PartialDate stored) {
		return given == null ? stored : date(option, given);
	}

	/** A time option ({@code 14:30}); blank is absent. */
	static LocalTime time(String option, String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(given.strip().length() == 4 ? "0" + given.strip() : given.strip());
		}
		catch (DateTimeParseException invalid) {
			throw new UsageException("--" + option + ": '" + given + "' is not a time; write HH:MM, e.g. 14:30");
		}
	}

	static LocalTime editedTime(String option, String given, LocalTime stored) {
		return given == null ? stored : time(option, given);
	}

	/** A number option ({@code 24}, {@code 33.3}); blank is absent. */
	static BigDecimal number(String option, String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(given.strip());
		}
		catch (NumberFormatException invalid) {
			throw new UsageException("--" + option + ": '" + given + "' is not a number");
		}
	}

	static BigDecimal editedNumber(String option, String given, BigDecimal stored) {
		return given == null ? stored : number(option, given);
	}

}
