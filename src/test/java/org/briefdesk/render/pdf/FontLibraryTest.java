package org.briefdesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.CRC32;

import org.briefdesk.render.pdf.TemplateFolder.FontFile;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLibraryTest {

	@TempDir
	Path folder;

	@Test
	void aCopiedTemplatesUnchangedFontIsTheFontAlreadyParsed() throws IOException {
		byte[] hebrew = Files.readAllBytes(TestFonts.HEBREW);
		LoadedFont original = FontLibrary.instance().load(fontFile(write("original/Hebrew.ttf", hebrew)));
		LoadedFont copy = FontLibrary.instance().load(fontFile(write("copy/Hebrew.ttf", hebrew)));
		assertThat(copy).isSameAs(original);
	}

	@Test
	void aFontOfTheSameLengthAndCrc32ButOtherBytesIsParsedOnItsOwn() throws IOException {
		byte[] hebrew = Files.readAllBytes(TestFonts.HEBREW);
		// a change to the head table's creation and modification dates, which no reader checks,
		// the first with other bytes, the second chosen so that the CRC-32 stays the same
		byte[] forged = hebrew.clone();
		int head = tableOffset(forged, "head");
		forged[head + 35] ^= 0x5A;
		forceCrc32(forged, head + 24, crc32(hebrew));
		assertThat(crc32(forged)).isEqualTo(crc32(hebrew));
		assertThat(forged).hasSameSizeAs(hebrew).isNotEqualTo(hebrew);

		LoadedFont first = FontLibrary.instance().load(fontFile(write("first/Hebrew.ttf", hebrew)));
		LoadedFont second = FontLibrary.instance().load(fontFile(write("second/Hebrew.ttf", forged)));
		assertThat(second).isNotSameAs(first);
		assertThat(second.covers(0x05D0)).isTrue();
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = this.folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.write(file, bytes);
	}

	/** A font file of a template folder on disk, as {@code TemplateFolder.Directory} names it. */
	private static FontFile fontFile(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		String key = file + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
		return new FontFile(key, file.toString(), file.toString(), file, null);
	}

	/** Where a table of a TrueType file starts, from its table directory. */
	private static int tableOffset(byte[] font, String tag) {
		ByteBuffer buffer = ByteBuffer.wrap(font);
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			String name = new String(font, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
			if (name.equals(tag)) {
				return buffer.getInt(record + 8);
			}
		}
		throw new AssertionError("no " + tag + " table");
	}

	private static long crc32(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return crc.getValue();
	}

	private static final int[] TABLE = new int[256];

	static {
		for (int i = 0; i < 256; i++) {
			int c = i;
			for (int k = 0; k < 8; k++) {
				c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
			}
			TABLE[i] = c;
		}
	}

	/**
	 * Overwrites the four bytes at {@code at} so that the whole array has the CRC-32
	 * {@code wanted}: the register wanted after those bytes is found by running the CRC backwards
	 * over the rest; four bytes fed to a register are four zero bytes fed to the register XOR them.
	 */
	private static void forceCrc32(byte[] bytes, int at, long wanted) {
		int register = 0xFFFFFFFF;
		for (int i = 0; i < at; i++) {
			register = (register >>> 8) ^ TABLE[(register ^ bytes[i]) & 0xFF];
		}
		int after = (int) wanted ^ 0xFFFFFFFF;
		for (int i = bytes.length - 1; i >= at + 4; i--) {
			after = backwards(after, bytes[i]);
		}
		for (int i = 0; i < 4; i++) {
			after = backwards(after, (byte) 0);
		}
		int word = after ^ register;
		for (int i = 0; i < 4; i++) {
			bytes[at + i] = (byte) (word >>> (8 * i));
		}
	}

	/** The register before a byte, from the register after it (the table's top bytes are all different). */
	private static int backwards(int after, byte fed) {
		for (int index = 0; index < 256; index++) {
			if ((TABLE[index] >>> 24) == (after >>> 24)) {
				return ((after ^ TABLE[index]) << 8) | ((index ^ fed) & 0xFF);
			}
		}
		throw new AssertionError("the CRC-32 table covers every top byte");
	}

}
