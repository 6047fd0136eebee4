package org.briefdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class that needs a real PostgreSQL server (a refused password, two processes on one
 * library): part of the {@code -Ppostgres} run only, where a missing server fails it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
public @interface PostgresOnly {

}
