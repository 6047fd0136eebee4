package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.briefdesk.system.FastStart;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.objenesis.ObjenesisStd;

/**
 * Brings the library's schema up to date before anything reads it, in the place of Spring
 * Boot's own initializer, so that Spring Boot's {@code Flyway} bean is made only when Flyway
 * has something to do: making it (configuring Flyway, loading its plugins) is a tenth of a
 * one-shot command. With the usual settings (no {@code spring.flyway.*} setting but the
 * locations and the table, no Flyway callbacks but Briefdesk's {@link DataMigration}s, which
 * act only when their version is applied, no Java migrations or customizers of the
 * application's own, no data source of Flyway's own), the schema history is checked directly
 * ({@link LibrarySchema#isCurrent(DataSource, List, String)}); when it records exactly the
 * migrations shipped, that is all. Otherwise, or when anything is to do, Flyway runs as
 * Spring Boot runs it, through {@link LibrarySchema}. {@code BRIEFDESK_FAST_START=0} always
 * runs Flyway.
 */
class LibrarySchemaInitializer extends FlywayMigrationInitializer {

	/** The settings the direct check models; any other {@code spring.flyway.*} setting leaves it to Flyway. */
	private static final List<String> MODELLED_SETTINGS = List.of("spring.flyway.locations", "spring.flyway.table");

	private final ObjectProvider<Flyway> flyway;

	private final LibrarySchema schema;

	private final DataSource dataSource;

	private final ObjectProvider<FlywayProperties> properties;

	private final boolean applicationExtendsFlyway;

	private final Environment environment;

	/**
	 * @param applicationExtendsFlyway whether there are Flyway callbacks (but data migrations), Java migrations,
	 * customizers other than Spring Boot's, or a data source of Flyway's own
	 */
	LibrarySchemaInitializer(ObjectProvider<Flyway> flyway, LibrarySchema schema, DataSource dataSource,
			ObjectProvider<FlywayProperties> properties, boolean applicationExtendsFlyway, Environment environment) {
		// Spring Boot's initializer holds a Flyway it never uses here (afterPropertiesSet is this
		// class's own): an empty one, made without its constructor, which is the cost avoided.
		super(new ObjenesisStd(false).newInstance(Flyway.class));
		this.flyway = flyway;
		this.schema = schema;
		this.dataSource = dataSource;
		this.properties = properties;
		this.applicationExtendsFlyway = applicationExtendsFlyway;
		this.environment = environment;
	}

	/** Whether a customizer is one of the application's, not one of Spring Boot's (PostgreSQL, Oracle, SQL Server settings). */
	static boolean isTheApplications(FlywayConfigurationCustomizer customizer) {
		return !customizer.getClass().getName().startsWith("org.springframework.boot.");
	}

	@Override
	public void afterPropertiesSet() {
		Optional<List<String>> locations = FastStart.isOn(this.environment) ? directlyCheckable() : Optional.empty();
		if (locations.isPresent()
				&& LibrarySchema.isCurrent(this.dataSource, locations.get(), this.properties.getObject().getTable())) {
			return;
		}
		Flyway configured = this.flyway.getIfAvailable();
		if (configured == null) {
			return;
		}
		if (locations.isPresent()) {
			// checked just now: not current, so there is no point in LibrarySchema checking again
			configured.migrate();
		}
		else {
			this.schema.migrate(configured);
		}
	}

	/** The class path folders of the migrations, when the settings are ones the direct check models. */
	private Optional<List<String>> directlyCheckable() {
		if (this.applicationExtendsFlyway || hasOtherFlywaySettings()) {
			return Optional.empty();
		}
		List<String> folders = new ArrayList<>();
		for (String location : this.properties.getObject().getLocations()) {
			String trimmed = location.strip();
			if (!trimmed.startsWith("classpath:") || trimmed.matches(".*[*?{}\\[\\]].*")) {
				return Optional.empty();
			}
			String folder = trimmed.substring("classpath:".length()).replaceAll("^/+|/+$", "");
			if (folder.isEmpty()) {
				return Optional.empty();
			}
			folders.add(folder);
		}
		return folders.isEmpty() ? Optional.empty() : Optional.of(folders);
	}

	/** Whether any property source sets a {@code spring.flyway.*} setting the check does not model (in any of Spring's spellings). */
	private boolean hasOtherFlywaySettings() {
		if (!(this.environment instanceof ConfigurableEnvironment configurable)) {
			return true;
		}
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
				continue;
			}
			for (String name : enumerable.getPropertyNames()) {
				String canonical = name.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
				if (canonical.startsWith("spring.flyway.")
						&& MODELLED_SETTINGS.stream().noneMatch(modelled -> canonical.equals(modelled))) {
					return true;
				}
			}
		}
		return false;
	}

}
