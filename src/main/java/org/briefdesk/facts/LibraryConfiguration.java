package org.briefdesk.facts;

import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The library's JDBC access: Spring Boot's DataSource and templates, with Briefdesk's JdbcClient. */
@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

	@Bean
	JdbcClient jdbcClient(NamedParameterJdbcTemplate template, LibraryOpener opener,
			ObjectProvider<SampleLibrary> samples) {
		return new LibraryJdbcClient(template, opener, samples);
	}

	/** The schema brought up to date, Flyway's bean made only when needed (see {@link LibrarySchemaInitializer}); Spring Boot's initializer steps aside. */
	@Bean
	FlywayMigrationInitializer flywayInitializer(ObjectProvider<Flyway> flyway, LibrarySchema schema,
			DataSource dataSource, ObjectProvider<FlywayProperties> properties,
			@FlywayDataSource ObjectProvider<DataSource> flywayDataSource, ObjectProvider<Callback> callbacks,
			ObjectProvider<JavaMigration> javaMigrations, ObjectProvider<FlywayConfigurationCustomizer> customizers,
			Environment environment) {
		boolean applicationExtendsFlyway = flywayDataSource.getIfAvailable() != null
				// Briefdesk's data migrations act only when their version is applied: nothing to do for a current schema
				|| callbacks.stream().anyMatch(callback -> !(callback instanceof DataMigration))
				|| javaMigrations.stream().findAny().isPresent()
				|| customizers.stream().anyMatch(LibrarySchemaInitializer::isTheApplications);
		return new LibrarySchemaInitializer(flyway, schema, dataSource, properties, applicationExtendsFlyway,
				environment);
	}

	/**
	 * Spring Boot counts its {@code Flyway} bean as a database initializer too, so that every
	 * bean reading the library would wait for Flyway to be made; the schema initializer above
	 * is enough (it makes Flyway when there is something to do). Runs after Spring Boot's own
	 * post-processor (order 0), also at build time, when Spring AOT records the result.
	 */
	@Bean
	static BeanFactoryPostProcessor flywayMadeOnlyWhenNeeded() {
		return new FlywayMadeOnlyWhenNeeded();
	}

	static final class FlywayMadeOnlyWhenNeeded implements BeanFactoryPostProcessor, Ordered {

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			for (String name : beanFactory.getBeanDefinitionNames()) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				String[] dependsOn = definition.getDependsOn();
				// the beans that read the library wait for both; the initializer, being a later one, for Flyway
				boolean waitsForTheInitializer = name.equals("flywayInitializer")
						|| (dependsOn != null && Arrays.asList(dependsOn).contains("flywayInitializer"));
				if (waitsForTheInitializer && dependsOn != null && Arrays.asList(dependsOn).contains("flyway")) {
					definition.setDependsOn(
							Arrays.stream(dependsOn).filter(bean -> !bean.equals("flyway")).toArray(String[]::new));
				}
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
