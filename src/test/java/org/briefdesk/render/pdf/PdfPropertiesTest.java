package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class PdfPropertiesTest {

	@Test
	void extraFontsComeFromAnEnvironmentVariableWithCollectionMembersAfterAHash() {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource("systemEnvironment", Map.of("BRIEFDESK_PDF_EXTRAFONTS",
				"/fonts/NotoSansHebrew-Regular.ttf,/fonts/NotoSansCJK-Regular.ttc#2")));
		PdfProperties properties = new Binder(ConfigurationPropertySources.from(sources))
			.bind("briefdesk.pdf", PdfProperties.class)
			.get();
		assertThat(properties.extraFonts()).containsExactly("/fonts/NotoSansHebrew-Regular.ttf",
				"/fonts/NotoSansCJK-Regular.ttc#2");
		assertThat(properties.cjkFonts()).isEqualTo(PdfProperties.INSTALLED_CJK_FONTS);
	}

}
