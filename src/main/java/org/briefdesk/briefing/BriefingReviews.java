package org.briefdesk.briefing;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.team.Change;
import org.briefdesk.team.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review marks of briefings: the parts of a briefing rolled forward from the last of its
 * series that may have gone out of date ({@code briefing review list}), each open until
 * someone confirms it ({@code briefing review confirm PART}). Confirmed marks are kept, with
 * when, so that the list shows what was looked at. The marks go with their briefing; marking
 * and confirming are lines of the change log.
 */
@Service
public class BriefingReviews {

	/** The longest reason the library keeps (a longer one, which only a roll-forward could make, is cut). */
	static final int MAX_REASON = 4000;

	private final JdbcClient jdbc;

	private final BriefingWriter writer;

	private final ChangeLog changes;

	BriefingReviews(JdbcClient jdbc, BriefingWriter writer, ChangeLog changes) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.changes = changes;
	}

	/** The marks of a briefing, in the order of {@link ReviewPart}; the briefing must exist. */
	public List<ReviewMark> list(String briefingId) {
		return marks(this.writer.get(briefingId).id());
	}

	/** The marks of a briefing that may not exist (yet): empty then. */
	public List<ReviewMark> marks(String briefingId) {
		return this.jdbc
			.sql("select part, reason, marked_at, confirmed_at from briefing_review where briefing_id = ? order by ordinal")
			.param(briefingId)
			.query((rs, n) -> new ReviewMark(ReviewPart.parse(rs.getString(1)).orElse(ReviewPart.TITLE),
					rs.getString(2), toLocal(rs.getTimestamp(3)), toLocal(rs.getTimestamp(4))))
			.list()
			.stream()
			.sorted(Comparator.comparing(ReviewMark::part))
			.toList();
	}

	/** Replaces the marks of a stored briefing with {@code marks}, all open. */
	@Transactional
	public void mark(String briefingId, List<ReviewMark> marks) {
		String id = this.writer.get(briefingId).id();
		this.jdbc.sql("delete from briefing_review where briefing_id = ?").param(id).update();
		LocalDateTime now = this.writer.now();
		for (ReviewMark mark : marks) {
			this.jdbc
				.sql("insert into briefing_review (briefing_id, part, ordinal, reason, marked_at) values (?, ?, ?, ?, ?)")
				.params(id, mark.part().key(), mark.part().ordinal() + 1, cut(mark.reason()), Timestamp.valueOf(now))
				.update();
		}
		if (!marks.isEmpty()) {
			this.changes.record(this.changes.stamp(), BriefingRepository.KIND, id, Change.CHANGED, null,
					"marked for review: " + String.join(", ", marks.stream().map(mark -> mark.part().key()).toList()));
		}
	}

	/**
	 * Puts back the marks of a stored briefing as a file gives them (an import of an export):
	 * open or confirmed, with their times; a mark without its time is marked now. No marks
	 * removes those it had.
	 */
	@Transactional
	public void restore(String briefingId, List<ReviewMark> marks) {
		this.jdbc.sql("delete from briefing_review where briefing_id = ?").param(briefingId).update();
		LocalDateTime now = this.writer.now();
		for (ReviewMark mark : marks) {
			this.jdbc
				.sql("insert into briefing_review (briefing_id, part, ordinal, reason, marked_at, confirmed_at) values (?, ?, ?, ?, ?, ?)")
				.params(briefingId, mark.part().key(), mark.part().ordinal() + 1, mark.reason(),
						Timestamp.valueOf(mark.markedAt() == null ? now : mark.markedAt()),
						mark.confirmedAt() == null ? null : Timestamp.valueOf(mark.confirmedAt()))
				.update();
		}
	}

	/**
	 * Confirms the marks of the parts given (every open one when {@code parts} is empty),
	 * all or none: a part without a mark is refused before anything changes.
	 * @return the marks confirmed now (those confirmed before are left as they were)
	 */
	@Transactional
	public List<ReviewMark> confirm(String briefingId, List<ReviewPart> parts) {
		String id = this.writer.get(briefingId).id();
		List<ReviewMark> marks = marks(id);
		if (marks.isEmpty()) {
			throw new BriefdeskException("briefing '" + id + "' has no review marks; only a briefing made by `event next`"
					+ " has some");
		}
		List<ReviewMark> chosen = new ArrayList<>();
		if (parts.isEmpty()) {
			marks.stream().filter(mark -> !mark.confirmed()).forEach(chosen::add);
		}
		for (ReviewPart part : parts) {
			ReviewMark mark = marks.stream()
				.filter(m -> m.part() == part)
				.findFirst()
				.orElseThrow(() -> new BriefdeskException("briefing '" + id + "' has no review mark on " + part.key()
						+ "; it has " + String.join(", ", marks.stream().map(m -> m.part().key()).toList())
						+ " (`briefing review list " + id + "`)"));
			if (!mark.confirmed() && !chosen.contains(mark)) {
				chosen.add(mark);
			}
		}
		LocalDateTime now = this.writer.now();
		for (ReviewMark mark : chosen) {
			this.jdbc.sql("update briefing_review set confirmed_at = ? where briefing_id = ? and part = ?")
				.params(Timestamp.valueOf(now), id, mark.part().key())
				.update();
		}
		if (!chosen.isEmpty()) {
			this.changes.record(this.changes.stamp(), BriefingRepository.KIND, id, Change.CHANGED, null,
					"review confirmed: " + String.join(", ", chosen.stream().map(mark -> mark.part().key()).toList()));
		}
		return chosen.stream().map(m -> new ReviewMark(m.part(), m.reason(), m.markedAt(), now)).toList();
	}

	private static String cut(String reason) {
		return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
	}

	private static LocalDateTime toLocal(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

}
