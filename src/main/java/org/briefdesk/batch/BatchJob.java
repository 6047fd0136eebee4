package org.briefdesk.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A job file as read: what to export, in order.
 *
 * @param file the job file as the user named it
 * @param name the file's name without its extension (the default output folder)
 * @param sha256 the SHA-256 of the file's bytes (hex), which the manifest records
 * @param items what to export, in the order written
 */
public record BatchJob(Path file, String name, String sha256, List<Item> items) {

	public BatchJob {
		items = List.copyOf(items);
	}

	/** An output format of a briefing pack. */
	public enum Format {

		DOCX, PDF;

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Format> parse(String text) {
			for (Format format : values()) {
				if (format.extension().equalsIgnoreCase(text.strip())) {
					return Optional.of(format);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * One thing to export.
	 *
	 * @param number its place in the job, from 1
	 * @param line the line of the job file it starts on
	 * @param briefing the briefing whose pack is exported; null for an item of invitations only
	 * @param formats the formats of the pack, in the order given; empty for invitations only
	 * @param docxTemplate the Word template as written in the job, or null for the default
	 * @param pdfTemplate the PDF template folder as written in the job, or null for the default
	 * @param name the file-name pattern, e.g. {@code {briefing}-{date}.{ext}}
	 * @param invitations the invitation letters to write too, or null
	 * @param series with {@code seriesDate}: the item is the briefing of the series' next event on
	 * that date, rolled forward from its last one unless the series already has it; else null
	 * @param seriesDate the date of that event
	 */
	public record Item(int number, int line, String briefing, List<Format> formats, Template docxTemplate,
			Template pdfTemplate, String name, Invitations invitations, String series, LocalDate seriesDate) {

		public Item {
			formats = List.copyOf(formats);
		}

		/** "item 3 (icat-briefing-2023)", as the summary names it. */
		public String label() {
			String what = this.briefing != null ? this.briefing
					: this.series != null ? "the next event of " + this.series + " on " + this.seriesDate
					: this.invitations != null && this.invitations.event() != null
							? "invitations of " + this.invitations.event() : "";
			return "item " + this.number + (what.isEmpty() ? "" : " (" + what + ")");
		}

	}

	/**
	 * A template a job names.
	 *
	 * @param written the path as the job file writes it (what the manifest records)
	 * @param path the path it resolves to: relative to the job file's folder
	 */
	public record Template(String written, Path path) {
	}

	/**
	 * The invitation letters of an event.
	 *
	 * @param event the event; null: the event of the item's briefing
	 * @param pdf whether a PDF is written beside each letter
	 * @param template the letter templates (a folder or one .docx), or null for the built-in ones
	 * @param folder the folder pattern inside the output folder, e.g. {@code invitations-{event}}
	 */
	public record Invitations(String event, boolean pdf, Template template, String folder) {
	}

}
