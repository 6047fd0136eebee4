package org.briefdesk.briefing;

/** Names the part of a briefing a finding is about, the way `briefing show` numbers it. */
final class Where {

	private Where() {
	}

	static String figure(int position, String statisticId) {
		return "key figures #" + position + " (" + statisticId + ")";
	}

	static String panelist(int position, String personId) {
		return "panelists #" + position + " (" + personId + ")";
	}

	static String quote(int position, String quoteId) {
		return "quotes #" + position + " (" + quoteId + ")";
	}

	static String event(String eventId) {
		return "event (" + eventId + ")";
	}

	static String section(SectionKind kind) {
		return "section " + kind.key();
	}

}
