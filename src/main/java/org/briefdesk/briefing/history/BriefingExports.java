package org.briefdesk.briefing.history;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.briefdesk.briefing.BriefingContents;
import org.briefdesk.briefing.BriefingPackModels;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.docx.DocxExporter;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.render.pdf.RenderedPdf;
import org.briefdesk.system.AtomicFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One briefing pack exported to one file ({@code export docx}, {@code export pdf}), recorded
 * in the briefing's history. The pack is rendered in memory first; then, in one transaction,
 * the snapshot of its facts is stored (if new), the export is recorded with the hash and size
 * of those very bytes, and the file is published. A refusal or failure at any step (a file in
 * the way, a broken template, a character no font has, a file that cannot be written) leaves
 * no file, no record and no new snapshot.
 */
@Service
public class BriefingExports {

	/**
	 * A file written and recorded.
	 *
	 * @param file where it was written
	 * @param bytes its size
	 * @param pages its pages (a PDF's); 0 for Word, whose pages the reader's word processor decides
	 * @param warnings what the template asked for and did not get, then what the pack warns
	 * about as it goes out (a superseded figure, say), one line each
	 * @param record the export as the history records it
	 */
	public record Exported(Path file, long bytes, int pages, List<String> warnings, ExportRecord record) {

		public Exported {
			warnings = List.copyOf(warnings);
		}

	}

	private final BriefingQueries briefings;

	private final PackModelSource packs;

	private final BriefingSnapshots snapshots;

	private final ObjectProvider<DocxExporter> docx;

	private final ObjectProvider<PdfExporter> pdf;

	private final TransactionTemplate transactions;

	private final Clock clock;

	@Autowired
	BriefingExports(BriefingQueries briefings, PackModelSource packs, BriefingSnapshots snapshots,
			ObjectProvider<DocxExporter> docx, ObjectProvider<PdfExporter> pdf,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock) {
		this.briefings = briefings;
		this.packs = packs;
		this.snapshots = snapshots;
		this.docx = docx;
		this.pdf = pdf;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Exports a briefing to Word.
	 * @param template a .docx template, or null for the default one
	 * @param out the file, a folder to write the default name in, or null for that name here
	 * @param overwrite whether an existing file may be replaced
	 * @throws org.briefdesk.system.BriefdeskException (one line) when the export is refused or
	 * fails; nothing is written or recorded then
	 */
	public Exported docx(String briefingId, Path template, Path out, boolean overwrite) {
		Pack pack = pack(briefingId);
		Path target = DocxExporter.target(pack.model(), out);
		AtomicFiles.checkWritable(target, overwrite);
		byte[] bytes = this.docx.getObject().render(pack.model(), template);
		return publish(pack.snapshot(), "docx", target, overwrite, bytes, 0, pack.warnings());
	}

	/**
	 * Exports a briefing to PDF.
	 * @param templateDirectory a PDF template folder, or null for the default one
	 * @param out the file, a folder to write the default name in, or null for that name here
	 * @param overwrite whether an existing file may be replaced
	 * @throws org.briefdesk.system.BriefdeskException (one line) when the export is refused or
	 * fails; nothing is written or recorded then
	 */
	public Exported pdf(String briefingId, Path templateDirectory, Path out, boolean overwrite) {
		Pack pack = pack(briefingId);
		PdfExporter exporter = this.pdf.getObject();
		Path target = exporter.target(pack.model(), out);
		AtomicFiles.checkWritable(target, overwrite);
		RenderedPdf rendered = exporter.renderToBytes(pack.model(), templateDirectory);
		List<String> warnings = new ArrayList<>(rendered.warnings());
		warnings.addAll(pack.warnings());
		return publish(pack.snapshot(), "pdf", target, overwrite, rendered.bytes(), rendered.pages(), warnings);
	}

	/** A briefing read once: the model printed, the snapshot recorded and the warnings all come from the same facts. */
	private record Pack(PackModel model, FactSnapshot snapshot, List<String> warnings) {
	}

	private Pack pack(String briefingId) {
		if (this.packs instanceof BriefingPackModels library) {
			BriefingContents contents = this.briefings.contents(briefingId);
			PackModel model = library.build(contents);
			return new Pack(model, this.snapshots.snapshotOf(contents, model), library.warnings(contents));
		}
		// Models from elsewhere (a test's sample packs) are not the library's briefings: nothing to read once.
		return new Pack(this.packs.forBriefing(briefingId), this.snapshots.snapshotOf(briefingId),
				this.packs.warnings(briefingId));
	}

	private Exported publish(FactSnapshot snapshot, String format, Path target, boolean overwrite, byte[] bytes,
			int pages, List<String> warnings) {
		String sha256 = FactSnapshot.sha256(bytes);
		String fileName = target.toAbsolutePath().normalize().toString();
		// The record first, the file last, in one transaction: if the file cannot be
		// published, the record and the snapshot are rolled back with it.
		return this.transactions.execute(status -> {
			ExportRecord record = this.snapshots.record(snapshot, format, fileName, sha256, bytes.length,
					this.clock.instant());
			AtomicFiles.write(target, overwrite, stream -> stream.write(bytes));
			return new Exported(target, bytes.length, pages, warnings, record);
		});
	}

}
