package org.briefdesk;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.briefdesk.shell.ExitCodeHolder;
import org.briefdesk.system.DataDirectory;
import org.briefdesk.team.DatabaseSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts Briefdesk: the interactive shell without arguments, one command with them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BriefdeskApplication {

	public static void main(String[] args) {
		chooseLibraryDefaults(System.getProperties());
		System.exit(run(args));
	}

	/**
	 * Choices that libraries would otherwise make the slow way on every start; a choice the
	 * user made ({@code -D...}) stands.
	 */
	static void chooseLibraryDefaults(Properties system) {
		// Commons Logging (Spring's log API) would find SLF4J by starting the Log4j API first,
		// only to learn that it routes to SLF4J: a twentieth of a one-shot start. Name the
		// factory it ends up with anyway.
		if (system.getProperty("org.apache.commons.logging.LogFactory") == null) {
			system.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.Slf4jLogFactory");
		}
	}

	/** Runs Briefdesk and returns the process exit code (0 ok, 1 failed, 2 usage). */
	public static int run(String[] args) {
		DataDirectory home = DataDirectory.fromEnvironment(System.getenv());
		SpringApplication app = new SpringApplication(BriefdeskApplication.class);
		app.setDefaultProperties(defaultProperties(home, args.length > 0, System.getenv("BRIEFDESK_FAST_START")));
		// Team mode's settings (BRIEFDESK_DB_*, database.properties) come after the environment,
		// so that the standard spring.datasource.* settings still win over them.
		DatabaseSettings database = DatabaseSettings.read(System.getenv(), home.path());
		app.addInitializers(context -> context.getEnvironment()
			.getPropertySources()
			.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new MapPropertySource("briefdesk-database", database.properties())));
		app.setLogStartupInfo(false);
		try (ConfigurableApplicationContext context = app.run(args)) {
			return context.getBean(ExitCodeHolder.class).exitCode();
		}
		catch (SpringApplication.AbandonedRunException aotProcessing) {
			// The build's Spring AOT step (process-aot) stops the run on purpose once the
			// context is prepared: let it through, it is not a failure.
			throw aotProcessing;
		}
		catch (RuntimeException startFailure) {
			// The context could not start (a broken configuration, a locked library...):
			// the cause is in the log; the user gets one line.
			System.err.println("briefdesk: " + StartupFailures.describe(startFailure, home));
			return 1;
		}
	}

	static Map<String, Object> defaultProperties(DataDirectory home) {
		return defaultProperties(home, false, null);
	}

	/**
	 * Briefdesk's settings that depend on the data directory and on how long the process
	 * lives. A one-shot command (arguments given) opens the library once and exits: the pool
	 * keeps the connection it checks at start (with none kept idle it closes it, which closes
	 * the H2 database, only to open it again for the first statement), and H2 does not spend
	 * up to 200 ms compacting the file when it closes (the interactive shell, open for long,
	 * still compacts; H2 reuses the free space of the file either way).
	 * {@code BRIEFDESK_FAST_START=0} keeps the shell's settings for every command.
	 */
	static Map<String, Object> defaultProperties(DataDirectory home, boolean oneShot, String fastStart) {
		Map<String, Object> properties = new HashMap<>();
		boolean shortLived = oneShot && !"0".equals(fastStart);
		properties.put("spring.datasource.hikari.minimum-idle", shortLived ? "1" : "0");
		properties.put("briefdesk.h2-process-settings", shortLived ? ";MAX_COMPACT_TIME=0" : "");
		properties.put("briefdesk.home", home.path().toString());
		properties.put("briefdesk.home-was-empty", Boolean.toString(home.wasEmpty()));
		properties.put("briefdesk.home-is-default", Boolean.toString(home.isDefault()));
		// A data directory that is not a folder may be a typo: writing the log there would make
		// the folder, and the next start would take it for a new, empty data directory. The
		// refusal is decided now, before anything is written, and given by the first command
		// that needs the library (help and version still run).
		java.util.Optional<String> refusal = home.refusal();
		refusal.ifPresent(reason -> properties.put(DataDirectory.REFUSAL_PROPERTY, reason));
		if (refusal.isEmpty()) {
			properties.put("logging.file.name", home.path().resolve("briefdesk.log").toString());
		}
		properties.put("spring.shell.config.location", home.path().toString());
		return properties;
	}

}
