package org.briefdesk.render.pdf;

import java.io.IOException;
import java.io.StringReader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.briefdesk.system.BriefdeskException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a template's XHTML without ever fetching anything: a DOCTYPE that names a DTD, an
 * external entity and an internal DTD subset (entity declarations) are refused, each with the
 * file and line; {@code <!DOCTYPE html>} is fine. Errors are one line: {@code FILE:LINE: what}.
 */
final class SecureXhtml {

	private static final DocumentBuilderFactory FACTORY = factory();

	private static final Pattern EXTERNAL_ENTITY = Pattern
		.compile("<!ENTITY\\s+(?:%\\s+)?(\\S+)\\s+(SYSTEM|PUBLIC)\\s+(?:(?:\"[^\"]*\"|'[^']*')\\s+)?(?:\"([^\"]*)\"|'([^']*)')");

	/**
	 * A builder per thread, reset before each parse: making one costs about as much as parsing
	 * a one-page letter (the factory's settings are those above).
	 */
	private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
		synchronized (FACTORY) {
			try {
				return FACTORY.newDocumentBuilder();
			}
			catch (ParserConfigurationException impossible) {
				throw new IllegalStateException(impossible);
			}
		}
	});

	private static final org.xml.sax.EntityResolver REFUSE_FETCH = (publicId, systemId) -> {
		throw new RefusedFetch(systemId != null ? systemId : publicId);
	};

	private static final ErrorHandler STRICT = new ErrorHandler() {
		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}
	};

	private SecureXhtml() {
	}

	private static DocumentBuilderFactory factory() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		}
		catch (ParserConfigurationException | IllegalArgumentException unsupported) {
			throw new IllegalStateException("the XML parser cannot be made safe: " + unsupported.getMessage(), unsupported);
		}
		return factory;
	}

	/** What to call the text in messages, and how to turn a line of it into a message. */
	interface Source {

		String describe(int line);

	}

	/**
	 * Parses {@code text}; on any error throws a {@link BriefdeskException} whose message is
	 * {@code source.describe(line) + ": " + reason}.
	 */
	static Document parse(String text, Source source) {
		DocumentBuilder builder = BUILDER.get();
		builder.reset();
		builder.setEntityResolver(REFUSE_FETCH);
		builder.setErrorHandler(STRICT);
		Document document;
		try {
			document = builder.parse(new InputSource(new StringReader(text)));
		}
		catch (RefusedFetch refused) {
			throw new BriefdeskException(source.describe(lineOf(text, refused.target, "<!DOCTYPE")) + ": refers to "
					+ refused.target + ", which templates may not fetch; start the file with <!DOCTYPE html>"
					+ " and use character references such as &#160; instead of named entities");
		}
		catch (SAXParseException malformed) {
			throw new BriefdeskException(source.describe(malformed.getLineNumber()) + ": " + reason(malformed));
		}
		catch (SAXException | IOException malformed) {
			throw new BriefdeskException(source.describe(0) + ": " + reason(malformed));
		}
		DocumentType doctype = document.getDoctype();
		if (doctype != null && doctype.getInternalSubset() != null && !doctype.getInternalSubset().isBlank()) {
			Matcher external = EXTERNAL_ENTITY.matcher(doctype.getInternalSubset());
			if (external.find()) {
				String target = external.group(3) != null ? external.group(3) : external.group(4);
				throw new BriefdeskException(source.describe(lineOf(text, target, "<!DOCTYPE")) + ": declares the external entity '"
						+ external.group(1) + "' (" + target + "), which templates may not fetch; use <!DOCTYPE html>");
			}
			throw new BriefdeskException(source.describe(lineOf(text, "<!DOCTYPE", "<!DOCTYPE"))
					+ ": the DOCTYPE declares entities; templates may not: use <!DOCTYPE html>");
		}
		return document;
	}

	private static String reason(Exception failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.replaceAll("\\s+", " ").strip();
	}

	private static int lineOf(String text, String needle, String otherwise) {
		int at = needle == null ? -1 : text.indexOf(needle);
		if (at < 0) {
			at = text.indexOf(otherwise);
		}
		if (at < 0) {
			return 1;
		}
		int line = 1;
		for (int i = 0; i < at; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static final class RefusedFetch extends SAXException {

		private final String target;

		RefusedFetch(String target) {
			super("refused to fetch " + target);
			this.target = target;
		}

	}

}
