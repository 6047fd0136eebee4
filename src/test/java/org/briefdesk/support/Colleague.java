package org.briefdesk.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.briefdesk.BriefdeskApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * A second Briefdesk on the same library, as a colleague at another desk runs it: an
 * application context of its own, with its own connection pool, data directory and name
 * ({@code briefdesk.user}), on the database a test's context uses. On the embedded store both
 * run in the test's JVM, which H2 allows; on PostgreSQL they are two clients of the server.
 */
public final class Colleague implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Colleague(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts a colleague called {@code name} on the library of {@code mine}. */
	public static Colleague on(Environment mine, String name) {
		return at(mine.getRequiredProperty("spring.datasource.url"), mine.getProperty("spring.datasource.username", ""),
				mine.getProperty("spring.datasource.password", ""), name);
	}

	/** Starts a colleague called {@code name} on the library at {@code url}. */
	public static Colleague at(String url, String user, String password, String name) {
		Map<String, Object> settings = new HashMap<>(TestFonts.settings());
		settings.put("briefdesk.home",
				Path.of("target", "test-homes", "colleague-" + UUID.randomUUID()).toAbsolutePath().toString());
		settings.put("briefdesk.runner.enabled", "false");
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", user);
		settings.put("spring.datasource.password", password);
		settings.put("briefdesk.user", name);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BriefdeskApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.initializers(started -> started.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("colleague", settings)))
			.run();
		return new Colleague(context);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
