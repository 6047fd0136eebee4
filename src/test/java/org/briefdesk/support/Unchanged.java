package org.briefdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.briefdesk.facts.LibraryExporter;

/**
 * What a fault test compares before and after: every file of a folder by its SHA-256 (the
 * earlier outputs), and the whole library as {@code data export} writes it (every fact of
 * every kind, byte for byte).
 */
public final class Unchanged {

	private Unchanged() {
	}

	/** Every file under {@code root}, by its path relative to it, with the SHA-256 of its bytes. */
	public static Map<String, String> folder(Path root) {
		Map<String, String> files = new TreeMap<>();
		if (!Files.exists(root)) {
			return files;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return files;
	}

	/** The library as {@code data export --format yaml} writes it. */
	public static Map<String, String> library(LibraryExporter exporter) {
		try {
			Path scratch = Files.createTempDirectory("briefdesk-library-snapshot");
			exporter.export(scratch, LibraryExporter.Format.YAML, false);
			Map<String, String> snapshot = folder(scratch);
			org.springframework.util.FileSystemUtils.deleteRecursively(scratch);
			return snapshot;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
