package org.briefdesk.invite;

import java.util.List;

/**
 * One check of {@code invite check}: the extension point of the pre-flight. Every Spring bean
 * of this type runs, in {@link org.springframework.core.annotation.Order} order; a feature
 * that renders letters adds its own (placeholders the invitation templates use that are not
 * fields, characters of a name that no PDF font has) without changing this package.
 */
public interface InvitationCheck {

	/** The check's id, as findings name it ({@code salutation}). */
	String id();

	/**
	 * Whether the check reads the forms of address: when the folder's file is invalid, such
	 * checks do not run (the file's own problems are reported instead).
	 */
	default boolean needsFormsOfAddress() {
		return false;
	}

	/** What the check found; empty when all is well. */
	List<InvitationFinding> check(InvitationCheckContext context);

}
