package org.briefdesk.system;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 for the files people hand Briefdesk (library files, forms of address,
 * templates): {@code new String(bytes, UTF_8)} would turn a file saved in another encoding
 * into replacement characters without a word, and the text would go out garbled.
 */
public final class Utf8Text {

	private Utf8Text() {
	}

	/** The text of {@code bytes}, or empty when they are not valid UTF-8; a byte-order mark is kept. */
	public static Optional<String> decode(byte[] bytes) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException notUtf8) {
			return Optional.empty();
		}
	}

}
