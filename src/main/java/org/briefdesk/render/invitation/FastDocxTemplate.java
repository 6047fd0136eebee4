package org.briefdesk.render.invitation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.briefdesk.render.docx.PlainTextTemplates;
import org.briefdesk.system.BriefdeskException;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.policy.TextRenderPolicy;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import com.deepoove.poi.util.TableTools;

/**
 * A Word letter template compiled once, then written for each letter without opening a
 * document model: poi-tl reads the template once (merging the runs a tag is split over and
 * finding the tags, exactly as it does for a render), each tag's run is marked, and the
 * package is saved once. What holds a mark (the body, a header or footer with a tag) becomes
 * a list of fixed XML pieces with a slot per tag; every other part is kept as the
 * compressed bytes of its zip entry. A letter is then: the pieces with each value
 * XML-escaped in its slot, deflated, and every other entry copied as it is, compressed.
 *
 * <p>A slot is filled as poi-tl's text policy fills the run: the value's text, a line break
 * ({@code \n} or {@code \r\n}) becoming a carriage return (a text-wrapping break in a table
 * cell). Only plain text tags can be written so; {@link #compile} returns empty for a
 * template with anything else (a block, a loop, a picture, a list row), which poi-tl then
 * renders letter by letter ({@link PoiTlLetterTemplate}).
 */
final class FastDocxTemplate implements LetterTemplate {

	/** Marks a tag's run in the saved template: private-use characters no template text has. */
	private static final String MARK_START = "\uE000bd-tag-";

	private static final char MARK_END = '\uE001';

	private static final Pattern MARKED_TEXT = Pattern
		.compile("<([A-Za-z_][\\w.-]*:)?t(\\s[^>]*)?>" + MARK_START + "(\\d+)" + MARK_END + "</\\1t>");

	private static final Pattern ANY_MARK = Pattern.compile(MARK_START + "(\\d+)" + MARK_END);

	private final String name;

	private final List<Entry> entries;

	private FastDocxTemplate(String name, List<Entry> entries) {
		this.name = name;
		this.entries = entries;
	}

	/**
	 * The template compiled for the fast path, or empty when it uses something the fast path
	 * does not write (then poi-tl renders it).
	 */
	static Optional<FastDocxTemplate> compile(String name, byte[] docx) {
		if (new String(docx, StandardCharsets.ISO_8859_1).contains("\u00EE\u0080\u0080")) {
			return Optional.empty(); // U+E000 (UTF-8 EE 80 80) somewhere: the marks would be ambiguous
		}
		Configure configure = PlainTextTemplates.configure();
		List<Slot> slots = new ArrayList<>();
		byte[] marked;
		try (XWPFTemplate template = PlainTextTemplates.compile(name, docx)) {
			for (MetaTemplate element : template.getElementTemplates()) {
				if (!(element instanceof RunTemplate run) || run.findPolicy(configure) == null
						|| run.findPolicy(configure).getClass() != TextRenderPolicy.class) {
					return Optional.empty();
				}
				int index = slots.size();
				slots.add(new Slot(run.getTagName(), TableTools.isInsideTable(run.getRun())));
				run.getRun().setText(MARK_START + index + MARK_END, 0);
			}
			ByteArrayOutputStream saved = new ByteArrayOutputStream(docx.length * 2);
			template.write(saved);
			marked = saved.toByteArray();
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot prepare template " + name + ": " + failed.getMessage(), failed);
		}
		return split(name, marked, slots);
	}

