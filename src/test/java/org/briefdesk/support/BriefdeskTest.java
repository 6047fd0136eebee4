package org.briefdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.autoconfigure.ShellTest;

/**
 * A Briefdesk application context for a test: its own fresh data directory under
 * {@code target/}, and no runner (the test sends the commands).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ShellTest
@SpringBootTest(properties = { "briefdesk.runner.enabled=false", "briefdesk.home-was-empty=true",
		"briefdesk.home=target/test-homes/${random.uuid}" })
public @interface BriefdeskTest {

}
