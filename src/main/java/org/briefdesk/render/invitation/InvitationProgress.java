package org.briefdesk.render.invitation;

/**
 * Told as letters are done, in order, on the thread that called
 * {@link InvitationGenerator#generate}: enough for a progress bar (count, rate, time left).
 */
@FunctionalInterface
public interface InvitationProgress {

	InvitationProgress NONE = (done, total) -> {
	};

	/**
	 * @param done letters finished (written, or kept on a resume), from 1
	 * @param total letters this run handles
	 */
	void letterDone(int done, int total);

}