	private static Optional<FastDocxTemplate> split(String name, byte[] marked, List<Slot> slots) {
		List<Entry> entries = new ArrayList<>();
		int found = 0;
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(marked)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
				byte[] content;
				try (InputStream in = zip.getInputStream(entry)) {
					content = in.readAllBytes();
				}
				String text = new String(content, StandardCharsets.UTF_8);
				if (text.indexOf(MARK_END) < 0) {
					byte[] raw;
					try (InputStream in = zip.getRawInputStream(entry)) {
						raw = in.readAllBytes();
					}
					entries.add(new Entry(copyOf(entry), raw, null, null));
					continue;
				}
				List<String> pieces = new ArrayList<>();
				List<Slot> partSlots = new ArrayList<>();
				Matcher matcher = MARKED_TEXT.matcher(text);
				int last = 0;
				while (matcher.find()) {
					String prefix = matcher.group(1) == null ? "" : matcher.group(1);
					Slot slot = slots.get(Integer.parseInt(matcher.group(3)));
					pieces.add(text.substring(last, matcher.start()));
					partSlots.add(slot.withPrefix(prefix));
					last = matcher.end();
					found++;
				}
				pieces.add(text.substring(last));
				for (String piece : pieces) {
					if (ANY_MARK.matcher(piece).find()) {
						return Optional.empty(); // a mark outside a text element: not a plain run
					}
				}
				entries.add(new Entry(copyOf(entry), null, pieces.toArray(String[]::new), partSlots.toArray(Slot[]::new)));
			}
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot prepare template " + name + ": " + failed.getMessage(), failed);
		}
		if (found != slots.size()) {
			return Optional.empty();
		}
		return Optional.of(new FastDocxTemplate(name, List.copyOf(entries)));
	}

	/**
	 * The time every entry of a letter bears: the first a zip can hold (1980-01-01 00:00), so
	 * that the same letter is the same file whenever and wherever it is written (the
	 * prepared template's entries bear the time it was prepared). Computed in the machine's
	 * time zone because the zip writer converts back through it: the fields written are the same
	 * everywhere.
	 */
	static long entryTime() {
		return java.time.LocalDateTime.of(1980, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

	private static ZipArchiveEntry copyOf(ZipArchiveEntry entry) {
		ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
		copy.setMethod(entry.getMethod());
		copy.setTime(entryTime());
		copy.setCrc(entry.getCrc());
		copy.setSize(entry.getSize());
		copy.setCompressedSize(entry.getCompressedSize());
		return copy;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean isFast() {
		return true;
	}

	@Override
	public void write(Map<String, Object> data, OutputStream out) throws IOException {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
			zip.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
			for (Entry entry : this.entries) {
				if (entry.raw != null) {
					zip.addRawArchiveEntry(copyOf(entry.header), new java.io.ByteArrayInputStream(entry.raw));
					continue;
				}
				byte[] content = entry.fill(data).getBytes(StandardCharsets.UTF_8);
				deflater.reset();
				deflater.setInput(content);
				deflater.finish();
				ByteArrayOutputStream compressed = new ByteArrayOutputStream(content.length / 3 + 64);
				byte[] buffer = new byte[16384];
				while (!deflater.finished()) {
					int n = deflater.deflate(buffer);
					compressed.write(buffer, 0, n);
				}
				CRC32 crc = new CRC32();
				crc.update(content);
				ZipArchiveEntry header = new ZipArchiveEntry(entry.header.getName());
				header.setMethod(ZipEntry.DEFLATED);
				header.setTime(entryTime());
				header.setCrc(crc.getValue());
				header.setSize(content.length);
				header.setCompressedSize(compressed.size());
				zip.addRawArchiveEntry(header, new java.io.ByteArrayInputStream(compressed.toByteArray()));
			}
			zip.finish();
		}
		finally {
			deflater.end();
		}
	}

	/** What a tag's slot prints, as poi-tl's abort handler would refuse a field the data lacks. */
	static String value(Map<String, Object> data, String tagName) {
		Object value = data;
		for (String key : tagName.split("\\.", -1)) {
			if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
				throw new BriefdeskException("no field '" + tagName + "' in the letter's data; the fields are "
						+ String.join(", ", LetterData.FIELDS));
			}
			value = map.get(key);
		}
		if (value == null) {
			throw new BriefdeskException("the field '" + tagName + "' has no value");
		}
		return value.toString();
	}

	/** One zip entry: copied as compressed bytes, or pieces of XML around slots. */
	private record Entry(ZipArchiveEntry header, byte[] raw, String[] pieces, Slot[] slots) {

		String fill(Map<String, Object> data) {
			StringBuilder xml = new StringBuilder(this.pieces.length * 64 + this.pieces[0].length());
			for (int i = 0; i < this.slots.length; i++) {
				xml.append(this.pieces[i]);
				this.slots[i].write(value(data, this.slots[i].tagName), xml);
			}
			return xml.append(this.pieces[this.pieces.length - 1]).toString();
		}

	}

	/** A tag's place: the text element that showed the tag, with the document's prefix. */
	private record Slot(String tagName, boolean inTable, String prefix) {

		Slot(String tagName, boolean inTable) {
			this(tagName, inTable, "");
		}

		Slot withPrefix(String prefix) {
			return new Slot(this.tagName, this.inTable, prefix);
		}

		void write(String value, StringBuilder xml) {
			String[] lines = value.split("\\n|(\\r\\n)", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					xml.append(this.inTable ? "<" + this.prefix + "br " + this.prefix + "type=\"textWrapping\"/>"
							: "<" + this.prefix + "cr/>");
				}
				xml.append('<').append(this.prefix).append("t xml:space=\"preserve\">");
				XmlText.escapeInto(lines[i], xml);
				xml.append("</").append(this.prefix).append("t>");
			}
		}

	}

}
