package org.briefdesk.briefing;

/** How much a finding of {@code briefing check} matters: an error stops a pack going out, a warning asks for a look. */
public enum Severity {

	ERROR("error"),

	WARNING("warning");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	@Override
	public String toString() {
		return this.label;
	}

}
