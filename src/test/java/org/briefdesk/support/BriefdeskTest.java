package org.briefdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Briefdesk application context for a test: its own fresh data directory under
 * {@code target/} (see {@link FreshHome}), and no runner (the test sends the commands).
 * Test classes with the same configuration share one context, hence one library: a test
 * that changes facts uses its own ids or puts things back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ShellTest
@SpringBootTest(properties = { "briefdesk.runner.enabled=false", "briefdesk.home-was-empty=true" })
@ContextConfiguration(initializers = FreshHome.class)
public @interface BriefdeskTest {

}
