package org.briefdesk.shell;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validator;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils.MethodFilter;

/**
 * Spring Shell's command registry, built from the beans already in the context. Spring
 * Shell's own registry scans the application's package on the classpath at every start,
 * reading every class file, then looks each command's helpers up by failed bean look-ups
 * and builds a conversion service and a validator for every command: about a fifth of a
 * one-shot start, growing with every class and command. This registry finds the same
 * commands (methods annotated {@code @Command} on beans in Briefdesk's packages) and builds
 * each one with Spring Shell's own {@link CommandFactoryBean}, so a command behaves
 * exactly as before; it only skips the scan and the per-command rebuilding. Spring Shell
 * 4.0.2's own registry finds commands the same way (bean definitions, no scan); once Maven
 * Central serves it here, only the shared conversion service, the validator and {@code quit}
 * without Hibernate Validator may still be worth keeping: measure with bench/startup.sh.
 */
@Configuration(proxyBeanMethods = false)
class CommandRegistryConfiguration {

	/** Briefdesk's packages: this one's parent (naming the application class would make a package cycle). */
	private static final String APPLICATION_PACKAGE = CommandRegistryConfiguration.class.getPackageName()
		.replaceFirst("\\.shell$", ".");

	@Bean
	CommandRegistry commandRegistry(ConfigurableApplicationContext context) {
		CommandRegistry registry = new CommandRegistry();
		context.getBeansOfType(Command.class).values().forEach(registry::registerCommand);
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		Set<Class<?>> seen = new HashSet<>();
		for (String name : beanFactory.getBeanDefinitionNames()) {
			Class<?> type = beanFactory.getType(name, false);
			if (type == null) {
				continue;
			}
			Class<?> userType = ClassUtils.getUserClass(type);
			if (!userType.getName().startsWith(APPLICATION_PACKAGE) || !seen.add(userType)) {
				continue;
			}
			for (Method method : MethodIntrospector.selectMethods(userType, (MethodFilter) CommandRegistryConfiguration::isCommand)) {
				CommandFactoryBean factory = new CommandFactoryBean(method);
				factory.setApplicationContext(context);
				registry.registerCommand(factory.getObject());
			}
		}
		registry.registerCommand(new Quit());
		return registry;
	}

	/** One conversion service for every command's option values (Spring Shell's default kind). */
	@Bean
	ConfigurableConversionService shellConversionService() {
		return new DefaultConversionService();
	}

	/** Validates command arguments, starting Hibernate Validator only for a command that declares constraints. */
	@Bean
	Validator shellArgumentValidator() {
		return new CommandArgumentValidator();
	}

	private static boolean isCommand(Method method) {
		return AnnotatedElementUtils.hasAnnotation(method,
				org.springframework.shell.core.command.annotation.Command.class);
	}

	/**
	 * {@code quit} (alias {@code exit}), listed in help and completed at the prompt; the
	 * interactive loop ends the session before it runs. Spring Shell's own instance lives in a
	 * class whose loading starts Hibernate Validator.
	 */
	static final class Quit extends AbstractCommand {

		Quit() {
			super("quit", "Exit the shell", "Built-In Commands");
		}

		@Override
		public List<String> getAliases() {
			return List.of("exit");
		}

		@Override
		public ExitStatus doExecute(CommandContext context) {
			return ExitStatus.OK;
		}

	}

}
