package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The committed default template is what its generator makes, so it can always be rebuilt. */
class BriefingTemplateTest {

	@Test
	void theCommittedTemplateIsWhatTheGeneratorMakes() throws IOException {
		Map<String, String> committed = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(BriefingTemplateGenerator.TEMPLATE);
				ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				committed.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(committed).as("templates/briefing.docx is stale: run bench/make-template.sh and commit it")
			.isEqualTo(BriefingTemplateGenerator.parts());
	}

	@Test
	void theJarCarriesTheSameTemplate() throws IOException {
		try (InputStream packaged = getClass().getClassLoader().getResourceAsStream(DocxFiles.DEFAULT_TEMPLATE)) {
			assertThat(packaged).as("classpath " + DocxFiles.DEFAULT_TEMPLATE).isNotNull();
			assertThat(packaged.readAllBytes()).isEqualTo(Files.readAllBytes(BriefingTemplateGenerator.TEMPLATE));
		}
	}

}
