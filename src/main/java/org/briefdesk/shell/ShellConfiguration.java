package org.briefdesk.shell;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;

/**
 * Terminal settings: names in every script need UTF-8 whatever the machine's locale says (the
 * history is {@link SecretFreeHistory}); the terminal is made the quick way
 * ({@link TerminalProviders}).
 */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

	@Bean
	TerminalCustomizer utf8Terminal() {
		return builder -> builder.encoding(StandardCharsets.UTF_8).name("briefdesk");
	}

	@Bean
	TerminalCustomizer quickTerminal() {
		return TerminalProviders::choose;
	}

}
