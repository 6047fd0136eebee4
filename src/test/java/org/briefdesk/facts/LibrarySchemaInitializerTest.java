package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Opening a library whose schema is current makes no Flyway (the cost of a tenth of a
 * one-shot command); anything else runs Flyway as Spring Boot would.
 */
class LibrarySchemaInitializerTest {

	private static int databases;

	private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
			"jdbc:h2:mem:library-schema-initializer-" + (++databases) + ";DB_CLOSE_DELAY=-1", "sa", "");

	/** Flyway as the application configures it, counting how often the initializer asks for it. */
	private final AtomicInteger flywaysMade = new AtomicInteger();

	private final ObjectProvider<Flyway> flyway = new ObjectProvider<>() {

		@Override
		public Flyway getObject() {
			LibrarySchemaInitializerTest.this.flywaysMade.incrementAndGet();
			return Flyway.configure()
				.dataSource(LibrarySchemaInitializerTest.this.dataSource)
				.locations("classpath:db/migration")
				.load();
		}

		@Override
		public Flyway getIfAvailable() {
			return getObject();
		}

	};

	private final FlywayProperties properties = new FlywayProperties();

	private final MockEnvironment environment = new MockEnvironment().withProperty("spring.flyway.locations",
			"classpath:db/migration");

	private LibrarySchemaInitializer initializer(boolean applicationExtendsFlyway) {
		this.properties.setLocations(List.of("classpath:db/migration"));
		return new LibrarySchemaInitializer(this.flyway, new LibrarySchema(this.environment), this.dataSource,
				provider(this.properties), applicationExtendsFlyway, this.environment);
	}

	private static <T> ObjectProvider<T> provider(T value) {
		return new ObjectProvider<>() {

			@Override
			public T getObject() {
				return value;
			}

		};
	}

	private int appliedMigrations() {
		return JdbcClient.create(this.dataSource)
			.sql("select count(*) from \"flyway_schema_history\" where \"success\"")
			.query(Integer.class)
			.single();
	}

	/** A library migrated to the newest schema, with the count of Flyways made set back to none. */
	private void aCurrentLibrary() {
		initializer(false).afterPropertiesSet();
		this.flywaysMade.set(0);
	}

	@Test
	void aNewLibraryIsMigratedByFlyway() {
		initializer(false).afterPropertiesSet();
		assertThat(this.flywaysMade).hasValue(1);
		assertThat(appliedMigrations()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void aCurrentLibraryIsOpenedWithoutMakingFlyway() {
		aCurrentLibrary();
		initializer(false).afterPropertiesSet();
		assertThat(this.flywaysMade).hasValue(0);
	}

	@Test
	void aLibraryBehindTheShippedMigrationsIsMigratedByFlyway() {
		Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").target("6").load().migrate();
		initializer(false).afterPropertiesSet();
		assertThat(this.flywaysMade).hasValue(1);
		this.flywaysMade.set(0);
		initializer(false).afterPropertiesSet();
		assertThat(this.flywaysMade).hasValue(0);
	}

	@Test
	void flywayRunsWhenASettingTheCheckDoesNotModelIsGiven() {
		aCurrentLibrary();
		this.environment.setProperty("SPRING_FLYWAY_BASELINE_ON_MIGRATE", "true");
		initializer(false).afterPropertiesSet();
		assertThat(this.flywaysMade).hasValue(1);
	}

	@Test
	void flywayRunsWhenTheApplicationExtendsItOrTheFastPathIsOff() {
		aCurrentLibrary();
		initializer(true).afterPropertiesSet();
		assertThat(this.flywaysMade).hasValue(1);
		this.environment.setProperty("BRIEFDESK_FAST_START", "0");
		initializer(false).afterPropertiesSet();
		assertThat(this.flywaysMade).hasValue(2);
	}

	@Test
	void flywayRunsForMigrationsOutsideTheClassPath() {
		aCurrentLibrary();
		LibrarySchemaInitializer initializer = initializer(false);
		this.properties.setLocations(List.of("filesystem:/srv/migrations"));
		initializer.afterPropertiesSet();
		assertThat(this.flywaysMade).hasValue(1);
	}

	@Test
	void theBeansThatReadTheLibraryWaitForTheInitializerNotForFlywaysBean() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		RootBeanDefinition initializer = new RootBeanDefinition(Object.class);
		initializer.setDependsOn("flyway");
		RootBeanDefinition jdbcClient = new RootBeanDefinition(Object.class);
		jdbcClient.setDependsOn("flyway", "flywayInitializer");
		RootBeanDefinition unrelated = new RootBeanDefinition(Object.class);
		unrelated.setDependsOn("flyway");
		beans.registerBeanDefinition("flyway", new RootBeanDefinition(Object.class));
		beans.registerBeanDefinition("flywayInitializer", initializer);
		beans.registerBeanDefinition("jdbcClient", jdbcClient);
		beans.registerBeanDefinition("unrelated", unrelated);
		new LibraryConfiguration.FlywayMadeOnlyWhenNeeded().postProcessBeanFactory(beans);
		assertThat(beans.getBeanDefinition("flywayInitializer").getDependsOn()).isEmpty();
		assertThat(beans.getBeanDefinition("jdbcClient").getDependsOn()).containsExactly("flywayInitializer");
		assertThat(beans.getBeanDefinition("unrelated").getDependsOn()).containsExactly("flyway");
	}

}
