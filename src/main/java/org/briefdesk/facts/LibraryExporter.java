package org.briefdesk.facts;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.BriefdeskProperties;
import org.springframework.core.OrderComparator;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Exports the library into a folder: one YAML file per kind of entry ({@code organisations.yaml},
 * {@code people.yaml}, ..., and the entries other features add), in the format
 * {@code data import} reads back; or CSV files of people and organisations for spreadsheets.
 * Files are written whole or not at all and never replace existing ones without
 * {@code overwrite}.
 */
@Service
public class LibraryExporter {

	public enum Format {

		YAML, CSV

	}

	private final List<LibraryEntries> kinds;

	private final FactRepositories repositories;

	private final BriefdeskProperties properties;

	public LibraryExporter(List<LibraryEntries> kinds, FactRepositories repositories,
			BriefdeskProperties properties) {
		List<LibraryEntries> ordered = new ArrayList<>(kinds);
		ordered.sort(OrderComparator.INSTANCE);
		this.kinds = List.copyOf(ordered);
		this.repositories = repositories;
		this.properties = properties;
	}

	/** One file written and how many entries it holds. */
	public record Written(Path file, int entries) {
	}

	public List<Written> export(Path folder, Format format, boolean overwrite) {
		createFolder(folder);
		Map<Path, List<Map<String, Object>>> files = new LinkedHashMap<>();
		if (format == Format.YAML) {
			for (LibraryEntries kind : this.kinds) {
				files.put(folder.resolve(kind.key() + ".yaml"), kind.export());
			}
		}
		else {
			for (FactKind kind : List.of(FactKind.ORGANISATION, FactKind.PERSON)) {
				FactFormat<?> factFormat = FactFormat.of(kind);
				files.put(folder.resolve(kind.plural() + ".csv"),
						this.repositories.of(kind).findAll().stream().map(factFormat::writeFact).toList());
			}
		}
		// Check every target before writing any, so that a refusal leaves nothing half-exported.
		files.keySet().forEach(file -> AtomicFiles.checkWritable(file, overwrite));
		List<Written> written = new ArrayList<>();
		files.forEach((file, entries) -> {
			String key = file.getFileName().toString().replaceFirst("\\.(yaml|csv)$", "");
			if (format == Format.YAML) {
				AtomicFiles.write(file, overwrite, out -> writeYaml(out, key, entries));
			}
			else {
				List<String> columns = FactFormat.of(FactKind.parse(key).orElseThrow()).keys();
				AtomicFiles.write(file, overwrite, out -> writeCsv(out, columns, entries));
			}
			written.add(new Written(file, entries.size()));
		});
		return written;
	}

	private void writeYaml(java.io.OutputStream out, String key, List<Map<String, Object>> entries) throws IOException {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(100);
		options.setAllowUnicode(true);
		options.setSplitLines(true);
		// The same list in two entries is written out twice: the importer refuses aliases.
		options.setDereferenceAliases(true);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write("# Exported by Briefdesk " + this.properties.version() + "; `data import` reads it back.\n");
		Map<String, Object> document = new LinkedHashMap<>();
		document.put(key, entries);
		new Yaml(options).dump(document, writer);
		writer.flush();
	}

	private static void writeCsv(java.io.OutputStream out, List<String> columns, List<Map<String, Object>> entries)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
			for (Map<String, Object> entry : entries) {
				List<String> row = new ArrayList<>();
				for (String column : columns) {
					Object value = entry.get(column);
					row.add(value == null ? "" : protect(value.toString()));
				}
				printer.printRecord(row);
			}
		}
	}

	/** A cell a spreadsheet would run as a formula is written with a leading apostrophe. */
	static String protect(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r\0".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

	private static void createFolder(Path folder) {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new BriefdeskException(folder + " is a file; give a folder to export into");
		}
		Path parent = folder.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			throw new BriefdeskException("no folder " + parent + " to create " + folder.getFileName() + " in; create it first");
		}
		try {
			Files.createDirectories(folder);
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot create the folder " + folder + ": " + failed.getMessage());
		}
	}

}
