package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

class LibrarySchemaTest {

	private static int databases;

	private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
			"jdbc:h2:mem:library-schema-" + (++databases) + ";DB_CLOSE_DELAY=-1", "sa", "");

	private FluentConfiguration flyway() {
		return Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration");
	}

	private JdbcClient history() {
		return JdbcClient.create(this.dataSource);
	}

	@Test
	void aLibraryWithEveryShippedMigrationAppliedIsCurrent() {
		flyway().load().migrate();
		assertThat(LibrarySchema.isCurrent(flyway().load().getConfiguration())).isTrue();
	}

	@Test
	void theChecksumsAreFlywaysOwn() throws Exception {
		flyway().load().migrate();
		int recorded = history().sql("select \"checksum\" from \"flyway_schema_history\" where \"version\" = '1'")
			.query(Integer.class)
			.single();
		assertThat(LibrarySchema.checksum(new org.springframework.core.io.ClassPathResource("db/migration/V1__facts.sql")))
			.isEqualTo(recorded);
	}

	@Test
	void aLibraryWithoutTheNewestMigrationIsNotCurrent() {
		flyway().target("6").load().migrate();
		assertThat(LibrarySchema.isCurrent(flyway().load().getConfiguration())).isFalse();
	}

	@Test
	void aMigrationChangedSinceItWasAppliedIsNotCurrent() {
		flyway().load().migrate();
		history().sql("update \"flyway_schema_history\" set \"checksum\" = \"checksum\" + 1 where \"version\" = '4'").update();
		assertThat(LibrarySchema.isCurrent(flyway().load().getConfiguration())).isFalse();
	}

	@Test
	void aFailedMigrationIsNotCurrent() {
		flyway().load().migrate();
		history().sql("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '7'").update();
		assertThat(LibrarySchema.isCurrent(flyway().load().getConfiguration())).isFalse();
	}

	@Test
	void aLibraryOfANewerBriefdeskIsNotCurrent() {
		flyway().load().migrate();
		history().sql("""
				insert into "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
				  "checksum", "installed_by", "execution_time", "success")
				values (99, '99', 'future', 'SQL', 'V99__future.sql', 1, 'sa', 0, true)""").update();
		assertThat(LibrarySchema.isCurrent(flyway().load().getConfiguration())).isFalse();
	}

	@Test
	void aDatabaseWithoutHistoryIsNotCurrent() {
		assertThat(LibrarySchema.isCurrent(flyway().load().getConfiguration())).isFalse();
	}

	@Test
	void checkingANewLibraryLeavesNoH2TraceFileInTheDataDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
			throws Exception {
		DriverManagerDataSource library = new DriverManagerDataSource("jdbc:h2:file:" + home.resolve("library"), "sa", "");
		assertThat(LibrarySchema.isCurrent(Flyway.configure()
			.dataSource(library)
			.locations("classpath:db/migration")
			.load()
			.getConfiguration())).isFalse();
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(home)) {
			assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
		}
	}

	@Test
	void flywayRunsWhenTheSchemaIsNotCurrentOrTheFastPathIsOff() {
		AtomicInteger migrations = new AtomicInteger();
		Flyway counting = new Flyway(flyway()) {
			@Override
			public org.flywaydb.core.api.output.MigrateResult migrate() {
				migrations.incrementAndGet();
				return super.migrate();
			}
		};
		new LibrarySchema(new MockEnvironment()).migrate(counting);
		new LibrarySchema(new MockEnvironment()).migrate(counting);
		new LibrarySchema(new MockEnvironment().withProperty("BRIEFDESK_FAST_START", "0")).migrate(counting);
		assertThat(migrations).as("the first (empty database) and the one with fast paths off").hasValue(2);
	}

}
