package org.briefdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class that runs on both stores: on the embedded H2 store in every build, and once more
 * on PostgreSQL with {@code -Ppostgres} (see {@link TestStores}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("both-stores")
public @interface BothStores {

}
