package org.briefdesk.bench.bare;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * The yardstick of bench/startup.sh: what a plain Spring Boot 4 + Spring Shell 4 program
 * with one command costs to start. Only the one-shot switch that Spring Shell 4 needs
 * (arguments given: no interactive shell) is set; nothing is tuned.
 */
@SpringBootApplication
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(BareApplication.class);
		if (args.length > 0) {
			app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", "false"));
		}
		app.run(args);
	}

	@Component
	static class Greeting {

		@Command(name = "hello", description = "Say hello")
		public String hello() {
			return "hello";
		}

	}

}
