package org.briefdesk.render.invitation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;

/**
 * The print file as one .docx, made the way Word's mail merge makes one: every letter's body
 * in one document, each letter its own section that starts on a new page (its last paragraph
 * carries the section break, so no empty paragraph is added), with its own headers and
 * footers and page numbering starting again at 1. Never altChunk, which LibreOffice, Google
 * Docs and Pages ignore.
 *
 * <p>What keeps the merged document valid: numbered lists get a fresh {@code w:num} per
 * letter (restarting at each level's start), so a list does not run on from one letter into
 * the next; drawing ids ({@code wp:docPr/@id}) and bookmark ids are renumbered to stay
 * unique; headers and footers are copied per letter (one part for identical ones); letters
 * made from another template (another language) bring their styles, a style whose id the
 * first template already uses differently being renamed, and their pictures and links.
 *
 * <p>Letters are added in order as they are made; the body is streamed into the zip entry,
 * so memory holds one letter, the distinct headers and footers, and the styles.
 */
final class CombinedDocx implements AutoCloseable {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

	private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

	/** Relationships of the document itself, not of its content: kept from the first letter only. */
	private static final List<String> PACKAGE_PARTS = List.of("styles", "settings", "fontTable", "numbering", "theme",
			"webSettings", "header", "footer", "footnotes", "endnotes", "comments", "customXml", "glossaryDocument",
			"people", "stylesWithEffects", "commentsExtended", "commentsIds", "commentsExtensible");

	private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\s[^>]*?/>");

	private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	private static final Pattern STYLE = Pattern.compile("<w:style\\s[^>]*?w:styleId=\"([^\"]+)\"[^>]*?(?:/>|>.*?</w:style>)",
			Pattern.DOTALL);

	private static final Pattern STYLE_REFERENCE = Pattern
		.compile("(<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link)\\s+w:val=\")([^\"]+)(\")");

	private static final Pattern NUM_ID = Pattern.compile("(<w:numId\\s+w:val=\")(\\d+)(\")");

	private static final Pattern DOC_PR = Pattern.compile("(<wp:docPr\\s(?:[^>]*?\\s)?id=\")(\\d+)(\")");

	private static final Pattern BOOKMARK_ID = Pattern.compile("(<w:bookmark(?:Start|End)\\s(?:[^>]*?\\s)?w:id=\")(\\d+)(\")");

	private static final Pattern R_ATTRIBUTE = Pattern.compile("(\\sr:(?:id|embed|link|pict|dm|lo|qs|cs|href)=\")([^\"]+)(\")");

	private static final Pattern ABSTRACT_NUM = Pattern.compile("<w:abstractNum\\s[^>]*?w:abstractNumId=\"(\\d+)\".*?</w:abstractNum>",
			Pattern.DOTALL);

	private static final Pattern NUM = Pattern.compile("<w:num\\s[^>]*?w:numId=\"(\\d+)\"[^>]*>(.*?)</w:num>", Pattern.DOTALL);

	private static final Pattern ABSTRACT_NUM_ID = Pattern.compile("<w:abstractNumId\\s+w:val=\"(\\d+)\"\\s*/>");

	private static final Pattern LEVEL_START = Pattern.compile("<w:lvl\\s[^>]*?w:ilvl=\"(\\d)\"[^>]*>(?:(?!</w:lvl>).)*?<w:start\\s+w:val=\"(\\d+)\"",
			Pattern.DOTALL);

	private final AtomicFiles.Pending file;

	private final ZipArchiveOutputStream zip;

	/** Each template's parts, by the content of its styles and relationships. */
	private final Map<String, Template> templates = new LinkedHashMap<>();

	/** Header and footer parts by content: name in the package. */
	private final Map<String, Part> headers = new LinkedHashMap<>();

	private final List<String> abstractNums = new ArrayList<>();

	private final List<String> nums = new ArrayList<>();

	private Template base;

	private String pendingBody;

	private String pendingSection;

	private int letters;

	private int nextNumId = 1;

	private int nextDrawingId = 1;

	private int nextBookmarkId = 1;

