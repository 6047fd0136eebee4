package org.briefdesk.render.invitation;

/**
 * Text as XML content: {@code & < >} escaped, and a character XML 1.0 cannot hold (a control
 * character other than tab and line breaks, a lone surrogate, U+FFFE, U+FFFF) left out, so
 * that data can never break the document or add markup to it.
 */
final class XmlText {

	private XmlText() {
	}

	static void escapeInto(String text, StringBuilder xml) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> xml.append("&amp;");
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '\r' -> xml.append("&#13;");
				default -> {
					if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c > 0xDFFF && c < 0xFFFE) {
						xml.append(c);
					}
					else if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						xml.append(c).append(text.charAt(++i));
					}
					// else: not an XML character; dropped
				}
			}
		}
	}

	static String escape(String text) {
		StringBuilder xml = new StringBuilder(text.length() + 16);
		escapeInto(text, xml);
		return xml.toString();
	}

}
