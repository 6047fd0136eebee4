package org.briefdesk.facts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

}
