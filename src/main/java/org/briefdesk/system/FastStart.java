package org.briefdesk.system;

import org.springframework.core.env.Environment;

/**
 * The one switch of Briefdesk's start-up shortcuts: {@code BRIEFDESK_FAST_START=0} runs
 * everything the plain way (Flyway on every start, no warm-up behind the shell's prompt), to
 * compare with, or when a shortcut is suspected.
 */
public final class FastStart {

	private FastStart() {
	}

	/** Whether the shortcuts are on: anything but {@code BRIEFDESK_FAST_START=0}. */
	public static boolean isOn(Environment environment) {
		return !"0".equals(environment.getProperty("BRIEFDESK_FAST_START"));
	}

}
