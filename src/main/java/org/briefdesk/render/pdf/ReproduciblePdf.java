package org.briefdesk.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
	private static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");

	/** The file identifier in the trailer: two 16-byte strings in hexadecimal. */
	private static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]{32})>\\s*<([0-9A-Fa-f]{32})>");

	private ReproduciblePdf() {
	}

	/** The same document with its subset tags and {@code /ID} derived from its content. */
	static byte[] of(byte[] pdf) {
		// ISO-8859-1 maps each byte to one char and back, so offsets in the text are offsets in the file
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		Map<String, List<Integer>> tags = new LinkedHashMap<>();
		Matcher tag = SUBSET_TAG.matcher(text);
		while (tag.find()) {
			tags.computeIfAbsent(tag.group(1), found -> new ArrayList<>()).add(tag.start(1));
		}
		List<Integer> ids = new ArrayList<>();
		Matcher id = FILE_ID.matcher(text);
		while (id.find()) {
			ids.add(id.start(1));
			ids.add(id.start(2));
		}
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
