package org.briefdesk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.util.RecordFormatException;
import org.briefdesk.system.BriefdeskException;
import org.springframework.core.NestedExceptionUtils;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.exception.ResolverException;
import com.deepoove.poi.xwpf.NiceXWPFDocument;

/**
 * Reads Word templates, and turns every way POI or poi-tl refuses a broken or hostile file
 * (not a .docx, an old .doc, a zip bomb, a DOCTYPE, a damaged package) into one plain line
 * that names the file. POI's own defences (zip-bomb ratio, entity expansion) stay as they
 * are; a part held twice, which POI reads without complaint, is refused here.
 */
final class DocxFiles {

	/** The default template, inside the jar (from the project's {@code templates/} folder). */
	static final String DEFAULT_TEMPLATE = "briefdesk/templates/briefing.docx";

	/** The name the default template goes by in messages. */
	static final String DEFAULT_TEMPLATE_NAME = "the default template";

	/** Far above any real template; a bigger file is refused before it is read into memory. */
	private static final long MAX_TEMPLATE_BYTES = 64L * 1024 * 1024;

	private DocxFiles() {
	}

	/** A template's bytes: the file given, or the default template when {@code file} is null. */
	static byte[] read(Path file) {
		if (file == null) {
			try (InputStream in = DocxFiles.class.getClassLoader().getResourceAsStream(DEFAULT_TEMPLATE)) {
				if (in == null) {
					throw new BriefdeskException("the default template " + DEFAULT_TEMPLATE
							+ " is missing from this build; give one with --template FILE");
				}
				return in.readAllBytes();
			}
			catch (IOException unreadable) {
				throw new BriefdeskException("cannot read the default template: " + unreadable.getMessage(), unreadable);
			}
		}
		try {
			if (Files.isDirectory(file)) {
				throw new BriefdeskException(file + " is a folder; give a Word template file (.docx)");
			}
			if (Files.size(file) > MAX_TEMPLATE_BYTES) {
				throw new BriefdeskException("template " + file + " is larger than 64 MB; a Word template is far smaller");
			}
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException missing) {
			throw new BriefdeskException("no template file " + file + "; check the path");
		}
		catch (IOException unreadable) {
			throw new BriefdeskException("cannot read template " + file + ": " + unreadable.getMessage(), unreadable);
		}
	}

	/** "org.apache.xmlbeans.XmlException: " before the words of a message. */
	private static final java.util.regex.Pattern JAVA_CLASS_PREFIX = java.util.regex.Pattern
		.compile("^(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*:\\s*");

	/** A Java exception class or package named inside a message. */
	private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern
		.compile("\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b|\\b(java|javax|org|com)\\.[a-z]+\\.");

	static String name(Path file) {
		return file == null ? DEFAULT_TEMPLATE_NAME : file.toString();
	}

	/** Opens a template for reading only. */
	static NiceXWPFDocument open(String name, byte[] docx) {
		refuseOpenDocument(name, docx);
		refuseDuplicateParts(name, docx);
		try {
			return new NiceXWPFDocument(new ByteArrayInputStream(docx));
		}
		catch (IOException | RuntimeException refused) {
			throw unreadable(name, refused);
		}
	}

	/**
	 * Compiles a template with poi-tl. Mismatched blocks come back as poi-tl's
	 * {@link ResolverException} (the check locates them); every refusal to read the file
	 * becomes one plain line.
	 */
	static XWPFTemplate compile(String name, byte[] docx, Configure configure) {
		refuseOpenDocument(name, docx);
		refuseDuplicateParts(name, docx);
		try {
			return XWPFTemplate.compile(new ByteArrayInputStream(docx), configure);
		}
		catch (ResolverException resolver) {
			if (resolver.getCause() == null && resolver.getMessage() != null
					&& resolver.getMessage().startsWith("Mismatched")) {
				throw resolver;
			}
			throw unreadable(name, resolver);
		}
		catch (PoiTlConfiguration.ChartTagRefused chart) {
			throw new BriefdeskException("template " + name + ": " + chart.getMessage());
		}
		catch (IndexOutOfBoundsException strayBraces) {
			// poi-tl fails so on tags it cannot split out of their runs, such as {{{x}} written across runs
			if (fromPoiTl(strayBraces)) {
				throw new ResolverException("poi-tl cannot split the tags out of a paragraph; look for stray braces");
			}
			throw unreadable(name, strayBraces);
		}
		catch (RuntimeException refused) {
			throw unreadable(name, refused);
		}
	}

