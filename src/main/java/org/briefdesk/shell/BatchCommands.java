package org.briefdesk.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.briefdesk.batch.BatchExport;
import org.briefdesk.batch.BatchJob;
import org.briefdesk.batch.BatchJobReader;
import org.briefdesk.batch.BatchManifest;
import org.briefdesk.batch.BatchRun;
import org.briefdesk.batch.BatchRun.ItemOutcome;
import org.briefdesk.briefing.Severity;
import org.briefdesk.facts.PartialDate;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code export batch} and {@code export verify}: a job file's exports into one folder, and checking one published. */
@Component
public class BatchCommands {

	private final ObjectProvider<BatchExport> batch;

	public BatchCommands(ObjectProvider<BatchExport> batch) {
		this.batch = batch;
	}

	@Command(name = "export batch", group = "Export",
			description = "Run a job file: export its briefings (and invitations) into one folder, with a manifest",
			help = """
					Arguments:
					  JOBFILE   the job (YAML): its items, each a briefing with its formats (docx, pdf),
					            templates, file-name pattern and optionally the invitations of an event

					Writes every item's files into --out (default: a folder named after the job) and
					manifest.json there: the job's and each template's SHA-256, each pack's data
					snapshot and `briefing check` findings, every file with its SHA-256 and size. --date
					is "today" for everything the files print and are dated by: the same library,
					templates, job and date give byte-identical files and manifest. An item that fails
					does not stop the others; the summary names each failure and the command exits 1.
					A file already in the folder is replaced only when the folder's manifest lists it.
					One run at a time per folder. `export verify DIR` checks a folder later.

					Examples:
					  export batch jobs/sample-packs.yaml --out packs --date 2025-06-11
					  export batch jobs/sample-packs.yaml --dry-run
					  export verify packs""")
	public void exportBatch(@Argument(index = 0, description = "the job file (YAML)") String jobFile,
			@Option(longName = "out", description = "the output folder (default: the job's name, here)") String out,
			@Option(longName = "date", description = "the day the outputs are dated by (default: today)") String date,
			@Option(longName = "dry-run", description = "list what would be written; write nothing", defaultValue = "false") boolean dryRun,
			CommandContext context) {
		if (jobFile == null || jobFile.isBlank()) {
			throw new UsageException("give the job file: `export batch JOBFILE` (examples are in jobs/)");
		}
		Path jobPath = ExportOptions.path(jobFile, "JOBFILE");
		LocalDate day = date(date);
		BatchJob job = BatchJobReader.read(jobPath);
		Path folder = ExportOptions.path(out, "--out");
		Output output = Output.of(context);
		ProgressLine progress = new ProgressLine(output, "files");
		BatchRun run;
		try {
			run = this.batch.getObject()
				.run(job, new BatchExport.Request(folder != null ? folder : Path.of(job.name()), day, dryRun,
						progress::update));
		}
		finally {
			progress.finish();
		}
		for (ItemOutcome item : run.items()) {
			output.println(line(item, run.dryRun()));
		}
		int files = run.files().size();
		int done = run.items().size() - run.failures().size();
		String items = count(run.items().size(), "item", "items");
		if (run.dryRun()) {
			output.println("dry run: " + items + ", " + count(files, "file", "files") + " would be written into "
					+ run.out() + " (dated " + run.date() + "); nothing was written");
		}
		else {
			output.println(items + ", " + done + " done" + (run.failed() ? ", " + run.failures().size() + " failed" : "")
					+ "; " + count(files, "file", "files") + " in " + run.out() + " (dated " + run.date()
					+ "), listed in " + run.manifest());
		}
		if (run.failed()) {
			output.flush();
			throw new BriefdeskException(run.failures().size() + " of " + items + (run.dryRun() ? " would fail: " : " failed: ")
					+ run.failures().stream().map(f -> f.item().label()).collect(Collectors.joining(", ")));
		}
	}

	@Command(name = "export verify", group = "Export",
			description = "Check a folder `export batch` wrote against its manifest",
			help = """
					Arguments:
					  DIR   the folder, holding manifest.json

					Hashes every file the manifest lists and names each one that changed or is
					missing (exit 1), or says that all of them match. Files the manifest does not list
					are named too, but do not fail the check.

					Examples:
					  export verify packs""")
	public void verify(@Argument(index = 0, description = "the folder export batch wrote") String dir,
			CommandContext context) {
		if (dir == null || dir.isBlank()) {
			throw new UsageException("give the folder to check: `export verify DIR`");
		}
		Path folder = ExportOptions.path(dir, "DIR");
		BatchManifest.Verification verification = BatchManifest.verify(folder);
		Output output = Output.of(context);
		for (String changed : verification.changed()) {
			output.println("changed: " + changed);
		}
		for (String missing : verification.missing()) {
			output.println("missing: " + missing);
		}
		for (String unlisted : verification.unlisted()) {
			output.println("not in the manifest: " + unlisted);
		}
		int listed = verification.listed();
		if (verification.matches()) {
			output.println((listed == 1 ? "the 1 file" : "all " + listed + " files") + " of " + folder
					+ " match its manifest");
			return;
		}
		output.flush();
		int wrong = verification.changed().size() + verification.missing().size();
		throw new BriefdeskException(wrong + " of " + count(listed, "file", "files") + " in " + folder
				+ " do not match its manifest" + describe(verification));
	}

	private static String describe(BatchManifest.Verification verification) {
		List<String> parts = new java.util.ArrayList<>();
		if (!verification.changed().isEmpty()) {
			parts.add(verification.changed().size() + " changed");
		}
		if (!verification.missing().isEmpty()) {
			parts.add(verification.missing().size() + " missing");
		}
		return " (" + String.join(", ", parts) + ")";
	}

	/** "item 2 (icat-briefing-2023): 2 files, 1 warning" or "item 3 (nosuch): failed: no briefing 'nosuch'; …". */
	private static String line(ItemOutcome item, boolean dryRun) {
		String label = item.item().label();
		if (item.failed()) {
			return label + ": failed: " + item.error();
		}
		StringBuilder line = new StringBuilder(label).append(": ");
		if (dryRun) {
			line.append("would write ").append(String.join(", ", item.files().stream().map(BatchRun.OutputFile::path).toList()));
			return line.toString();
		}
		line.append(count(item.files().size(), "file", "files"));
		if (item.letters() > 0) {
			line.append(" (").append(count(item.letters(), "letter", "letters")).append(")");
		}
		long errors = item.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = item.findings().size() - errors;
		if (errors > 0) {
			line.append(", ").append(count((int) errors, "check error", "check errors"));
		}
		if (warnings > 0) {
			line.append(", ").append(count((int) warnings, "warning", "warnings"));
		}
		return line.toString();
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return PartialDate.parseWritten(text)
				.exact()
				.orElseThrow(() -> new UsageException("--date '" + text.strip() + "' is not a day; write "
						+ "a day such as 2025-06-11 or \"11 June 2025\""));
		}
		catch (IllegalArgumentException invalid) {
			throw new UsageException("--date: " + invalid.getMessage());
		}
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
