package org.briefdesk.render;

import java.util.List;

/**
 * Builds the template data model for a briefing. The briefing feature implements it; the
 * exports only ask for a model by briefing id and never read the library themselves.
 */
public interface PackModelSource {

	/**
	 * The model of one briefing, as it reads today.
	 * @throws org.briefdesk.system.NotFoundException when no briefing has that id
	 */
	PackModel forBriefing(String briefingId);

	/**
	 * What an export of the briefing should warn about while it goes ahead, one line each
	 * ("key figures #2 (x): superseded by y …"); none by default.
	 */
	default List<String> warnings(String briefingId) {
		return List.of();
	}

}