	private static boolean fromPoiTl(Throwable failure) {
		for (StackTraceElement frame : failure.getStackTrace()) {
			if (frame.getClassName().startsWith("com.deepoove.poi.resolver.")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An OpenDocument file (.odt saved under a .docx name) is a zip too; POI reads it from a
	 * stream as a damaged package. It starts with its uncompressed "mimetype" entry.
	 */
	private static void refuseOpenDocument(String name, byte[] docx) {
		String start = new String(docx, 0, Math.min(docx.length, 100), StandardCharsets.ISO_8859_1);
		if (start.startsWith("PK") && start.contains("mimetypeapplication/vnd.oasis.opendocument")) {
			throw unreadable(name, new ODFNotOfficeXmlFileException("OpenDocument"));
		}
	}

	/**
	 * A package that holds one part twice (two zip entries of one name, or of names that differ
	 * only in case, which Open Packaging treats as one) is ambiguous: POI keeps one copy, Word
	 * or another reader may show the other, so what was checked would not be what is printed.
	 * POI does not refuse it when it reads from memory. Read from the zip's central directory,
	 * which names every entry without unpacking any (a zip bomb costs nothing here); a file that
	 * is not a zip is left to POI's own refusal.
	 */
	private static void refuseDuplicateParts(String name, byte[] docx) {
		java.util.Map<String, String> seen = new java.util.HashMap<>();
		try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile
			.builder()
			.setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(docx))
			.get()) {
			for (org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry : java.util.Collections
				.list(zip.getEntriesInPhysicalOrder())) {
				String part = entry.getName();
				String earlier = seen.putIfAbsent(part.toLowerCase(Locale.ROOT), part);
				if (earlier != null) {
					throw new BriefdeskException("cannot read template " + name + ": it holds the part "
							+ org.briefdesk.system.VisibleText.of(part) + " twice"
							+ (earlier.equals(part) ? "" : " (as " + org.briefdesk.system.VisibleText.of(earlier) + ")")
							+ ", so readers may differ on which one is the document (refused); open it in Word or LibreOffice and save it as a Word document (.docx)");
				}
			}
		}
		catch (IOException | RuntimeException notAZip) {
			if (notAZip instanceof BriefdeskException refused) {
				throw refused;
			}
			// not a zip, or a damaged one: POI says so in its own words below
		}
	}

	static BriefdeskException unreadable(String name, Throwable failure) {
		return new BriefdeskException("cannot read template " + name + ": " + reason(failure)
				+ "; open it in Word or LibreOffice and save it as a Word document (.docx)", failure);
	}

	private static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OLE2NotOfficeXmlFileException) {
				return "it is an old Word 97-2003 file (.doc), not .docx";
			}
			if (cause instanceof ODFNotOfficeXmlFileException) {
				return "it is an OpenDocument file (.odt), not .docx";
			}
			if (cause instanceof EmptyFileException) {
				return "the file is empty";
			}
			if (cause instanceof NotOfficeXmlFileException) {
				return "it is not a Word .docx file";
			}
			if (cause instanceof RecordFormatException) {
				return "a part of it unpacks to far more than a document holds (refused as a possible zip bomb)";
			}
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb")) {
				return "it unpacks to far more than its size (refused as a possible zip bomb)";
			}
			if (message.contains("doctype")) {
				return "it contains a DOCTYPE declaration, which Word never writes (refused)";
			}
			// POI: "duplicate entry: …" or "Input file contains more than 1 entry with the name …"
			if (message.contains("duplicate") && message.contains("entr") || message.contains("more than 1 entry")) {
				return "its package holds the same part twice (refused)";
			}
		}
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		String detail = root.getMessage() == null ? "" : root.getMessage();
		detail = JAVA_CLASS_PREFIX.matcher(detail.lines().findFirst().orElse("").strip()).replaceAll("").strip();
		// a message without words of its own ("POIXMLException", "null") or that names Java's insides says nothing to the user
		if (detail.isEmpty() || JAVA_NAME.matcher(detail).find() || detail.equals("null")) {
			return "it is damaged or not a Word document (a part of its package cannot be read)";
		}
		if (detail.length() > 120) {
			detail = detail.substring(0, 117) + "...";
		}
		return "it is damaged or not a Word document (" + detail + ")";
	}

}
