package org.briefdesk.shell;

import java.nio.file.Files;
import java.nio.file.Path;

import org.briefdesk.briefing.history.BriefingExports;
import org.briefdesk.render.docx.CheckedTemplates;
import org.briefdesk.system.AtomicFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code export docx}: one briefing pack through a Word template. */
@Component
public class DocxExportCommands {

	private final ObjectProvider<BriefingExports> exports;

	private final ObjectProvider<CheckedTemplates> checker;

	private final ShellSession session;

	public DocxExportCommands(ObjectProvider<BriefingExports> exports, ObjectProvider<CheckedTemplates> checker,
			ShellSession session) {
		this.exports = exports;
		this.checker = checker;
		this.session = session;
	}

	@Command(name = "export docx", group = "Export",
			description = "Export a briefing pack to Word (.docx) through a Word template",
			help = """
					Writes BRIEFING-DATE.docx in the current folder unless --out says otherwise (a
					folder gets that name inside it); an existing file is only replaced with --overwrite. The template is checked first (see
					`template check`): one with a mistake is refused and nothing is written. To change
					the look, copy templates/briefing.docx, edit it in Word or LibreOffice, and point
					--template at the copy. Each export is recorded with the facts it used: `briefing
					history` lists them, `briefing diff` says what changed since.

					Examples:
					  export docx --briefing icat-briefing-2023
					  export docx --briefing icat-briefing-2023 --out packs/vienna.docx --overwrite
					  export docx --briefing icat-briefing-2023 --out packs
					  export docx --template my-briefing.docx""")
	public void exportDocx(
			@Option(longName = "briefing", description = "the briefing to export (default: the briefing in use)") String briefing,
			@Option(longName = "template", description = "a Word template (default: the built-in one)") String template,
			@Option(longName = "out", description = "the file to write, or a folder to write BRIEFING-DATE.docx in (default: here)") String out,
			@Option(longName = "overwrite", description = "replace the file if it exists", defaultValue = "false") boolean overwrite,
			CommandContext context) {
		String briefingId = ExportOptions.briefingId(this.session, briefing);
		Path templatePath = ExportOptions.path(template, "--template");
		Path outPath = ExportOptions.path(out, "--out");
		// Refuse what can be refused before the briefing is built: a file in the way, a bad template.
		if (outPath != null && !Files.isDirectory(outPath)) {
			AtomicFiles.checkWritable(outPath, overwrite); // a folder's file name needs the briefing
		}
		if (templatePath != null) {
			this.checker.getObject().check(templatePath).throwIfWrong();
		}
		BriefingExports.Exported written = this.exports.getObject().docx(briefingId, templatePath, outPath, overwrite);
		ExportOptions.printWarnings(context.outputWriter(), written.warnings());
		context.outputWriter()
			.println("wrote " + written.file() + " (" + Math.max(1, (written.bytes() + 512) / 1024) + " KB)");
	}

}
