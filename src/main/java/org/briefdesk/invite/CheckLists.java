package org.briefdesk.invite;

import java.util.List;

/** How findings name several invitees: the first few ids, then how many more. */
final class CheckLists {

	private static final int SHOWN = 5;

	private CheckLists() {
	}

	static String some(List<String> ids) {
		if (ids.size() <= SHOWN) {
			return String.join(", ", ids);
		}
		return String.join(", ", ids.subList(0, SHOWN)) + " and " + (ids.size() - SHOWN) + " more";
	}

}
