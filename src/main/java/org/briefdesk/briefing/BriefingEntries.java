package org.briefdesk.briefing;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.briefdesk.facts.DataNode;
import org.briefdesk.facts.ImportContext;
import org.briefdesk.facts.LibraryEntries;
import org.briefdesk.facts.Problems;
import org.springframework.stereotype.Component;

/**
 * The {@code briefings:} entries of the library's data files ({@code data/briefings.yaml}):
 * read and checked with the facts of the same import (every reference must name a fact in the
 * library or in the import), written in the import's transaction after them, and written out
 * by {@code data export}. The sample briefings load this way on a first start.
 */
@Component
public class BriefingEntries implements LibraryEntries {

	public static final String KEY = "briefings";

	private static final List<String> KEYS = List.of("id", "event", "title", "subtitle", "issued-by", "layout",
			"sections", "purpose", "programme", "panelists", "priorities", "figures", "quotes", "talking-points",
			"logistics", "review");

	private static final List<String> REVIEW_KEYS = List.of("part", "reason", "marked", "confirmed");

	private static final List<String> PANELIST_KEYS = List.of("person", "role");

	private static final List<String> ITEM_KEYS = List.of("time", "item", "speakers", "note");

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final BriefingRepository repository;

	private final BriefingLifecycle briefings;

	private final BriefingReviews reviews;

	public BriefingEntries(BriefingRepository repository, BriefingLifecycle briefings, BriefingReviews reviews) {
		this.repository = repository;
		this.briefings = briefings;
		this.reviews = reviews;
	}

	@Override
	public String key() {
		return KEY;
	}

	/** After every kind of fact (100-600): briefings refer to all of them. */
	@Override
	public int getOrder() {
		return 1000;
	}

	@Override
	public Prepared prepare(List<DataNode.Mapping> entries, ImportContext context) {
		Problems problems = context.problems();
		Set<String> inLibrary = new LinkedHashSet<>(this.repository.ids());
		Map<String, DataNode.Mapping> seen = new HashMap<>();
		List<Briefing> read = new ArrayList<>();
		Map<String, List<ReviewMark>> marks = new HashMap<>();
		for (DataNode.Mapping mapping : entries) {
			int before = problems.size();
			mapping.allowOnly(KEYS, "briefing", problems);
			Briefing briefing = read(mapping, problems, context, inLibrary, seen);
			List<ReviewMark> review = briefing == null ? List.of() : review(mapping, briefing.id(), problems);
			if (briefing != null && problems.size() == before) {
				read.add(briefing);
				marks.put(briefing.id(), review);
			}
		}
		return new Prepared() {

			@Override
			public int count() {
				return read.size();
			}

			@Override
			public void write() {
				for (Briefing briefing : read) {
					BriefingEntries.this.briefings.put(briefing);
					BriefingEntries.this.reviews.restore(briefing.id(), marks.get(briefing.id()));
				}
			}

		};
	}

