package org.briefdesk.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.briefdesk.facts.LibraryImporter;
import org.briefdesk.facts.SampleLibrary;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a test application context its own data directory under {@code target/test-homes/},
 * as an absolute path fixed once (a {@code ${random.uuid}} placeholder would give each
 * property that refers to the home a different directory); and the test fonts of
 * {@link TestFonts}, ahead of any BRIEFDESK_PDF_* variable of the machine. In the PostgreSQL
 * run ({@link TestStores}) the context's library is a new database of the test server instead,
 * into which the sample library is loaded as a first start loads it into a new embedded one.
 */
public class FreshHome implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path home = Path.of("target", "test-homes", UUID.randomUUID().toString()).toAbsolutePath();
		Map<String, Object> settings = new HashMap<>(TestFonts.settings());
		settings.put("briefdesk.home", home.toString());
		if (TestStores.postgres()) {
			TestStores.Database database = TestStores.newDatabase();
			settings.put("spring.datasource.url", database.url());
			settings.put("spring.datasource.username", database.user());
			settings.put("spring.datasource.password", database.password());
			context.addApplicationListener((ApplicationListener<ContextRefreshedEvent>) refreshed -> {
				if (refreshed.getApplicationContext() == context) {
					context.getBean(LibraryImporter.class)
						.importSources(context.getBean(SampleLibrary.class).sources(), false, false);
				}
			});
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("briefdesk-test-home", settings));
	}

}
