package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * {@code --json}, declared once for every command that lists or shows (every {@code list} and
 * {@code show}, and {@code search}, the checks, {@code template fields}, {@code data backups},
 * {@code briefing layouts}, {@code briefing history} and {@code briefing diff}). Spring Shell 4's {@code @Option} applies to one method parameter
 * and cannot be shared or meta-annotated, so instead of a parameter on each method the option
 * is added to those commands in the registry as it is built: help lists it, the parser takes
 * it as a flag, completion proposes it. A command asks {@link Output#json()} whether it was
 * given.
 */
@Component
class JsonOption implements BeanPostProcessor {

	static final String NAME = "json";

	/** The last word of the commands that take {@code --json}. */
	private static final Set<String> VERBS = Set.of("list", "show", "search", "check", "fields", "backups", "layouts",
			"history", "diff", "info", "log");

	static final CommandOption OPTION = CommandOption.with()
		.longName(NAME)
		.description("print JSON for scripts (keys as in the data files)")
		.type(boolean.class)
		.required(false)
		.defaultValue("false")
		.build();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof CommandRegistry registry) {
			registry.getCommands().forEach(JsonOption::declareOn);
		}
		return bean;
	}

	static boolean takesJson(Command command) {
		String[] words = command.getName().split(" ");
		return VERBS.contains(words[words.length - 1]);
	}

	static void declareOn(Command command) {
		if (!takesJson(command) || !(command instanceof AbstractCommand declared)
				|| command.getOptions().stream().anyMatch(option -> NAME.equals(option.longName()))) {
			return;
		}
		List<CommandOption> options = new ArrayList<>(command.getOptions());
		options.add(OPTION);
		declared.setOptions(options);
	}

	/** Whether the command line asks for JSON ({@code --json}, {@code --json true}, not {@code --json false}). */
	static boolean given(ParsedInput parsed) {
		return parsed != null && parsed.options()
			.stream()
			.anyMatch(option -> NAME.equals(option.longName()) && !"false".equalsIgnoreCase(option.value()));
	}

}
