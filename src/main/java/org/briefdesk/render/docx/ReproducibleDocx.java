package org.briefdesk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a .docx package again so that its bytes depend on its content and a date only. POI
 * stamps each zip entry with the time of writing, converted through the machine's time zone,
 * and writes the parts in the order it holds them; here every entry gets the same time (the
 * export's date at midnight, written as the zip's local date and time fields, with no time
 * zone conversion and no extra timestamp field) and the parts a fixed order:
 * {@code [Content_Types].xml} first and {@code _rels/.rels} second (where Word and other
 * readers look first), then every other part by name.
 */
public final class ReproducibleDocx {

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";

	private ReproducibleDocx() {
	}

	/** The package {@code docx}, its entries in the fixed order, each dated {@code date} 00:00. */
	public static byte[] of(byte[] docx, LocalDate date) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (!entry.isDirectory()) {
					parts.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException("cannot read back the package just written", impossible);
		}
		List<String> names = new ArrayList<>(parts.keySet());
		names.sort(Comparator.comparingInt(ReproducibleDocx::rank).thenComparing(Comparator.naturalOrder()));
		// DOS times start in 1980
		LocalDateTime time = (date.getYear() < 1980 ? LocalDate.of(1980, 1, 1) : date).atStartOfDay();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(docx.length + 1024);
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
			for (String name : names) {
				ZipEntry entry = new ZipEntry(name);
				entry.setTimeLocal(time);
				entry.setMethod(ZipEntry.DEFLATED);
				out.putNextEntry(entry);
				out.write(parts.get(name));
				out.closeEntry();
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException("cannot write a package in memory", impossible);
		}
		return bytes.toByteArray();
	}

	private static int rank(String name) {
		return name.equals(CONTENT_TYPES) ? 0 : name.equals(PACKAGE_RELATIONSHIPS) ? 1 : 2;
	}

}