	CombinedDocx(Path target, boolean overwrite) {
		this.file = AtomicFiles.begin(target, overwrite);
		this.zip = new ZipArchiveOutputStream(this.file.channel());
	}

	/** A template's package: what the first letter made with it brings to the merged document. */
	private static final class Template {

		final int index;

		final Map<String, byte[]> entries;

		final String rootTag;

		/** Relationship id → (type, target, mode) of the document. */
		final Map<String, String[]> relationships = new LinkedHashMap<>();

		/** Style ids renamed for this template (all but the first template). */
		final Map<String, String> styleNames = new LinkedHashMap<>();

		/** This template's numId → abstractNumId (after renumbering) and level starts. */
		final Map<String, String> numAbstract = new LinkedHashMap<>();

		final Map<String, String> numOverrides = new LinkedHashMap<>();

		final Map<String, Map<String, String>> levelStarts = new LinkedHashMap<>();

		Template(int index, Map<String, byte[]> entries, String rootTag) {
			this.index = index;
			this.entries = entries;
			this.rootTag = rootTag;
		}

		String relationshipId(String id) {
			return this.index == 0 ? id : "t" + this.index + id;
		}

		String mediaTarget(String target) {
			return this.index == 0 ? target : target.replaceFirst("^(.*/)?([^/]+)$", "$1t" + this.index + "-$2");
		}

	}

	private record Part(String name, String type, byte[] content, byte[] relationships) {
	}

