package org.briefdesk.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
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

	private static final int MAX_LABEL = 2000;

	private static final int MAX_LABEL_WORDS = 2100;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** {@code kind} in the order of {@link FactKind}, as an SQL expression. */
	private static final String KIND_ORDER = Arrays.stream(FactKind.values())
		.map(kind -> " when '" + kind.name() + "' then " + kind.ordinal())
		.collect(Collectors.joining("", "case kind", " end"));

	private final JdbcClient jdbc;

	public SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One fact found: its kind, id and label. */
	public record Hit(FactKind kind, String id, String label) {
	}

	void put(Fact fact) {
		remove(fact.factKind(), fact.id());
		add(fact);
	}

	/** Indexes a fact that is not in the index yet (a new one). */
	void add(Fact fact) {
		String label = fact.label().length() > MAX_LABEL ? fact.label().substring(0, MAX_LABEL) : fact.label();
		this.jdbc.sql("insert into fact_search (kind, id, label, folded, label_words) values (?, ?, ?, ?, ?)")
			.params(fact.factKind().name(), fact.id(), label, foldedText(fact), labelWords(label))
			.update();
	}

	void remove(FactKind kind, String id) {
		this.jdbc.sql("delete from fact_search where kind = ? and id = ?").params(kind.name(), id).update();
	}

	/**
	 * The facts whose text holds every one of the words (folded), of the given kinds (all when
	 * empty), at most {@code limit}: first those whose label has a word starting with each of
	 * the words, then by kind (in the order of {@link FactKind}), then by folded label and id.
	 * The database ranks and cuts, so a common word costs one scan, not thousands of rows.
	 */
	public List<Hit> find(List<String> words, List<FactKind> kinds, int limit) {
		// The patterns are written into the statement as quoted literals: H2 then prepares each
		// pattern once, rather than once per row as it does for a parameter (a scan of 100,000
		// rows). Quotes are doubled and LIKE's wildcards escaped, so the text stays plain text.
		List<String> conditions = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		for (String word : words) {
			String folded = TextFolding.fold(word).strip();
			if (folded.isEmpty()) {
				continue;
			}
			conditions.add("folded like " + likeLiteral("%" + escapeLike(folded) + "%"));
			starts.add("label_words like " + likeLiteral("% " + escapeLike(folded) + "%"));
		}
		if (!kinds.isEmpty()) {
			conditions.add(kinds.stream()
				.map(kind -> "'" + kind.name() + "'")
				.collect(Collectors.joining(", ", "kind in (", ")")));
		}
		StringBuilder sql = new StringBuilder("select kind, id, label from fact_search");
		if (!conditions.isEmpty()) {
			sql.append(" where ").append(String.join(" and ", conditions));
		}
		sql.append(" order by ");
		if (!starts.isEmpty()) {
			sql.append("case when ").append(String.join(" and ", starts)).append(" then 0 else 1 end, ");
		}
		sql.append(KIND_ORDER).append(", label_words, id limit ?");
		return this.jdbc.sql(sql.toString())
			.param(limit)
			.query((rs, row) -> new Hit(FactKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static String likeLiteral(String pattern) {
		return "'" + pattern.replace("'", "''") + "' escape '!'";
	}

	/**
	 * The label as search compares word starts: a space, then the folded label with every run
	 * of characters other than letters and digits as one space.
	 */
	static String labelWords(String label) {
		String words = " " + NOT_WORD.matcher(TextFolding.fold(label)).replaceAll(" ");
		return words.length() > MAX_LABEL_WORDS ? words.substring(0, MAX_LABEL_WORDS) : words;
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/** The ids of one kind starting with {@code prefix}, with their labels, by id (for completion). */
	public List<Hit> idsStartingWith(FactKind kind, String prefix) {
		String pattern = escapeLike(prefix) + "%";
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
			parts = Stream.of(s.id(), s.statement(), s.qualifier(), s.value() == null ? null : s.value().toPlainString(),
					s.unit(), s.source(), s.publisher(), s.sourceDate(), s.url(), s.excerpt(), String.join(" ", s.tags()),
					s.notes());
		}
		else if (fact instanceof Quote q) {
			parts = Stream.of(q.id(), q.personId(), q.text(), q.date(), q.occasion(), q.eventId(), q.source(),
					q.publisher(), q.sourceDate(), q.url(), q.notes());
		}
		else if (fact instanceof Chairpersonship c) {
			parts = Stream.of(c.id(), c.role() == null ? null : c.role().plural(), String.join(" ", c.organisationIds()),
					c.validFrom(), c.validUntil(), c.source(), c.notes());
		}
		else {
			Event e = (Event) fact;
			parts = Stream.of(e.id(), e.title(), e.kind(), e.date(), e.venue(), e.city(), e.country(), e.chairId(),
					e.moderatorId(), String.join(" ", e.hostIds()), String.join(" ", e.coChairIds()),
					String.join(" ", e.speakerIds()), e.marginsOf(), e.series(), e.notes());
		}
		// Each word once: a search word never holds a space, so it occurs in the text exactly when
		// it occurs in one of its distinct words; the scan then reads much less.
		Set<String> words = new LinkedHashSet<>();
		parts.filter(Objects::nonNull)
			.map(Object::toString)
			.map(TextFolding::fold)
			.forEach(text -> words.addAll(Arrays.asList(WHITESPACE.split(text))));
		words.remove("");
		String folded = String.join(" ", words);
		return folded.length() > MAX_FOLDED ? folded.substring(0, MAX_FOLDED) : folded;
	}

}