	private Briefing read(DataNode.Mapping mapping, Problems problems, ImportContext context, Set<String> inLibrary,
			Map<String, DataNode.Mapping> seen) {
		String eventId = mapping.requiredText("event", "a briefing", problems);
		String id = mapping.text("id", problems);
		if (id == null && eventId != null) {
			id = freeId(eventId + "-briefing", inLibrary, context);
		}
		if (id == null) {
			return null;
		}
		String what = "briefing '" + id + "'";
		if (id.length() > 64 || !ID.matcher(id).matches()) {
			problems.add(mapping.file(), mapping.lineOf("id"), "'" + id
					+ "' is not a briefing id; use lower-case letters, digits and hyphens (at most 64)");
			return null;
		}
		DataNode.Mapping earlier = seen.putIfAbsent(id, mapping);
		if (earlier != null) {
			problems.add(mapping.file(), mapping.lineOf("id"), "duplicate id: " + what + " is also at " + earlier.file()
					+ ":" + earlier.lineOf("id"));
			return null;
		}
		if (inLibrary.contains(id) && !context.updating()) {
			problems.add(mapping.file(), mapping.lineOf("id"),
					what + " is already in the library; give another id, or import with --update to replace it");
		}
		context.declare(KEY, id);
		String title = mapping.text("title", problems);
		List<SectionKind> sections = sections(mapping, what, problems);
		List<Panelist> panelists = new ArrayList<>();
		List<DataNode.Mapping> panelistMappings = new ArrayList<>();
		for (DataNode.Mapping panelist : mapping.mappings("panelists", problems)) {
			panelist.allowOnly(PANELIST_KEYS, "a panelist", problems);
			String person = panelist.requiredText("person", what + ": a panelist", problems);
			String roleText = panelist.text("role", problems);
			PanelRole role = PanelRole.SPEAKER;
			if (roleText != null) {
				role = PanelRole.parse(roleText).orElse(null);
				if (role == null) {
					problems.add(panelist.file(), panelist.lineOf("role"), what + ": no role '" + roleText
							+ "'; use one of " + PanelRole.keys());
				}
			}
			if (person != null) {
				// A role that is not known was reported: the person is still checked.
				panelists.add(new Panelist(person, role));
				panelistMappings.add(panelist);
			}
		}
		List<ProgrammeItem> programme = new ArrayList<>();
		List<DataNode.Mapping> itemMappings = new ArrayList<>();
		for (DataNode.Mapping item : mapping.mappings("programme", problems)) {
			itemMappings.add(item);
			item.allowOnly(ITEM_KEYS, "a programme item", problems);
			String text = item.requiredText("item", what + ": a programme item", problems);
			String time = item.text("time", problems);
			if (!ProgrammeItem.isTime(time)) {
				problems.add(item.file(), item.lineOf("time"), what + ": '" + time
						+ "' is not a time; write HH:MM or HH:MM-HH:MM, e.g. \"13:15\"");
			}
			List<String> speakers = item.textList("speakers", problems);
			programme.add(new ProgrammeItem(ProgrammeItem.normalisedTime(time), text, speakers,
					item.text("note", problems)));
		}
		String prioritySetId = mapping.text("priorities", problems);
		List<String> figures = mapping.textList("figures", problems);
		List<String> quotes = mapping.textList("quotes", problems);
		Briefing briefing = new Briefing.Builder().id(id)
			.eventId(eventId)
			.title(title)
			.subtitle(mapping.text("subtitle", problems))
			.issuedBy(mapping.text("issued-by", problems))
			.sections(sections)
			.purpose(mapping.textList("purpose", problems))
			.programme(programme)
			.panelists(panelists)
			.prioritySetId(prioritySetId)
			.figureIds(figures)
			.quoteIds(quotes)
			.talkingPoints(mapping.textList("talking-points", problems))
			.logistics(mapping.textList("logistics", problems))
			.build();
		for (BriefingRules.Reference missing : BriefingRules.missing(briefing, context::factExists)) {
			DataNode.Mapping holder = switch (missing.key()) {
				case "panelists" -> panelistMappings.get(missing.position() - 1);
				case "programme" -> itemMappings.get(missing.position() - 1);
				default -> mapping;
			};
			String key = switch (missing.key()) {
				case "panelists" -> "person";
				case "programme" -> "speakers";
				default -> missing.key();
			};
			problems.add(holder.file(), holder.lineOf(key), what + ": " + BriefingRules.notInImport(missing));
		}
		if (title == null) {
			problems.add(mapping.file(), mapping.lineOf("title"), what + " has no 'title'");
		}
		return briefing;
	}

	/** The parts marked for review ({@code review:}), as an export wrote them. */
	private static List<ReviewMark> review(DataNode.Mapping mapping, String id, Problems problems) {
		String what = "briefing '" + id + "'";
		List<ReviewMark> marks = new ArrayList<>();
		Set<ReviewPart> seen = new HashSet<>();
		for (DataNode.Mapping mark : mapping.mappings("review", problems)) {
			mark.allowOnly(REVIEW_KEYS, "a review mark", problems);
			String partText = mark.requiredText("part", what + ": a review mark", problems);
			String reason = mark.requiredText("reason", what + ": a review mark", problems);
			ReviewPart part = partText == null ? null : ReviewPart.parse(partText).orElse(null);
			if (partText != null && part == null) {
				problems.add(mark.file(), mark.lineOf("part"), what + ": no part '" + partText + "' to review; use one of "
						+ ReviewPart.keys());
			}
			else if (part != null && !seen.add(part)) {
				problems.add(mark.file(), mark.lineOf("part"), what + ": the review mark on " + part.key() + " is given twice");
			}
			LocalDateTime marked = time(mark, "marked", what, problems);
			LocalDateTime confirmed = time(mark, "confirmed", what, problems);
			if (reason != null && reason.length() > BriefingReviews.MAX_REASON) {
				problems.add(mark.file(), mark.lineOf("reason"), what + ": the reason of a review mark is longer than "
						+ BriefingReviews.MAX_REASON + " characters");
			}
			else if (part != null && reason != null) {
				marks.add(new ReviewMark(part, reason, marked, confirmed));
			}
		}
		return marks;
	}