	/** Adds a letter (a whole .docx) as the next section. */
	void add(byte[] docx) {
		try {
			Map<String, byte[]> entries = read(docx);
			String document = utf8(entries, "word/document.xml");
			Template template = template(entries, document);
			int bodyStart = document.indexOf("<w:body>");
			int bodyEnd = document.lastIndexOf("</w:body>");
			if (bodyStart < 0 || bodyEnd < 0) {
				throw new BriefdeskException("a letter has no body");
			}
			String body = document.substring(bodyStart + "<w:body>".length(), bodyEnd);
			int sectionStart = body.lastIndexOf("<w:sectPr");
			String section = sectionStart < 0 ? "<w:sectPr/>" : body.substring(sectionStart);
			body = sectionStart < 0 ? body : body.substring(0, sectionStart);
			body = renumber(rename(body, template), template);
			section = section(section, template);
			if (this.pendingBody != null) {
				write(withSectionBreak(this.pendingBody, this.pendingSection));
			}
			this.pendingBody = body;
			this.pendingSection = section;
			this.letters++;
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot add letter " + (this.letters + 1) + " to " + this.file.target() + ": "
					+ failed.getMessage(), failed);
		}
	}

	private Template template(Map<String, byte[]> entries, String document) throws IOException {
		String rootTag = document.substring(document.indexOf("<w:document"), document.indexOf('>', document.indexOf("<w:document")) + 1);
		if (!rootTag.contains("xmlns:w=\"" + W + "\"") || !rootTag.contains("xmlns:r=\"" + R + "\"")) {
			throw new BriefdeskException("the letters' template does not use the usual w: and r: prefixes; "
					+ "save it again in Word or LibreOffice");
		}
		String key = utf8(entries, "word/styles.xml") + "\u0000" + utf8(entries, "word/_rels/document.xml.rels")
				+ "\u0000" + utf8(entries, "word/numbering.xml");
		Template known = this.templates.get(key);
		if (known != null) {
			return known;
		}
		Template template = new Template(this.templates.size(), entries, rootTag);
		this.templates.put(key, template);
		Matcher relationship = RELATIONSHIP.matcher(utf8(entries, "word/_rels/document.xml.rels"));
		while (relationship.find()) {
			Map<String, String> attributes = attributes(relationship.group());
			template.relationships.put(attributes.get("Id"),
					new String[] { attributes.get("Type"), attributes.get("Target"), attributes.getOrDefault("TargetMode", "") });
		}
		if (template.index == 0) {
			this.base = template;
			start(template);
		}
		else {
			checkNamespaces(template);
			mergeStyles(template);
		}
		numbering(template);
		return template;
	}

	/** The first template's parts that do not change, and the start of the body. */
	private void start(Template template) throws IOException {
		for (Map.Entry<String, byte[]> entry : template.entries.entrySet()) {
			String name = entry.getKey();
			if (name.equals("word/document.xml") || name.equals("word/styles.xml") || name.equals("word/numbering.xml")
					|| name.equals("[Content_Types].xml") || name.equals("word/_rels/document.xml.rels")
					|| name.matches("word/(header|footer)\\d*\\.xml") || name.matches("word/_rels/(header|footer)\\d*\\.xml\\.rels")) {
				continue;
			}
			put(name, entry.getValue());
		}
		ZipArchiveEntry entry = new ZipArchiveEntry("word/document.xml");
		entry.setMethod(ZipEntry.DEFLATED);
		this.zip.putArchiveEntry(entry);
		write(xmlDeclaration() + template.rootTag + "<w:body>");
	}

	/** A later template's root must not bind a prefix the first one binds otherwise. */
	private void checkNamespaces(Template template) {
		Map<String, String> first = namespaces(this.base.rootTag);
		for (Map.Entry<String, String> declared : namespaces(template.rootTag).entrySet()) {
			String bound = first.get(declared.getKey());
			if (bound == null || !bound.equals(declared.getValue())) {
				throw new BriefdeskException("the letters of two templates cannot be merged into one .docx: one uses the "
						+ "XML namespace prefix '" + declared.getKey() + "' the other does not; make the combined file "
						+ "from one template, or save both templates in the same Word version");
			}
		}
	}

	private static Map<String, String> namespaces(String rootTag) {
		Map<String, String> namespaces = new LinkedHashMap<>();
		Matcher matcher = Pattern.compile("xmlns:(\\w+)=\"([^\"]*)\"").matcher(rootTag);
		while (matcher.find()) {
			namespaces.put(matcher.group(1), matcher.group(2));
		}
		return namespaces;
	}

	/**
	 * A later template's styles: those the first template has alike are shared, those it has
	 * otherwise are renamed for this template, new ones are added.
	 */
	private void mergeStyles(Template template) {
		Map<String, String> baseStyles = styles(utf8(this.base.entries, "word/styles.xml"));
		Map<String, String> own = styles(utf8(template.entries, "word/styles.xml"));
		for (Map.Entry<String, String> style : own.entrySet()) {
			String existing = baseStyles.get(style.getKey());
			if (existing != null && !existing.equals(style.getValue())) {
				template.styleNames.put(style.getKey(), style.getKey() + "T" + template.index);
			}
		}
		for (Map.Entry<String, String> style : own.entrySet()) {
			if (baseStyles.containsKey(style.getKey()) && !template.styleNames.containsKey(style.getKey())) {
				continue;
			}
			String xml = style.getValue().replace("w:styleId=\"" + style.getKey() + "\"",
					"w:styleId=\"" + template.styleNames.getOrDefault(style.getKey(), style.getKey()) + "\"");
			xml = xml.replaceAll(" w:default=\"(1|true|on)\"", "");
			this.addedStyles.add(rename(xml, template));
		}
	}

	private final List<String> addedStyles = new ArrayList<>();

	private static Map<String, String> styles(String stylesXml) {
		Map<String, String> styles = new LinkedHashMap<>();
		Matcher matcher = STYLE.matcher(stylesXml);
		while (matcher.find()) {
			styles.put(matcher.group(1), matcher.group());
		}
		return styles;
	}

	/** A template's numbering definitions, with abstract ids of its own. */
	private void numbering(Template template) {
		String numbering = utf8(template.entries, "word/numbering.xml");
		if (numbering.isEmpty()) {
			return;
		}
		Map<String, String> abstractIds = new LinkedHashMap<>();
		Matcher abstractNum = ABSTRACT_NUM.matcher(numbering);
		while (abstractNum.find()) {
			String id = abstractNum.group(1);
			String newId = Integer.toString(template.index * 1000 + Integer.parseInt(id));
			abstractIds.put(id, newId);
			Map<String, String> starts = new LinkedHashMap<>();
			Matcher level = LEVEL_START.matcher(abstractNum.group());
			while (level.find()) {
				starts.put(level.group(1), level.group(2));
			}
			template.levelStarts.put(newId, starts);
			this.abstractNums.add(rename(abstractNum.group().replaceFirst("w:abstractNumId=\"" + id + "\"",
					"w:abstractNumId=\"" + newId + "\""), template));
		}
		Matcher num = NUM.matcher(numbering);
		while (num.find()) {
			Matcher abstractId = ABSTRACT_NUM_ID.matcher(num.group(2));
			if (abstractId.find()) {
				template.numAbstract.put(num.group(1), abstractIds.getOrDefault(abstractId.group(1), abstractId.group(1)));
				template.numOverrides.put(num.group(1), num.group(2).substring(abstractId.end()));
			}
		}
		if (template.index == 0) {
			// the first template's own lists stay, for styles that number paragraphs
			Matcher original = NUM.matcher(numbering);
			while (original.find()) {
				this.nums.add(original.group());
				this.nextNumId = Math.max(this.nextNumId, Integer.parseInt(original.group(1)) + 1);
			}
		}
	}

	/** Style ids renamed for the letter's template. */
	private static String rename(String xml, Template template) {
		if (template.styleNames.isEmpty()) {
			return xml;
		}
		return replace(STYLE_REFERENCE, xml, m -> m.group(1) + template.styleNames.getOrDefault(m.group(2), m.group(2)) + m.group(3));
	}

	/** A letter's own lists, drawing ids, bookmark ids and relationship ids. */
	private String renumber(String body, Template template) {
		Map<String, String> lists = new LinkedHashMap<>();
		body = replace(NUM_ID, body, m -> {
			String id = m.group(2);
			if (id.equals("0") || !template.numAbstract.containsKey(id)) {
				return m.group();
			}
			return m.group(1) + lists.computeIfAbsent(id, any -> freshList(template, id)) + m.group(3);
		});
		body = replace(DOC_PR, body, m -> m.group(1) + this.nextDrawingId++ + m.group(3));
		Map<String, Integer> bookmarks = new LinkedHashMap<>();
		body = replace(BOOKMARK_ID, body, m -> m.group(1)
				+ bookmarks.computeIfAbsent(m.group(2), any -> this.nextBookmarkId++) + m.group(3));
		return replace(R_ATTRIBUTE, body, m -> m.group(1) + template.relationshipId(m.group(2)) + m.group(3));
	}

	/** A new list instance over the same definition, starting again at every level. */
	private String freshList(Template template, String numId) {
		String abstractId = template.numAbstract.get(numId);
		String id = Integer.toString(this.nextNumId++);
		StringBuilder num = new StringBuilder("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"")
			.append(abstractId).append("\"/>");
		String overrides = template.numOverrides.getOrDefault(numId, "");
		Map<String, String> starts = template.levelStarts.getOrDefault(abstractId, Map.of());
		for (int level = 0; level < 9; level++) {
			String ilvl = Integer.toString(level);
			if (overrides.contains("w:ilvl=\"" + ilvl + "\"")) {
				continue;
			}
			num.append("<w:lvlOverride w:ilvl=\"").append(ilvl).append("\"><w:startOverride w:val=\"")
				.append(starts.getOrDefault(ilvl, "1")).append("\"/></w:lvlOverride>");
		}
		num.append(overrides).append("</w:num>");
		this.nums.add(num.toString());
		return id;
	}

	/** The letter's section: its own headers and footers, a new page, page numbers from 1. */
	private String section(String section, Template template) {
		if (section.startsWith("<w:sectPr/>")) {
			section = "<w:sectPr></w:sectPr>";
		}
		section = replace(Pattern.compile("(<w:(?:header|footer)Reference\\s[^>]*?r:id=\")([^\"]+)(\")"), section,
				m -> m.group(1) + headerPart(template, m.group(2)) + m.group(3));
		section = section.replaceAll("<w:type\\s[^>]*/>", "");
		section = section.replaceAll("<w:pgNumType\\s[^>]*?(w:fmt=\"[^\"]*\")?[^>]*/>", "<w:pgNumType $1/>")
			.replace("<w:pgNumType />", "<w:pgNumType/>");
		if (section.contains("<w:pgNumType")) {
			section = section.replaceFirst("<w:pgNumType\\s*(w:fmt=\"[^\"]*\")?\\s*/>", "<w:pgNumType $1 w:start=\"1\"/>")
				.replace("<w:pgNumType  w:start", "<w:pgNumType w:start");
		}
		else {
			section = insertBefore(section, "<w:pgNumType w:start=\"1\"/>", "cols", "formProt", "vAlign", "noEndnote",
					"titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange");
		}
		return insertBefore(section, "<w:type w:val=\"nextPage\"/>", "pgSz", "pgMar", "paperSrc", "pgBorders",
				"lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
				"rtlGutter", "docGrid", "printerSettings", "sectPrChange");
	}

	/** Inserts an element before the first of the given children of a sectPr, else at its end. */
	private static String insertBefore(String section, String element, String... followers) {
		int at = -1;
		for (String follower : followers) {
			Matcher matcher = Pattern.compile("<w:" + follower + "[\\s/>]").matcher(section);
			if (matcher.find() && (at < 0 || matcher.start() < at)) {
				at = matcher.start();
			}
		}
		if (at < 0) {
			at = section.lastIndexOf("</w:sectPr>");
		}
		return section.substring(0, at) + element + section.substring(at);
	}

	/** The name of the merged document's relationship to a copy of this letter's header or footer. */
	private String headerPart(Template template, String relationshipId) {
		String[] relationship = template.relationships.get(relationshipId);
		if (relationship == null) {
			throw new BriefdeskException("a letter names a header or footer its package lacks");
		}
		String source = "word/" + relationship[1].replaceFirst("^/?word/", "");
		byte[] content = this.currentEntries.get(source);
		if (content == null) {
			throw new BriefdeskException("a letter lacks its header or footer " + source);
		}
		String partRels = source.replaceFirst("^word/", "word/_rels/") + ".rels";
		byte[] rels = this.currentEntries.get(partRels);
		String text = rename(new String(content, StandardCharsets.UTF_8), template);
		text = replace(DOC_PR, text, m -> m.group(1) + this.nextDrawingId++ + m.group(3));
		String key = template.index + "\u0000" + relationship[0] + "\u0000" + text;
		Part part = this.headers.get(key);
		if (part == null) {
			boolean header = relationship[0].endsWith("/header");
			String name = (header ? "header" : "footer") + (this.headers.size() + 1) + ".xml";
			part = new Part(name, relationship[0], text.getBytes(StandardCharsets.UTF_8),
					rels == null ? null : mediaTargets(new String(rels, StandardCharsets.UTF_8), template).getBytes(StandardCharsets.UTF_8));
			this.headers.put(key, part);
		}
		return "rIdPart" + part.name.replace(".xml", "");
	}

	private Map<String, byte[]> currentEntries = Map.of();

	private static String mediaTargets(String rels, Template template) {
		if (template.index == 0) {
			return rels;
		}
		return replace(RELATIONSHIP, rels, m -> {
			Map<String, String> attributes = attributes(m.group());
			if ("External".equals(attributes.get("TargetMode"))) {
				return m.group();
			}
			return m.group().replace("Target=\"" + attributes.get("Target") + "\"",
					"Target=\"" + template.mediaTarget(attributes.get("Target")) + "\"");
		});
	}

	/** The letter's body with its section break in its last paragraph (or in one of its own). */
	private static String withSectionBreak(String body, String section) {
		String trimmed = body.stripTrailing();
		int last = Math.max(trimmed.lastIndexOf("<w:p>"), trimmed.lastIndexOf("<w:p "));
		if (trimmed.endsWith("</w:p>") && last >= 0) {
			String paragraph = trimmed.substring(last);
			int ends = paragraph.split("</w:p>", -1).length - 1;
			if (ends == 1 && !paragraph.contains("<w:sectPr")) {
				String head = trimmed.substring(0, last);
				if (paragraph.matches("(?s)<w:p(\\s[^>]*)?>\\s*<w:pPr>.*")) {
					int close = paragraph.indexOf("</w:pPr>");
					if (close < 0) {
						return head + paragraph.replaceFirst("<w:pPr/>", "<w:pPr>" + section + "</w:pPr>");
					}
					int change = paragraph.indexOf("<w:pPrChange");
					int at = change >= 0 && change < close ? change : close;
					// in a paragraph's properties the section comes after the mark's run properties, before a tracked change
					return head + paragraph.substring(0, at) + section + paragraph.substring(at);
				}
				if (paragraph.matches("(?s)<w:p(\\s[^>]*)?>\\s*<w:pPr/>.*")) {
					return head + paragraph.replaceFirst("<w:pPr/>", "<w:pPr>" + section + "</w:pPr>");
				}
				int open = paragraph.indexOf('>') + 1;
				return head + paragraph.substring(0, open) + "<w:pPr>" + section + "</w:pPr>" + paragraph.substring(open);
			}
		}
		return body + "<w:p><w:pPr>" + section + "</w:pPr></w:p>";
	}

	private void write(String xml) throws IOException {
		this.zip.write(xml.getBytes(StandardCharsets.UTF_8));
	}

	private void put(String name, byte[] content) throws IOException {
		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setMethod(ZipEntry.DEFLATED);
		this.zip.putArchiveEntry(entry);
		this.zip.write(content);
		this.zip.closeArchiveEntry();
	}

	/** Closes the body, writes the shared parts, and publishes the file. */
	void commit() {
		if (this.letters == 0) {
			throw new BriefdeskException("no letters for " + this.file.target());
		}
		try {
			write(this.pendingBody + this.pendingSection + "</w:body></w:document>");
			this.zip.closeArchiveEntry();
			for (Part part : this.headers.values()) {
				put("word/" + part.name, part.content);
				if (part.relationships != null) {
					put("word/_rels/" + part.name + ".rels", part.relationships);
				}
			}
			for (Template template : this.templates.values()) {
				if (template.index == 0) {
					continue;
				}
				for (String[] relationship : template.relationships.values()) {
					if (!isPackagePart(relationship[0]) && !"External".equals(relationship[2])) {
						String name = "word/" + relationship[1].replaceFirst("^/?word/", "");
						byte[] content = template.entries.get(name);
						if (content != null) {
							put("word/" + template.mediaTarget(relationship[1].replaceFirst("^/?word/", "")), content);
						}
					}
				}
			}
			put("word/styles.xml", styles());
			if (!this.abstractNums.isEmpty() || !this.nums.isEmpty()) {
				put("word/numbering.xml", numberingPart());
			}
			put("word/_rels/document.xml.rels", documentRelationships());
			put("[Content_Types].xml", contentTypes());
			this.zip.finish();
			this.zip.flush();
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot write " + this.file.target() + ": " + failed.getMessage(), failed);
		}
		this.file.commit();
	}

	private byte[] styles() {
		String styles = utf8(this.base.entries, "word/styles.xml");
		int end = styles.lastIndexOf("</w:styles>");
		return (styles.substring(0, end) + String.join("", this.addedStyles) + styles.substring(end))
			.getBytes(StandardCharsets.UTF_8);
	}

	private byte[] numberingPart() {
		String numbering = utf8(this.base.entries, "word/numbering.xml");
		String root = numbering.isEmpty() ? "<w:numbering xmlns:w=\"" + W + "\">"
				: numbering.substring(numbering.indexOf("<w:numbering"), numbering.indexOf('>', numbering.indexOf("<w:numbering")) + 1);
		String pictures = "";
		if (!numbering.isEmpty()) {
			Matcher bullets = Pattern.compile("<w:numPicBullet\\s.*?</w:numPicBullet>", Pattern.DOTALL).matcher(numbering);
			StringBuilder found = new StringBuilder();
			while (bullets.find()) {
				found.append(bullets.group());
			}
			pictures = found.toString();
		}
		return (xmlDeclaration() + root + pictures + String.join("", this.abstractNums) + String.join("", this.nums)
				+ "</w:numbering>").getBytes(StandardCharsets.UTF_8);
	}

	private byte[] documentRelationships() {
		StringBuilder rels = new StringBuilder(xmlDeclaration())
			.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
		boolean numbering = false;
		for (Map.Entry<String, String[]> relationship : this.base.relationships.entrySet()) {
			String type = relationship.getValue()[0];
			if (type.endsWith("/header") || type.endsWith("/footer")) {
				continue;
			}
			numbering |= type.endsWith("/numbering");
			relationship(rels, relationship.getKey(), relationship.getValue());
		}
		if (!numbering && (!this.abstractNums.isEmpty() || !this.nums.isEmpty())) {
			relationship(rels, "rIdMergedNumbering", new String[] { REL + "numbering", "numbering.xml", "" });
		}
		for (Template template : this.templates.values()) {
			if (template.index == 0) {
				continue;
			}
			for (Map.Entry<String, String[]> relationship : template.relationships.entrySet()) {
				String[] value = relationship.getValue();
				if (!isPackagePart(value[0])) {
					String target = "External".equals(value[2]) ? value[1] : template.mediaTarget(value[1]);
					relationship(rels, template.relationshipId(relationship.getKey()), new String[] { value[0], target, value[2] });
				}
			}
		}
		for (Part part : this.headers.values()) {
			relationship(rels, "rIdPart" + part.name.replace(".xml", ""), new String[] { part.type, part.name, "" });
		}
		return rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void relationship(StringBuilder rels, String id, String[] value) {
		rels.append("<Relationship Id=\"").append(XmlText.escape(id)).append("\" Type=\"").append(XmlText.escape(value[0]))
			.append("\" Target=\"").append(XmlText.escape(value[1])).append('"');
		if (!value[2].isEmpty()) {
			rels.append(" TargetMode=\"").append(XmlText.escape(value[2])).append('"');
		}
		rels.append("/>");
	}

	private static boolean isPackagePart(String type) {
		String kind = type.substring(type.lastIndexOf('/') + 1);
		return PACKAGE_PARTS.contains(kind);
	}

	private byte[] contentTypes() {
		String types = utf8(this.base.entries, "[Content_Types].xml");
		types = types.replaceAll("<Override\\s[^>]*?PartName=\"/word/(header|footer)\\d*\\.xml\"[^>]*/>", "");
		StringBuilder added = new StringBuilder();
		for (Template template : this.templates.values()) {
			Matcher defaults = Pattern.compile("<Default\\s[^>]*?Extension=\"([^\"]+)\"[^>]*/>")
				.matcher(utf8(template.entries, "[Content_Types].xml"));
			while (defaults.find()) {
				if (!Pattern.compile("Extension=\"" + Pattern.quote(defaults.group(1)) + "\"", Pattern.CASE_INSENSITIVE)
					.matcher(types + added)
					.find()) {
					added.append(defaults.group());
				}
			}
		}
		if (!types.contains("/word/numbering.xml") && (!this.abstractNums.isEmpty() || !this.nums.isEmpty())) {
			added.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"" + MAIN + "numbering+xml\"/>");
		}
		for (Part part : this.headers.values()) {
			String kind = part.type.endsWith("/header") ? "header" : "footer";
			added.append("<Override PartName=\"/word/").append(part.name).append("\" ContentType=\"").append(MAIN)
				.append(kind).append("+xml\"/>");
		}
		int end = types.lastIndexOf("</Types>");
		return (types.substring(0, end) + added + types.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.file.close();
	}

	private Map<String, byte[]> read(byte[] docx) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		this.currentEntries = entries;
		return entries;
	}

	private static String utf8(Map<String, byte[]> entries, String name) {
		byte[] bytes = entries.get(name);
		return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
	}

	private static Map<String, String> attributes(String element) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(element);
		while (matcher.find()) {
			attributes.put(matcher.group(1), matcher.group(2));
		}
		return attributes;
	}

	private static String xmlDeclaration() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder(text.length() + 64);
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
