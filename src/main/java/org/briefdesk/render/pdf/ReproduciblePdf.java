package org.briefdesk.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes a PDF's bytes depend on its content only. OpenPDF gives every embedded font subset a
 * random six-letter tag ({@code ABCDEF+NotoSerif-Regular}, from a {@code SecureRandom}) and
 * the document an {@code /ID} made of the clock and the free memory, so that the same pack
 * exported twice differs in a few dozen bytes. Here each tag and the {@code /ID} are replaced
 * by values derived from a SHA-256 of the document with them blanked out: the same content
 * gives the same file, and a different content still gets different tags and a different
 * id, which is what the PDF specification asks of them. Replacements have the length of what
 * they replace, so the cross-reference offsets stay right.
 * <p>
 * The tags are found where OpenPDF writes them, in the uncompressed font dictionaries
 * ({@code /BaseFont} and {@code /FontName}); the dates are not touched here (the exporter
 * sets them, see {@link PdfMetadata}).
 */
final class ReproduciblePdf {

	/** A subset tag in a font name, as OpenPDF writes font and descriptor dictionaries. */
	static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");

	/** The file identifier in the trailer: two 16-byte strings in hexadecimal. */
	static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]{32})>\\s*<([0-9A-Fa-f]{32})>");

	private ReproduciblePdf() {
	}

	/** The same document with its subset tags and {@code /ID} derived from its content. */
	static byte[] of(byte[] pdf) {
		Map<String, List<Integer>> tags = new LinkedHashMap<>();
		List<Integer> ids = new ArrayList<>();
		find(pdf, tags, ids);
		if (tags.isEmpty() && ids.isEmpty()) {
			return pdf;
		}
		byte[] result = pdf.clone();
		for (List<Integer> offsets : tags.values()) {
			for (int offset : offsets) {
				fill(result, offset, "AAAAAA");
			}
		}
		for (int offset : ids) {
			fill(result, offset, "0".repeat(32));
		}
		byte[] digest = sha256(result, new byte[0]);
		int index = 0;
		for (List<Integer> offsets : tags.values()) {
			String derived = letters(sha256(digest, ("subset " + index++).getBytes(StandardCharsets.US_ASCII)));
			for (int offset : offsets) {
				fill(result, offset, derived);
			}
		}
		String fileId = HexFormat.of().formatHex(digest, 0, 16);
		for (int offset : ids) {
			fill(result, offset, fileId);
		}
		return result;
	}

	private static final byte[] BASE_FONT = "/BaseFont".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] FONT_NAME = "/FontName".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ID = "/ID".getBytes(StandardCharsets.US_ASCII);

	/**
	 * Finds what {@link #SUBSET_TAG} and {@link #FILE_ID} match, scanning the bytes once: the
	 * same matches as the patterns over the file read as ISO-8859-1, at a tenth of the cost
	 * (a letter's file is mostly font data, which a regular expression walks char by char).
	 */
	private static void find(byte[] pdf, Map<String, List<Integer>> tags, List<Integer> ids) {
		for (int i = 0; i < pdf.length; i++) {
			if (pdf[i] != '/') {
				continue;
			}
			if (startsWith(pdf, i, BASE_FONT) || startsWith(pdf, i, FONT_NAME)) {
				int at = skipSpace(pdf, i + BASE_FONT.length);
				if (at < pdf.length && pdf[at] == '/' && isTag(pdf, at + 1)) {
					tags.computeIfAbsent(new String(pdf, at + 1, 6, StandardCharsets.US_ASCII), found -> new ArrayList<>())
						.add(at + 1);
				}
			}
			else if (startsWith(pdf, i, ID)) {
				int at = skipSpace(pdf, i + ID.length);
				if (at < pdf.length && pdf[at] == '[') {
					int first = skipSpace(pdf, at + 1);
					if (isHexString(pdf, first)) {
						int second = skipSpace(pdf, first + 34);
						if (isHexString(pdf, second)) {
							ids.add(first + 1);
							ids.add(second + 1);
						}
					}
				}
			}
		}
	}

	private static boolean startsWith(byte[] pdf, int at, byte[] prefix) {
		if (at + prefix.length > pdf.length) {
			return false;
		}
		for (int k = 0; k < prefix.length; k++) {
			if (pdf[at + k] != prefix[k]) {
				return false;
			}
		}
		return true;
	}

	/** Past the whitespace that {@code \s} matches in {@link #SUBSET_TAG} and {@link #FILE_ID}. */
	private static int skipSpace(byte[] pdf, int at) {
		while (at < pdf.length && (pdf[at] == ' ' || pdf[at] == '\t' || pdf[at] == '\n' || pdf[at] == 0x0B
				|| pdf[at] == '\f' || pdf[at] == '\r')) {
			at++;
		}
		return at;
	}

	/** Six capital letters and a plus sign. */
	private static boolean isTag(byte[] pdf, int at) {
		if (at + 7 > pdf.length || pdf[at + 6] != '+') {
			return false;
		}
		for (int k = 0; k < 6; k++) {
			if (pdf[at + k] < 'A' || pdf[at + k] > 'Z') {
				return false;
			}
		}
		return true;
	}

	/** {@code <} 32 hexadecimal digits {@code >}. */
	private static boolean isHexString(byte[] pdf, int at) {
		if (at + 34 > pdf.length || pdf[at] != '<' || pdf[at + 33] != '>') {
			return false;
		}
		for (int k = 1; k <= 32; k++) {
			if (Character.digit(pdf[at + k], 16) < 0) {
				return false;
			}
		}
		return true;
	}

	private static String letters(byte[] hash) {
		StringBuilder tag = new StringBuilder(6);
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
		}
		return tag.toString();
	}

	private static void fill(byte[] target, int offset, String ascii) {
		byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(bytes, 0, target, offset, bytes.length);
	}

	private static byte[] sha256(byte[] content, byte[] more) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(content);
			digest.update(more);
			return digest.digest();
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

}
