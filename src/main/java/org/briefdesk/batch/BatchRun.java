package org.briefdesk.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefdesk.batch.BatchJob.Item;
import org.briefdesk.briefing.Finding;

/**
 * What a batch run did, or with {@code dryRun} would do.
 *
 * @param job the job
 * @param out the output folder
 * @param date the day the outputs were dated ("today" for everything they print)
 * @param dryRun whether nothing was written
 * @param templates every template the items used, each once, in order of first use
 * @param items each item's outcome, in the job's order
 * @param manifest the manifest written, or null (a dry run)
 * @param earlier files an earlier run wrote that this one did not write again (an item that
 * failed this time): still the folder's to replace, not vouched for by this run
 */
public record BatchRun(BatchJob job, Path out, LocalDate date, boolean dryRun, List<TemplateUse> templates,
		List<ItemOutcome> items, Path manifest, List<String> earlier) {

	public BatchRun {
		templates = List.copyOf(templates);
		items = List.copyOf(items);
		earlier = List.copyOf(earlier);
	}

	public List<ItemOutcome> failures() {
		return this.items.stream().filter(ItemOutcome::failed).toList();
	}

	public boolean failed() {
		return !failures().isEmpty();
	}

	/** Every file written (or to be written), in order. */
	public List<OutputFile> files() {
		return this.items.stream().flatMap(item -> item.files().stream()).toList();
	}

	/**
	 * A file of the output folder.
	 *
	 * @param path relative to the output folder, names separated by '/'
	 * @param sha256 its SHA-256 (hex); empty in a dry run
	 * @param bytes its size; 0 in a dry run
	 */
	public record OutputFile(String path, String sha256, long bytes) {
	}

	/**
	 * A template an item used.
	 *
	 * @param kind docx, pdf or invitations
	 * @param template the path as the job wrote it, or "built-in"
	 * @param sha256 the SHA-256 of the file, or of the folder's files (hex)
	 */
	public record TemplateUse(String kind, String template, String sha256) {
	}

	/**
	 * How one item went.
	 *
	 * @param item the item of the job
	 * @param briefing the briefing it exported (a series item's: the one of the series' next event); null when none
	 * @param event the event it exported for (its briefing's, or its invitations'); empty when unknown
	 * @param files what it wrote (or would write), in order
	 * @param snapshot the facts its pack was made of; null without a pack, or when it failed first
	 * @param findings what {@code briefing check} says of its briefing on the run's date
	 * @param letters how many invitation letters it wrote
	 * @param error why it failed, one line; null when it did not
	 */
	public record ItemOutcome(Item item, String briefing, String event, List<OutputFile> files, DataSnapshot snapshot,
			List<Finding> findings, int letters, String error) {

		public ItemOutcome {
			files = List.copyOf(files);
			findings = List.copyOf(findings);
		}

		public boolean failed() {
			return this.error != null;
		}

	}

}
