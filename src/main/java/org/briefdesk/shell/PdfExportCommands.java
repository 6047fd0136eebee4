package org.briefdesk.shell;

import java.io.PrintWriter;

import org.briefdesk.briefing.history.BriefingExports;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code export pdf}: one briefing pack through a PDF template. */
@Component
public class PdfExportCommands {

	private final ObjectProvider<BriefingExports> exports;

	private final ShellSession session;

	public PdfExportCommands(ObjectProvider<BriefingExports> exports, ShellSession session) {
		this.exports = exports;
		this.session = session;
	}

	@Command(name = "export pdf", group = "Export",
			description = "Export a briefing pack to PDF through an XHTML + CSS template",
			help = """
					Writes BRIEFING-DATE.pdf in the current folder unless --out says otherwise; an
					existing file is only replaced with --overwrite. The default template is A4 and
					embeds its fonts; copy templates/briefing-pdf/ and point --template at the copy to
					change the look. A name with a character no font has stops the export (install
					fonts-noto-cjk for Chinese, Japanese and Korean). Each export is recorded with the
					facts it used: `briefing history` lists them, `briefing diff` says what changed since.

					Examples:
					  export pdf --briefing icat-briefing-2023
					  export pdf --briefing icat-briefing-2023 --out packs/vienna.pdf --overwrite
					  export pdf --template my-templates/briefing-pdf""")
	public void exportPdf(
			@Option(longName = "briefing", description = "the briefing to export (default: the briefing in use)") String briefing,
			@Option(longName = "template", description = "a PDF template folder (default: the built-in one)") String template,
			@Option(longName = "out", description = "the file to write (default: BRIEFING-DATE.pdf here)") String out,
			@Option(longName = "overwrite", description = "replace the file if it exists", defaultValue = "false") boolean overwrite,
			CommandContext context) {
		String briefingId = ExportOptions.briefingId(this.session, briefing);
		BriefingExports.Exported export = this.exports.getObject()
			.pdf(briefingId, ExportOptions.path(template, "--template"), ExportOptions.path(out, "--out"), overwrite);
		PrintWriter writer = context.outputWriter();
		ExportOptions.printWarnings(writer, export.warnings());
		writer.println("wrote " + export.file() + " (" + export.pages() + (export.pages() == 1 ? " page, " : " pages, ")
				+ Math.max(1, (export.bytes() + 512) / 1024) + " KB)");
	}

}
