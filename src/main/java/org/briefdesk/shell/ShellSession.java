package org.briefdesk.shell;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What the shell remembers between commands in one session: whether a person is at the
 * prompt, and the briefing in use ({@code briefing use ID}), which the prompt shows and
 * later commands default to.
 */
@Component
public class ShellSession {

	private volatile boolean interactive;

	private volatile String briefingInUse;

	public boolean isInteractive() {
		return this.interactive;
	}

	void setInteractive(boolean interactive) {
		this.interactive = interactive;
	}

	public Optional<String> briefingInUse() {
		return Optional.ofNullable(this.briefingInUse);
	}

	public void useBriefing(String briefingId) {
		this.briefingInUse = briefingId;
	}

}
