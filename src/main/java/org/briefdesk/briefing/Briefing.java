package org.briefdesk.briefing;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A briefing: the sections of one pack for one event, in order. Facts are referred to by id
 * (a fact edited later shows up in the briefing); the free text belongs to the briefing.
 * Values are never null: absent texts are empty, absent lists are empty, only
 * {@code prioritySetId} may be null (no chair's priorities chosen).
 *
 * @param id the short id people type ({@code icat-briefing-2023})
 * @param eventId the event it is for
 * @param title the title of the pack
 * @param subtitle a line under the title; may be empty
 * @param issuedBy who issues the pack ("ICAT Secretariat"); may be empty
 * @param sections the sections of the pack, in order, each kind at most once
 * @param purpose purpose and background, one paragraph per element
 * @param programme the programme, in order
 * @param panelists the panel, in order
 * @param prioritySetId the priority set shown as the chair's priorities, or null
 * @param figureIds the key figures (statistics), in order
 * @param quoteIds the quotes, in order
 * @param talkingPoints the talking points, in order
 * @param logistics logistics, one paragraph per element
 * @param createdAt when it was created (UTC)
 * @param updatedAt when it was last changed (UTC)
 */
public record Briefing(String id, String eventId, String title, String subtitle, String issuedBy,
		List<SectionKind> sections, List<String> purpose, List<ProgrammeItem> programme, List<Panelist> panelists,
		String prioritySetId, List<String> figureIds, List<String> quoteIds, List<String> talkingPoints,
		List<String> logistics, LocalDateTime createdAt, LocalDateTime updatedAt) {

	public Briefing {
		title = title == null ? "" : title.strip();
		subtitle = subtitle == null ? "" : subtitle.strip();
		issuedBy = issuedBy == null ? "" : issuedBy.strip();
		sections = sections == null ? List.of() : List.copyOf(sections);
		purpose = purpose == null ? List.of() : List.copyOf(purpose);
		programme = programme == null ? List.of() : List.copyOf(programme);
		panelists = panelists == null ? List.of() : List.copyOf(panelists);
		prioritySetId = prioritySetId == null || prioritySetId.isBlank() ? null : prioritySetId;
		figureIds = figureIds == null ? List.of() : List.copyOf(figureIds);
		quoteIds = quoteIds == null ? List.of() : List.copyOf(quoteIds);
		talkingPoints = talkingPoints == null ? List.of() : List.copyOf(talkingPoints);
		logistics = logistics == null ? List.of() : List.copyOf(logistics);
	}

	public boolean has(SectionKind section) {
		return this.sections.contains(section);
	}

	/** The free-text paragraphs of a text section (purpose, talking points, logistics). */
	public List<String> paragraphs(TextKind kind) {
		return switch (kind) {
			case PURPOSE -> this.purpose;
			case TALKING_POINTS -> this.talkingPoints;
			case LOGISTICS -> this.logistics;
		};
	}

	public Builder toBuilder() {
		return new Builder(this);
	}

	/** Changes a briefing one part at a time; records stay immutable. */
	public static final class Builder {

		private String id;

		private String eventId;

		private String title;

		private String subtitle;

		private String issuedBy;

		private List<SectionKind> sections;

		private List<String> purpose;

		private List<ProgrammeItem> programme;

		private List<Panelist> panelists;

		private String prioritySetId;

		private List<String> figureIds;

		private List<String> quoteIds;

		private List<String> talkingPoints;

		private List<String> logistics;

		private LocalDateTime createdAt;

		private LocalDateTime updatedAt;

		public Builder() {
			this.sections = List.of();
			this.purpose = List.of();
			this.programme = List.of();
			this.panelists = List.of();
			this.figureIds = List.of();
			this.quoteIds = List.of();
			this.talkingPoints = List.of();
			this.logistics = List.of();
		}

		private Builder(Briefing briefing) {
			this.id = briefing.id;
			this.eventId = briefing.eventId;
			this.title = briefing.title;
			this.subtitle = briefing.subtitle;
			this.issuedBy = briefing.issuedBy;
			this.sections = briefing.sections;
			this.purpose = briefing.purpose;
			this.programme = briefing.programme;
			this.panelists = briefing.panelists;
			this.prioritySetId = briefing.prioritySetId;
			this.figureIds = briefing.figureIds;
			this.quoteIds = briefing.quoteIds;
			this.talkingPoints = briefing.talkingPoints;
			this.logistics = briefing.logistics;
			this.createdAt = briefing.createdAt;
			this.updatedAt = briefing.updatedAt;
		}

		public Builder id(String id) {
			this.id = id;
			return this;
		}

		public Builder eventId(String eventId) {
			this.eventId = eventId;
			return this;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder subtitle(String subtitle) {
			this.subtitle = subtitle;
			return this;
		}

		public Builder issuedBy(String issuedBy) {
			this.issuedBy = issuedBy;
			return this;
		}

		public Builder sections(List<SectionKind> sections) {
			this.sections = sections;
			return this;
		}

		public Builder purpose(List<String> purpose) {
			this.purpose = purpose;
			return this;
		}

		public Builder programme(List<ProgrammeItem> programme) {
			this.programme = programme;
			return this;
		}

		public Builder panelists(List<Panelist> panelists) {
			this.panelists = panelists;
			return this;
		}

		public Builder prioritySetId(String prioritySetId) {
			this.prioritySetId = prioritySetId;
			return this;
		}

		public Builder figureIds(List<String> figureIds) {
			this.figureIds = figureIds;
			return this;
		}

		public Builder quoteIds(List<String> quoteIds) {
			this.quoteIds = quoteIds;
			return this;
		}

		public Builder talkingPoints(List<String> talkingPoints) {
			this.talkingPoints = talkingPoints;
			return this;
		}

		public Builder logistics(List<String> logistics) {
			this.logistics = logistics;
			return this;
		}

		public Builder paragraphs(TextKind kind, List<String> paragraphs) {
			return switch (kind) {
				case PURPOSE -> purpose(paragraphs);
				case TALKING_POINTS -> talkingPoints(paragraphs);
				case LOGISTICS -> logistics(paragraphs);
			};
		}

		public Builder createdAt(LocalDateTime createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		public Builder updatedAt(LocalDateTime updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		public Briefing build() {
			return new Briefing(this.id, this.eventId, this.title, this.subtitle, this.issuedBy, this.sections,
					this.purpose, this.programme, this.panelists, this.prioritySetId, this.figureIds, this.quoteIds,
					this.talkingPoints, this.logistics, this.createdAt, this.updatedAt);
		}

	}

}
