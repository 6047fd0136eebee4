package org.briefdesk.shell;

import java.nio.charset.StandardCharsets;

import org.jline.reader.History;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;

/**
 * Terminal settings: names in every script need UTF-8 whatever the machine's locale says; and
 * the history, which keeps no line that may hold a password (Spring Shell makes its own only
 * when there is none).
 */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

	@Bean
	TerminalCustomizer utf8Terminal() {
		return builder -> builder.encoding(StandardCharsets.UTF_8).name("briefdesk");
	}

	@Bean
	History history() {
		return new PasswordFreeHistory();
	}

}
