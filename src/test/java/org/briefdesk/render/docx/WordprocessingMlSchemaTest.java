package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.briefdesk.render.SamplePacks;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;

/**
 * The export's main parts validate against the WordprocessingML schema that POI ships (Word
 * refuses elements out of order); in Java, so part of the default suite.
 */
class WordprocessingMlSchemaTest {

	@Test
	void theExportsDocumentHeadersFootersAndFootnotesAreValidWordprocessingMl() throws Exception {
		byte[] docx = new DocxExporter(new CheckedTemplates()).render(SamplePacks.manyScripts(), null);
		int validated = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				ByteArrayInputStream part = new ByteArrayInputStream(zip.readAllBytes());
				XmlObject xml;
				if (name.equals("word/document.xml")) {
					xml = DocumentDocument.Factory.parse(part);
				}
				else if (name.matches("word/header\\d+\\.xml")) {
					xml = HdrDocument.Factory.parse(part);
				}
				else if (name.matches("word/footer\\d+\\.xml")) {
					xml = FtrDocument.Factory.parse(part);
				}
				else if (name.equals("word/footnotes.xml")) {
					xml = FootnotesDocument.Factory.parse(part);
				}
				else {
					continue;
				}
				List<XmlError> errors = new ArrayList<>();
				assertThat(xml.validate(new XmlOptions().setErrorListener(errors))).as("%s: %s", name, errors).isTrue();
				validated++;
			}
		}
		assertThat(validated).isEqualTo(5); // document, two headers, two footers (no footnotes: citations link to Sources)
	}

}
