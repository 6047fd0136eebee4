package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class QuoteSourceMigrationTest {

	@Test
	void aSourceThatReadsPublisherCommaDateIsSplitIntoPublisherAndDate() {
		assertThat(QuoteSourceMigration.split("UNODC, 3 October 2023"))
			.contains(new QuoteSourceMigration.Split(null, "UNODC", PartialDate.parse("2023-10-03")));
		assertThat(QuoteSourceMigration.split("CBSS, December 2020"))
			.contains(new QuoteSourceMigration.Split(null, "CBSS", PartialDate.parse("2020-12")));
	}

	@Test
	void aLongerHeadBeforeTheDateStaysTheTitle() {
		assertThat(QuoteSourceMigration.split("OAS press release E-099/24, 13 December 2024")).contains(
				new QuoteSourceMigration.Split("OAS press release E-099/24", null, PartialDate.parse("2024-12-13")));
	}

	@Test
	void aSourceThatDoesNotEndInADateIsLeftAsItWas() {
		assertThat(QuoteSourceMigration.split("ICAT, ICAT Briefing to Member States")).isEmpty();
		assertThat(QuoteSourceMigration.split("UNODC, 31 February 2023")).isEmpty();
		assertThat(QuoteSourceMigration.split("Global Report 2022")).isEmpty();
	}

	@Test
	void upgradingALibraryGivesItsQuotesPublisherAndDateWhereTheirSourceSaysSo() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:quote-sources-upgrade;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("3").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("insert into organisation (id, name, is_member) values ('icmpd', 'ICMPD', true)").update();
		jdbc.sql("insert into person (id, name, organisation_id) values ('gehrke', 'Gehrke', 'icmpd')").update();
		jdbc.sql("""
				insert into quote (id, person_id, quote_text, said_on, source) values
				('split', 'gehrke', 'Words.', '2018-06-14', 'UNODC, 3 October 2023'),
				('kept', 'gehrke', 'Words.', '2018-06-14', 'ICAT, ICAT Briefing to Member States')""").update();
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.callbacks(new QuoteSourceMigration())
			.load()
			.migrate();
		Map<String, Object> split = jdbc.sql("select source, publisher, source_date from quote where id = 'split'")
			.query()
			.singleRow();
		assertThat(split).containsEntry("SOURCE", null).containsEntry("PUBLISHER", "UNODC")
			.containsEntry("SOURCE_DATE", "2023-10-03");
		Map<String, Object> kept = jdbc.sql("select source, publisher, source_date from quote where id = 'kept'")
			.query()
			.singleRow();
		assertThat(kept).containsEntry("SOURCE", "ICAT, ICAT Briefing to Member States").containsEntry("PUBLISHER", null)
			.containsEntry("SOURCE_DATE", null);
		assertThat(jdbc.sql("select count(*) from statistic where qualifier is not null or excerpt is not null")
			.query(Integer.class)
			.single()).isZero();
	}

}
