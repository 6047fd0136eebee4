package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The text {@code search} looks through: one row per fact with its words folded by
 * {@link TextFolding}, written by the repositories whenever a fact is written. Folding in
 * Java rather than in SQL makes "poznanski" find "Poznański" the same way on H2 and on
 * PostgreSQL.
 */
@Component
public class SearchIndex {

	private static final int MAX_FOLDED = 40000;

	private final JdbcClient jdbc;

	public SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One fact found: its kind, id and label. */
	public record Hit(FactKind kind, String id, String label) {
	}

	void put(Fact fact) {
		remove(fact.factKind(), fact.id());
		String label = fact.label();
		this.jdbc.sql("insert into fact_search (kind, id, label, folded) values (?, ?, ?, ?)")
			.params(fact.factKind().name(), fact.id(), label.length() > 2000 ? label.substring(0, 2000) : label,
					foldedText(fact))
			.update();
	}

	void remove(FactKind kind, String id) {
		this.jdbc.sql("delete from fact_search where kind = ? and id = ?").params(kind.name(), id).update();
	}

	/**
	 * The facts whose text holds every one of the words (folded), of the given kinds (all when
	 * empty), ordered by kind and label, at most {@code limit}.
	 */
	public List<Hit> find(List<String> words, List<FactKind> kinds, int limit) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		for (String word : words) {
			String folded = TextFolding.fold(word).strip();
			if (folded.isEmpty()) {
				continue;
			}
			conditions.add("folded like ? escape '!'");
			params.add("%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		}
		if (!kinds.isEmpty()) {
			conditions.add("kind in (" + kinds.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")");
			kinds.forEach(kind -> params.add(kind.name()));
		}
		String sql = "select kind, id, label from fact_search"
				+ (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
		List<Hit> hits = this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Hit(FactKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
			.list();
		// Facts whose name or title has words starting with what was typed come first; then by
		// kind in the order of the design, then by label (ordering in Java, whatever the collation).
		List<String> folded = words.stream().map(TextFolding::fold).map(String::strip).filter(w -> !w.isEmpty()).toList();
		return hits.stream()
			.sorted(java.util.Comparator.comparing((Hit hit) -> !startsWords(hit.label(), folded))
				.thenComparing(Hit::kind)
				.thenComparing(hit -> TextFolding.fold(hit.label()))
				.thenComparing(Hit::id))
			.limit(limit)
			.toList();
	}

	private static boolean startsWords(String label, List<String> words) {
		String text = " " + TextFolding.fold(label).replaceAll("[^\\p{L}\\p{N}]+", " ");
		return words.stream().allMatch(word -> text.contains(" " + word));
	}

	/** The ids of one kind starting with {@code prefix}, with their labels, by id (for completion). */
	public List<Hit> idsStartingWith(FactKind kind, String prefix) {
		String pattern = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return this.jdbc.sql("select id, label from fact_search where kind = ? and id like ? escape '!' order by id")
			.params(kind.name(), pattern)
			.query((rs, row) -> new Hit(kind, rs.getString(1), rs.getString(2)))
			.list();
	}

	static String foldedText(Fact fact) {
		Stream<Object> parts;
		if (fact instanceof Organisation o) {
			parts = Stream.of(o.id(), o.acronym(), o.name(), o.kind(), o.parentId(), o.url(), o.notes());
		}
		else if (fact instanceof Person p) {
			parts = Stream.of(p.id(), p.honorific(), p.name(), p.title(), p.organisationId(), p.email(), p.bio(),
					p.notes());
		}
		else if (fact instanceof PrioritySet s) {
			parts = Stream.concat(
					Stream.of(s.id(), s.title(), String.join(" ", s.ownerIds()), s.validFrom(), s.source(), s.notes()),
					s.priorities().stream());
		}
		else if (fact instanceof Statistic s) {
			parts = Stream.of(s.id(), s.statement(), s.value() == null ? null : s.value().toPlainString(), s.unit(),
					s.source(), s.publisher(), s.sourceDate(), s.url(), String.join(" ", s.tags()), s.notes());
		}
		else if (fact instanceof Quote q) {
			parts = Stream.of(q.id(), q.personId(), q.text(), q.date(), q.occasion(), q.eventId(), q.source(),
					q.notes());
		}
		else {
			Event e = (Event) fact;
			parts = Stream.of(e.id(), e.title(), e.kind(), e.date(), e.venue(), e.city(), e.country(), e.chairId(),
					e.moderatorId(), String.join(" ", e.hostIds()), String.join(" ", e.coChairIds()),
					String.join(" ", e.speakerIds()), e.marginsOf(), e.series(), e.notes());
		}
		String folded = TextFolding.fold(parts.filter(Objects::nonNull)
			.map(Object::toString)
			.filter(text -> !text.isBlank())
			.collect(Collectors.joining("\n")));
		return folded.length() > MAX_FOLDED ? folded.substring(0, MAX_FOLDED) : folded;
	}

}
