package org.briefdesk.briefing.history;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.briefdesk.briefing.BriefingContents;
import org.briefdesk.briefing.BriefingPackModels;
import org.briefdesk.briefing.BriefingQueries;
import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The export history's API: the snapshot of a briefing's facts as they are now
 * ({@link #capture}), the record of a file an export wrote ({@link #recordExport}), and what
 * was recorded ({@link #history}, {@link #snapshot}). Every export calls it, single or batch:
 * capture before rendering (or use the same snapshot for several formats), record once the
 * file is written, with the file's own hash and size.
 */
@Service
public class BriefingSnapshots {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,19}");

	private final BriefingQueries briefings;

	private final BriefingPackModels models;

	private final HistoryRepository repository;

	private final TransactionTemplate transactions;

	/** Stores a snapshot under a savepoint of the caller's transaction, so that losing a race to store it costs nothing. */
	private final TransactionTemplate savepoint;

	private final Clock clock;

	@Autowired
	BriefingSnapshots(BriefingQueries briefings, BriefingPackModels models, HistoryRepository repository,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock) {
		this(briefings, models, repository, transactionManager, clock.getIfAvailable(Clock::systemUTC));
	}

	BriefingSnapshots(BriefingQueries briefings, BriefingPackModels models, HistoryRepository repository,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.briefings = briefings;
		this.models = models;
		this.repository = repository;
		this.transactions = new TransactionTemplate(transactionManager);
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	/**
	 * The snapshot of a briefing's facts as the library holds them now, stored if the library
	 * does not have it yet (the same facts give the same snapshot, stored once).
	 * @throws NotFoundException when there is no such briefing
	 */
	public SnapshotRef capture(String briefingId) {
		FactSnapshot snapshot = snapshotOf(briefingId);
		return this.transactions.execute(status -> store(snapshot));
	}

	/**
	 * Records a file an export wrote. Call it once the file is in place, with the hash and size
	 * of the bytes written; within a transaction of the caller's, it is part of it.
	 * @param briefingId the briefing exported
	 * @param snapshot the snapshot its pack was made from, as {@link #capture} gave it
	 * @param format {@code docx}, {@code pdf}, ... (lower case, at most 20 characters)
	 * @param fileName the file written (a path, or a name inside a published folder)
	 * @param sha256 the SHA-256 of the file, 64 hex digits
	 * @param size the file's size in bytes
	 * @param when when it was written
	 * @return the record, with its export number
	 * @throws IllegalArgumentException when a value is malformed, or the snapshot is unknown
	 * or is another briefing's
	 */
	public ExportRecord recordExport(String briefingId, SnapshotRef snapshot, String format, String fileName,
			String sha256, long size, Instant when) {
		return this.transactions.execute(status -> {
			if (snapshot == null) {
				throw new IllegalArgumentException("no snapshot given for the export of briefing '" + briefingId + "'");
			}
			Optional<String> stored = this.repository.snapshotSha256(snapshot.id());
			if (stored.isEmpty() || !stored.get().equals(snapshot.sha256())) {
				throw new IllegalArgumentException("snapshot " + snapshot.id() + " (" + snapshot.sha256()
						+ ") is not in the library; capture it first");
			}
			return insert(briefingId, this.repository.snapshot(snapshot.id()).orElseThrow(), format, fileName, sha256,
					size, when);
		});
	}

	/**
	 * The snapshot of a briefing's facts as they are now, in memory: nothing is stored.
	 * @throws NotFoundException when there is no such briefing
	 */
	public FactSnapshot snapshotOf(String briefingId) {
		return snapshotOf(this.briefings.contents(briefingId));
	}

	/**
	 * The snapshot of a briefing's contents as read already (a batch's, read once for the pack
	 * and its record alike), in memory: nothing is stored.
	 */
	public FactSnapshot snapshotOf(BriefingContents contents) {
		return snapshotOf(contents, this.models.build(contents));
	}

	/** The snapshot of contents already read, whose pack model is built too: the co-chairs as that model names them. */
	public FactSnapshot snapshotOf(BriefingContents contents, PackModel printed) {
		// The co-chairs as the pack names them: whatever decides them (the event, or who held
		// the co-chairpersonship on its date), the snapshot holds what was printed.
		List<String> coChairs = printed.coChairs().stream().map(OrganisationView::id).toList();
		return FactSnapshot.of(contents, coChairs);
	}

	/**
	 * Stores the snapshot if it is new and records an export of it, in the caller's transaction
	 * when there is one: for an export that writes its file in the same transaction, so that a
	 * file that could not be written leaves no record.
	 */
	ExportRecord record(FactSnapshot snapshot, String format, String fileName, String sha256, long size,
			Instant when) {
		return this.transactions.execute(status -> {
			store(snapshot);
			return insert(snapshot.briefingId(), snapshot, format, fileName, sha256, size, when);
		});
	}

	/** A file an export wrote, not recorded yet: see {@link #recordAll}. */
	public record Written(FactSnapshot snapshot, String format, String fileName, String sha256, long size,
			Instant when) {
	}

	/**
	 * Records the files a batch wrote, with the snapshots they were made from, in one
	 * transaction: a batch's history is whole or not there.
	 * @throws IllegalArgumentException when a value is malformed (nothing is recorded then)
	 */
	public List<ExportRecord> recordAll(List<Written> files) {
		return this.transactions.execute(status -> files.stream()
			.map(file -> {
				store(file.snapshot());
				return insert(file.snapshot().briefingId(), file.snapshot(), file.format(), file.fileName(),
						file.sha256(), file.size(), file.when());
			})
			.toList());
	}

	/**
	 * A briefing's exports, newest first; empty when it has none. The history of a briefing
	 * that was removed is kept, and still listed.
	 * @throws NotFoundException when there is no such briefing and no export of one
	 */
	public List<ExportRecord> history(String briefingId) {
		List<ExportRecord> exports = this.repository.exports(briefingId);
		if (exports.isEmpty()) {
			this.briefings.get(briefingId);
		}
		return exports;
	}

	/** One export, by its number. */
	public Optional<ExportRecord> export(long exportId) {
		return this.repository.export(exportId);
	}

	/**
	 * A stored snapshot, its content checked against its hash.
	 * @throws NotFoundException when the library has no snapshot with that id
	 */
	public FactSnapshot snapshot(String snapshotId) {
		return this.repository.snapshot(snapshotId)
			.orElseThrow(() -> new NotFoundException("no snapshot '" + snapshotId
					+ "' in the library; `briefing history ID` lists the snapshots of a briefing's exports"));
	}

	private SnapshotRef store(FactSnapshot snapshot) {
		if (!this.repository.snapshotExists(snapshot.id())) {
			try {
				this.savepoint.executeWithoutResult(status -> this.repository.insertSnapshot(snapshot, now()));
			}
			catch (DuplicateKeyException storedMeanwhile) {
				// another export stored the same facts first: one row, whoever wrote it
			}
		}
		String stored = this.repository.snapshotSha256(snapshot.id()).orElseThrow();
		if (!stored.equals(snapshot.sha256())) {
			throw new IllegalStateException("two snapshots share the id " + snapshot.id() + ": " + stored + " and "
					+ snapshot.sha256());
		}
		return snapshot.ref();
	}

	private ExportRecord insert(String briefingId, FactSnapshot snapshot, String format, String fileName,
			String sha256, long size, Instant when) {
		if (briefingId == null || briefingId.isBlank()) {
			throw new IllegalArgumentException("an export needs the id of the briefing exported");
		}
		if (!briefingId.equals(snapshot.briefingId())) {
			throw new IllegalArgumentException("snapshot " + snapshot.id() + " is of briefing '"
					+ snapshot.briefingId() + "', not '" + briefingId + "'");
		}
		if (format == null || !FORMAT.matcher(format).matches()) {
			throw new IllegalArgumentException("export format '" + format
					+ "' is not a lower-case word of at most 20 characters (docx, pdf)");
		}
		if (fileName == null || fileName.isBlank() || fileName.length() > 4000) {
			throw new IllegalArgumentException("an export needs the name of the file written (at most 4000 characters)");
		}
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("'" + sha256 + "' is not a SHA-256 in 64 lower-case hex digits");
		}
		if (size < 0 || when == null) {
			throw new IllegalArgumentException("an export needs the file's size (not negative) and when it was written");
		}
		Instant at = when.truncatedTo(ChronoUnit.MILLIS);
		long id = this.repository.insertExport(briefingId, at, format, fileName, sha256, size, snapshot.id());
		return new ExportRecord(id, briefingId, at, format, fileName, sha256, size, snapshot.id());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
