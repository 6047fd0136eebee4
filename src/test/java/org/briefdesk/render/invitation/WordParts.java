package org.briefdesk.render.invitation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A .docx read back for comparisons: each WordprocessingML part (body, headers, footers) as
 * the list of its paragraphs, each paragraph its style and runs, each run its properties and
 * its text (with breaks and tabs), so two documents compare by what Word shows, not by bytes.
 */
final class WordParts {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private WordParts() {
	}

	/** Every entry of the package, by name. */
	static Map<String, byte[]> entries(byte[] docx) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	/** The paragraphs of the body, the headers and the footers, by part name. */
	static Map<String, List<String>> text(byte[] docx) throws Exception {
		Map<String, List<String>> parts = new TreeMap<>();
		for (Map.Entry<String, byte[]> entry : entries(docx).entrySet()) {
			String name = entry.getKey();
			if (name.equals("word/document.xml") || name.matches("word/(header|footer)\\d+\\.xml")) {
				parts.put(name, paragraphs(entry.getValue()));
			}
		}
		return parts;
	}

	static List<String> paragraphs(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
		List<String> result = new ArrayList<>();
		for (int i = 0; i < paragraphs.getLength(); i++) {
			Element paragraph = (Element) paragraphs.item(i);
			StringBuilder line = new StringBuilder();
			Element pPr = child(paragraph, "pPr");
			line.append('[').append(pPr == null ? "" : canonical(pPr)).append(']');
			NodeList runs = paragraph.getElementsByTagNameNS(W, "r");
			for (int r = 0; r < runs.getLength(); r++) {
				Element run = (Element) runs.item(r);
				Element rPr = child(run, "rPr");
				line.append(" {").append(rPr == null ? "" : canonical(rPr)).append("}");
				for (Node node = run.getFirstChild(); node != null; node = node.getNextSibling()) {
					if (!(node instanceof Element element) || element.getLocalName().equals("rPr")) {
						continue;
					}
					switch (element.getLocalName()) {
						case "t", "instrText" -> line.append('«').append(element.getTextContent()).append('»');
						default -> line.append('<').append(element.getLocalName())
							.append(element.hasAttributeNS(W, "type") ? ":" + element.getAttributeNS(W, "type") : "")
							.append('>');
					}
				}
			}
			result.add(line.toString());
		}
		return result;
	}

	private static Element child(Element parent, String localName) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && W.equals(element.getNamespaceURI())
					&& element.getLocalName().equals(localName)) {
				return element;
			}
		}
		return null;
	}

	/** An element as text independent of prefixes and attribute order. */
	static String canonical(Element element) {
		StringBuilder text = new StringBuilder(element.getLocalName());
		NamedNodeMap attributes = element.getAttributes();
		Map<String, String> sorted = new TreeMap<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
				sorted.put(attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName(),
						attribute.getNodeValue());
			}
		}
		text.append(sorted);
		text.append('(');
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				text.append(canonical(child));
			}
		}
		return text.append(')').toString();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