	/** A time as an export writes it: {@code 2026-12-02T10:15:00Z} (UTC). */
	private static LocalDateTime time(DataNode.Mapping mark, String key, String what, Problems problems) {
		String text = mark.text(key, problems);
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip().endsWith("Z") ? text.strip().substring(0, text.strip().length() - 1)
					: text.strip());
		}
		catch (DateTimeParseException invalid) {
			problems.add(mark.file(), mark.lineOf(key), what + ": '" + text + "' is not a time; write it as an export"
					+ " does, e.g. 2026-12-02T10:15:00Z");
			return null;
		}
	}

	private static List<SectionKind> sections(DataNode.Mapping mapping, String what, Problems problems) {
		String layoutText = mapping.text("layout", problems);
		if (mapping.has("sections")) {
			if (layoutText != null) {
				problems.add(mapping.file(), mapping.lineOf("layout"), what + ": give 'sections' or 'layout', not both");
			}
			List<SectionKind> sections = new ArrayList<>();
			for (String key : mapping.textList("sections", problems)) {
				SectionKind kind = SectionKind.parse(key).orElse(null);
				if (kind == null) {
					problems.add(mapping.file(), mapping.lineOf("sections"), what + ": no section '" + key
							+ "'; use " + SectionKind.keys());
				}
				else if (sections.contains(kind)) {
					problems.add(mapping.file(), mapping.lineOf("sections"), what + ": section '" + key + "' is listed twice");
				}
				else {
					sections.add(kind);
				}
			}
			return sections;
		}
		if (layoutText == null) {
			return BriefingLayout.FULL.sections();
		}
		return BriefingLayout.parse(layoutText).map(BriefingLayout::sections).orElseGet(() -> {
			problems.add(mapping.file(), mapping.lineOf("layout"), what + ": no layout '" + layoutText + "'; use one of "
					+ BriefingLayout.keys());
			return List.of();
		});
	}

	private static String freeId(String base, Set<String> inLibrary, ImportContext context) {
		String id = base;
		for (int n = 2; inLibrary.contains(id) || context.isDeclared(KEY, id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	@Override
	public List<Map<String, Object>> export() {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (Briefing briefing : this.repository.findAll()) {
			Map<String, Object> entry = write(briefing);
			List<Map<String, Object>> review = new ArrayList<>();
			for (ReviewMark mark : this.reviews.marks(briefing.id())) {
				Map<String, Object> written = new LinkedHashMap<>();
				written.put("part", mark.part().key());
				written.put("reason", mark.reason());
				if (mark.markedAt() != null) {
					written.put("marked", mark.markedAt() + "Z");
				}
				if (mark.confirmedAt() != null) {
					written.put("confirmed", mark.confirmedAt() + "Z");
				}
				review.add(written);
			}
			if (!review.isEmpty()) {
				entry.put("review", review);
			}
			entries.add(entry);
		}
		return entries;
	}

	/** A briefing as plain values, in the keys and order of the data files. */
	public static Map<String, Object> write(Briefing briefing) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", briefing.id());
		entry.put("event", briefing.eventId());
		entry.put("title", briefing.title());
		putIfNotEmpty(entry, "subtitle", briefing.subtitle());
		putIfNotEmpty(entry, "issued-by", briefing.issuedBy());
		entry.put("sections", briefing.sections().stream().map(SectionKind::key).toList());
		putIfNotEmpty(entry, "purpose", briefing.purpose());
		if (!briefing.programme().isEmpty()) {
			List<Map<String, Object>> programme = new ArrayList<>();
			for (ProgrammeItem item : briefing.programme()) {
				Map<String, Object> written = new LinkedHashMap<>();
				putIfNotEmpty(written, "time", item.time());
				written.put("item", item.text());
				putIfNotEmpty(written, "speakers", item.speakerIds());
				putIfNotEmpty(written, "note", item.speakersNote());
				programme.add(written);
			}
			entry.put("programme", programme);
		}
		if (!briefing.panelists().isEmpty()) {
			List<Map<String, Object>> panel = new ArrayList<>();
			for (Panelist panelist : briefing.panelists()) {
				Map<String, Object> written = new LinkedHashMap<>();
				written.put("person", panelist.personId());
				written.put("role", panelist.role().key());
				panel.add(written);
			}
			entry.put("panelists", panel);
		}
		if (briefing.prioritySetId() != null) {
			entry.put("priorities", briefing.prioritySetId());
		}
		putIfNotEmpty(entry, "figures", briefing.figureIds());
		putIfNotEmpty(entry, "quotes", briefing.quoteIds());
		putIfNotEmpty(entry, "talking-points", briefing.talkingPoints());
		putIfNotEmpty(entry, "logistics", briefing.logistics());
		return entry;
	}

	private static void putIfNotEmpty(Map<String, Object> entry, String key, String value) {
		if (value != null && !value.isEmpty()) {
			entry.put(key, value);
		}
	}

	private static void putIfNotEmpty(Map<String, Object> entry, String key, List<String> values) {
		if (!values.isEmpty()) {
			entry.put(key, values);
		}
	}

}
