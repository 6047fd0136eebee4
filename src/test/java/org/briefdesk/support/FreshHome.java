package org.briefdesk.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a test application context its own data directory under {@code target/test-homes/},
 * as an absolute path fixed once (a {@code ${random.uuid}} placeholder would give each
 * property that refers to the home a different directory); and the test fonts of
 * {@link TestFonts}, ahead of any BRIEFDESK_PDF_* variable of the machine.
 */
public class FreshHome implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path home = Path.of("target", "test-homes", UUID.randomUUID().toString()).toAbsolutePath();
		Map<String, Object> settings = new HashMap<>(TestFonts.settings());
		settings.put("briefdesk.home", home.toString());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("briefdesk-test-home", settings));
	}

}
