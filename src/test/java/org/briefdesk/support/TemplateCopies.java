package org.briefdesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies of the committed templates with one text changed in one part, made by rewriting
 * the zip (no Word library needed): a real letter template with a placeholder edited in.
 */
public final class TemplateCopies {

	private TemplateCopies() {
	}

	/**
	 * Writes {@code target}: {@code source} with {@code from} replaced by {@code to} in the
	 * part {@code partName} ({@code word/document.xml}); fails when the part does not hold it.
	 */
	public static Path withText(Path source, Path target, String partName, String from, String to) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		boolean replaced = false;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(partName)) {
					String xml = new String(content, StandardCharsets.UTF_8);
					if (!xml.contains(from)) {
						throw new IllegalArgumentException(partName + " of " + source + " has no " + from);
					}
					content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
					replaced = true;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		if (!replaced) {
			throw new IllegalArgumentException(source + " has no part " + partName);
		}
		Files.write(target, bytes.toByteArray());
		return target;
	}

	/** Copies a folder's files (not its subfolders) into {@code target}. */
	public static void copyFiles(Path folder, Path target) throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					Files.copy(in, target.resolve(file.getFileName().toString()));
				}
			}
		}
	}

}
