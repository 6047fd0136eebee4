package org.briefdesk.facts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a fact must satisfy before it is stored, whether it comes from a command or an
 * import: required fields, lengths, forms (ids, e-mail, URL, time zone), and references to
 * facts that exist. Each broken rule is one {@link Violation} naming the field.
 */
public final class FactRules {

	/** The form of every id: lower-case ASCII letters and digits in words joined by single hyphens. */


	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Tells whether a fact exists (in the library, or among facts being imported with it). */
	@FunctionalInterface
	public interface Lookup {

		boolean exists(FactKind kind, String id);

	}

	/**
	 * One broken rule.
	 *
	 * @param field the key of the field ("organisation"), as in the files and options
	 * @param message what is wrong, fit to follow "person 'x': "
	 */
	public record Violation(String field, String message) {
	}

	private FactRules() {
	}

	/** The message for an id that does not have the id form; null when it does ({@link FactIds}). */
	public static String checkId(String id) {
		return FactIds.checkForm(id);
	}

	public static List<Violation> check(Fact fact, Lookup lookup) {
		List<Violation> found = new ArrayList<>();
		Checker c = new Checker(found, lookup);
		String idProblem = checkId(fact.id());
		if (idProblem != null) {
			found.add(new Violation("id", idProblem));
		}
		if (fact instanceof Organisation o) {
			c.required("name", o.name(), 500);
			c.length("acronym", o.acronym(), 100);
			c.length("kind", o.kind(), 200);
			c.reference("parent", FactKind.ORGANISATION, o.parentId());
			if (o.parentId() != null && o.parentId().equals(o.id())) {
				found.add(new Violation("parent", "an organisation cannot be part of itself"));
			}
			c.url("url", o.url());
			c.length("notes", o.notes(), 10000);
		}
		else if (fact instanceof Person p) {
			c.length("honorific", p.honorific(), 100);
			c.required("name", p.name(), 300);
			c.length("title", p.title(), 1000);
			c.reference("organisation", FactKind.ORGANISATION, p.organisationId());
			if (c.length("email", p.email(), 320) && p.email() != null && !EMAIL.matcher(p.email()).matches()) {
				found.add(new Violation("email", "'" + p.email() + "' is not an e-mail address"));
			}
			c.length("bio", p.bio(), 10000);
			c.length("notes", p.notes(), 10000);
		}
		else if (fact instanceof PrioritySet s) {
			c.required("title", s.title(), 500);
			c.references("owners", FactKind.ORGANISATION, s.ownerIds());
			c.present("from", s.validFrom());
			if (s.validFrom() != null && s.validUntil() != null
					&& s.validUntil().earliest().isBefore(s.validFrom().earliest())) {
				found.add(new Violation("until", "'until' (" + s.validUntil() + ") is before 'from' (" + s.validFrom()
						+ ")"));
			}
			if (s.priorities().isEmpty()) {
				found.add(new Violation("priorities", "a priority set needs at least one priority"));
			}
			for (String priority : s.priorities()) {
				c.required("priorities", priority, 2000);
			}
			c.length("source", s.source(), 1000);
			c.length("notes", s.notes(), 10000);
		}
		else if (fact instanceof Statistic s) {
			c.required("statement", s.statement(), 2000);
			if (s.value() != null && (s.value().precision() - s.value().scale() > 18 || s.value().scale() > 6)) {
				found.add(new Violation("value", "the value " + s.value().toPlainString()
						+ " has more than 18 digits before or 6 after the point"));
			}
			c.length("qualifier", s.qualifier(), 100);
			c.length("unit", s.unit(), 100);
			c.length("source", s.source(), 1000);
			c.length("publisher", s.publisher(), 500);
			if (blank(s.source()) && blank(s.publisher())) {
				found.add(new Violation("publisher", "a statistic needs its source: a 'publisher' or a 'source' title"));
			}
			c.present("source-date", s.sourceDate());
			c.url("url", s.url());
			c.length("excerpt", s.excerpt(), 10000);
			c.tags("tags", s.tags());
			c.length("notes", s.notes(), 10000);
			c.reference("superseded-by", FactKind.STATISTIC, s.supersededBy());
			if (s.supersededBy() != null && s.supersededBy().equals(s.id())) {
				found.add(new Violation("superseded-by", "a statistic cannot be its own newer edition"));
			}
		}
		else if (fact instanceof Quote q) {
			if (c.present("person", q.personId())) {
				c.reference("person", FactKind.PERSON, q.personId());
			}
			c.required("text", q.text(), 10000);
			c.present("date", q.date());
			c.length("occasion", q.occasion(), 1000);
			c.reference("event", FactKind.EVENT, q.eventId());
			c.length("source", q.source(), 1000);
			c.length("publisher", q.publisher(), 500);
			c.url("url", q.url());
			c.length("notes", q.notes(), 10000);
		}
		else if (fact instanceof Chairpersonship ch) {
			c.present("role", ch.role());
			if (ch.organisationIds().isEmpty()) {
				found.add(new Violation("organisations", "a chairpersonship needs the organisations that hold it"));
			}
			else if (ch.role() == ChairRole.CHAIR && ch.organisationIds().size() > 1) {
				found.add(new Violation("role", "a chair is one organisation; " + ch.organisationIds().size()
						+ " side by side are co-chairs (role: co-chair)"));
			}
			else if (ch.role() == ChairRole.CO_CHAIR && ch.organisationIds().size() < 2) {
				found.add(new Violation("role", "co-chairs are two or more organisations; one alone is the chair (role: chair)"));
			}
			c.references("organisations", FactKind.ORGANISATION, ch.organisationIds());
			c.present("from", ch.validFrom());
			if (ch.validFrom() != null && ch.validUntil() != null
					&& ch.validUntil().earliest().isBefore(ch.validFrom().earliest())) {
				found.add(new Violation("until", "'until' (" + ch.validUntil() + ") is before 'from' (" + ch.validFrom()
						+ ")"));
			}
			c.length("source", ch.source(), 1000);
			c.length("notes", ch.notes(), 10000);
		}
		else if (fact instanceof Event e) {
			c.required("title", e.title(), 500);
			c.length("kind", e.kind(), 200);
			c.present("date", e.date());
			if (e.startTime() != null && e.endTime() != null && !e.endTime().isAfter(e.startTime())) {
				found.add(new Violation("end-time", "the end time " + e.endTime() + " is not after the start time "
						+ e.startTime()));
			}
			if (e.timeZone() != null) {
				try {
					ZoneId.of(e.timeZone());
				}
				catch (DateTimeException unknown) {
					found.add(new Violation("time-zone",
							"'" + e.timeZone() + "' is not a time zone; write e.g. Europe/Vienna or America/New_York"));
				}
			}
			c.length("venue", e.venue(), 500);
			c.length("city", e.city(), 200);
			c.length("country", e.country(), 200);
			c.reference("chair", FactKind.PERSON, e.chairId());
			c.reference("moderator", FactKind.PERSON, e.moderatorId());
			c.references("hosts", FactKind.ORGANISATION, e.hostIds());
			c.references("co-chairs", FactKind.ORGANISATION, e.coChairIds());
			c.references("speakers", FactKind.PERSON, e.speakerIds());
			c.length("on-the-margins-of", e.marginsOf(), 1000);
			if (e.series() != null && checkId(e.series()) != null) {
				found.add(new Violation("series", "the series '" + e.series()
						+ "' should be lower-case letters and digits joined by hyphens, e.g. 'icat-briefings'"));
			}
			c.length("notes", e.notes(), 10000);
		}
		return found;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private record Checker(List<Violation> found, Lookup lookup) {

		boolean present(String field, Object value) {
			if (value == null) {
				this.found.add(new Violation(field, "'" + field + "' is required"));
				return false;
			}
			return true;
		}

		void required(String field, String value, int max) {
			if (blank(value)) {
				this.found.add(new Violation(field, "'" + field + "' is required"));
				return;
			}
			length(field, value, max);
		}

		boolean length(String field, String value, int max) {
			if (value != null && value.length() > max) {
				this.found.add(new Violation(field, "'" + field + "' is longer than " + max + " characters"));
				return false;
			}
			return true;
		}

		void reference(String field, FactKind kind, String id) {
			if (id == null) {
				return;
			}
			if (!this.lookup.exists(kind, id)) {
				this.found.add(new Violation(field, "no " + kind.noun() + " '" + id + "' (`" + kind.command()
						+ " list` shows the ids)"));
			}
		}

		void references(String field, FactKind kind, List<String> ids) {
			Set<String> seen = new HashSet<>();
			for (String id : ids) {
				if (!seen.add(id)) {
					this.found.add(new Violation(field, "'" + id + "' is named twice in '" + field + "'"));
					continue;
				}
				reference(field, kind, id);
			}
		}

		void url(String field, String value) {
			if (value == null || !length(field, value, 2000)) {
				return;
			}
			try {
				URI uri = new URI(value);
				if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
						|| uri.getHost() == null) {
					throw new URISyntaxException(value, "not a web address");
				}
			}
			catch (URISyntaxException notAUrl) {
				this.found.add(new Violation(field, "'" + value + "' is not a web address (https://...)"));
			}
		}

		void tags(String field, List<String> tags) {
			Set<String> seen = new HashSet<>();
			for (String tag : tags) {
				if (!FactIds.FORM.matcher(tag).matches() || tag.length() > FactIds.MAX_LENGTH) {
					this.found.add(new Violation(field, "the tag '" + tag
							+ "' should be lower-case letters and digits joined by hyphens, e.g. 'children'"));
				}
				else if (!seen.add(tag)) {
					this.found.add(new Violation(field, "the tag '" + tag + "' is given twice"));
				}
			}
		}

	}

}
