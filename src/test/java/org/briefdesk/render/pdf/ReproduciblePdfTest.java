package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/**
 * A PDF's random subset tags and file identifier are replaced by values derived from its
 * content, wherever the patterns that describe them match, and nothing else changes.
 */
class ReproduciblePdfTest {

	/** A file written twice by OpenPDF: the same content, a random tag per font and an id from the clock. */
	private static byte[] written(String firstTag, String secondTag, String id) {
		String text = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<</Type/Font/BaseFont/" + firstTag
				+ "+NotoSans-Regular/Subtype/Type0>>\nendobj\n2 0 obj\n<</FontName /" + firstTag
				+ "+NotoSans-Regular/Flags 32>>\nendobj\n3 0 obj\n<</BaseFont\r\n\t/" + secondTag
				+ "+NotoSerif-Regular>>\nendobj\n4 0 obj\n<</Length 12>>stream\n\u0000\u00ff/BaseFont/ab\u0001\nendstream\n"
				+ "5 0 obj\n<</BaseFont/Helvetica/FontName/ABCDEFG>>\nendobj\n"
				+ "trailer\n<</Size 6/ID [ <" + id + "> <" + id + ">\n]>>\n%%EOF\n";
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void theSameContentWithOtherRandomTagsAndIdGivesTheSameBytes() {
		byte[] first = ReproduciblePdf.of(written("QWERTY", "ZXCVBN", "0123456789abcdef0123456789ABCDEF"));
		byte[] second = ReproduciblePdf.of(written("POIUYT", "LKJHGF", "fedcba9876543210FEDCBA9876543210"));

		assertThat(first).isEqualTo(second);
		String text = new String(first, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("QWERTY", "ZXCVBN", "0123456789abcdef");
	}

	@Test
	void replacesExactlyWhatTheTagAndIdPatternsMatch() {
		byte[] original = written("QWERTY", "ZXCVBN", "0123456789abcdef0123456789ABCDEF");
		byte[] reproducible = ReproduciblePdf.of(original);
		String before = new String(original, StandardCharsets.ISO_8859_1);
		String after = new String(reproducible, StandardCharsets.ISO_8859_1);

		assertThat(reproducible).hasSameSizeAs(original);
		boolean[] replaced = new boolean[original.length];
		Matcher tag = ReproduciblePdf.SUBSET_TAG.matcher(before);
		int tags = 0;
		while (tag.find()) {
			tags++;
			java.util.Arrays.fill(replaced, tag.start(1), tag.end(1), true);
			assertThat(after.substring(tag.start(1), tag.end(1))).matches("[A-Z]{6}");
		}
		Matcher id = ReproduciblePdf.FILE_ID.matcher(before);
		assertThat(id.find()).isTrue();
		java.util.Arrays.fill(replaced, id.start(1), id.end(1), true);
		java.util.Arrays.fill(replaced, id.start(2), id.end(2), true);
		assertThat(tags).isEqualTo(3);
		assertThat(after.substring(id.start(1), id.end(1))).isEqualTo(after.substring(id.start(2), id.end(2)));
		for (int i = 0; i < original.length; i++) {
			if (!replaced[i]) {
				assertThat(reproducible[i]).as("byte %d", i).isEqualTo(original[i]);
			}
		}
		// one font's tag is the same wherever it is written, another font's differs
		int firstFont = before.indexOf("QWERTY");
		int descriptor = before.indexOf("QWERTY", firstFont + 1);
		int secondFont = before.indexOf("ZXCVBN");
		assertThat(after.substring(firstFont, firstFont + 6)).isEqualTo(after.substring(descriptor, descriptor + 6))
			.isNotEqualTo(after.substring(secondFont, secondFont + 6));
	}

}
