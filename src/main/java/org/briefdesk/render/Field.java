package org.briefdesk.render;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes one field of the template data model; `template fields` prints it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {

	/** The description. */
	String value();

	/**
	 * The name a template uses, when it is not the component's own: the invitation fields are
	 * snake_case ({@code invitee.given_name}), as the invitee files name their columns.
	 */
	String name() default "";

}
