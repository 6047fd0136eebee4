package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.briefdesk.BriefdeskApplication;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

@BriefdeskTest
class CommandRegistryConfigurationTest {

	@Autowired
	CommandRegistry registry;

	/** Spring Shell's own way of finding commands: scan the application's package. */
	private static Set<String> annotatedCommandNamesOnTheClasspath() throws ClassNotFoundException {
		Set<String> names = new HashSet<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		for (BeanDefinition candidate : scanner
			.findCandidateComponents(BriefdeskApplication.class.getPackageName())) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
				org.springframework.shell.core.command.annotation.Command command = AnnotatedElementUtils
					.findMergedAnnotation(method, org.springframework.shell.core.command.annotation.Command.class);
				if (command != null) {
					names.add(String.join(" ", command.name()));
				}
			}
		}
		return names;
	}

	@Test
	void registersEveryCommandThatSpringShellsScanWouldFind() throws Exception {
		Set<String> registered = new HashSet<>();
		this.registry.getCommands().forEach(command -> registered.add(command.getName()));
		assertThat(annotatedCommandNamesOnTheClasspath()).isNotEmpty().allSatisfy(
				name -> assertThat(registered).as("registered commands").contains(name));
	}

	@Test
	void keepsSpringShellsBuiltInCommandsAndQuitWithItsAliasExit() {
		assertThat(this.registry.getCommandByName("history")).isNotNull();
		assertThat(this.registry.getCommandByName("clear")).isNotNull();
		Command quit = this.registry.getCommandByName("exit");
		assertThat(quit).isNotNull();
		assertThat(quit.getName()).isEqualTo("quit");
	}

	@Test
	void registersEachCommandOnce() {
		assertThat(this.registry.getCommands().stream().map(Command::getName))
			.doesNotHaveDuplicates();
		assertThat(Arrays.asList("help", "version", "script"))
			.allSatisfy(name -> assertThat(this.registry.getCommandByName(name)).isNotNull());
	}

}
