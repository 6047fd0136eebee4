package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

class PlainMessageSourceTest {

	private final PlainMessageSource messages = new PlainMessageSource();

	@Test
	void answersWithTheDefaultMessageFormattedWithItsArguments() {
		assertThat(this.messages.getMessage("x", null, "as is {0}", Locale.ENGLISH)).isEqualTo("as is {0}");
		assertThat(this.messages.getMessage("x", new Object[] { "Åsa" }, "hello {0}", Locale.ENGLISH))
			.isEqualTo("hello Åsa");
		assertThat(this.messages.getMessage("x", null, null, Locale.ENGLISH)).isNull();
	}

	@Test
	void refusesACodeWithoutADefaultMessage() {
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> this.messages.getMessage("x", null, Locale.ENGLISH));
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> this.messages.getMessage(new DefaultMessageSourceResolvable("y"), Locale.ENGLISH));
		assertThat(this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { "y" }, "fallback"),
				Locale.ENGLISH))
			.isEqualTo("fallback");
	}

}
