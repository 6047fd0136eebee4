package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.briefdesk.system.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.stereotype.Component;

/**
 * Which briefing a command acts on: the id given as argument or with {@code --briefing},
 * else the briefing in use in this session ({@code briefing use ID}). One-shot commands have
 * no briefing in use, so they name it.
 */
@Component
public class BriefingTarget {

	private final ShellSession session;

	public BriefingTarget(ShellSession session) {
		this.session = session;
	}

	/** The briefing from {@code --briefing}, else the one in use. */
	public String resolve(String option) {
		return resolve(null, option);
	}

	/** The briefing from the argument or {@code --briefing} (they must agree), else the one in use. */
	public String resolve(String argument, String option) {
		String given = blankToNull(argument);
		String fromOption = blankToNull(option);
		if (given != null && fromOption != null && !given.equals(fromOption)) {
			throw new UsageException("two briefings given ('" + given + "' and --briefing " + fromOption
					+ "); give one");
		}
		String id = given != null ? given : fromOption;
		if (id != null) {
			return id;
		}
		return this.session.briefingInUse()
			.orElseThrow(() -> new UsageException("no briefing given; add --briefing ID"
					+ (this.session.isInteractive() ? " or `briefing use ID` first" : "")
					+ " (`briefing list` shows the ids)"));
	}

	/**
	 * Every value of an option that may be repeated ({@code --panelist a --panelist b}) or
	 * hold several values separated by commas ({@code --figures a,b}); empty when not given.
	 */
	static List<String> values(CommandContext context, String longName) {
		List<String> values = new ArrayList<>();
		for (CommandOption option : context.parsedInput().options()) {
			if (longName.equals(option.longName()) && option.value() != null) {
				Arrays.stream(option.value().split(","))
					.map(String::strip)
					.filter(value -> !value.isEmpty())
					.forEach(values::add);
			}
		}
		return values;
	}

	static boolean given(CommandContext context, String longName) {
		return context.parsedInput().options().stream().anyMatch(option -> longName.equals(option.longName()));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
