package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.util.ReflectionUtils;

class CommandArgumentValidatorTest {

	private final CommandArgumentValidator validator = new CommandArgumentValidator();

	@SuppressWarnings("unused")
	static class Commands implements Named {

		public String plain(String id, boolean json) {
			return id;
		}

		public String annotated(@NotBlank String id) {
			return id;
		}

		public String repeated(@Size(min = 2) @Size(max = 3) String id) {
			return id;
		}

		public String inTypeArgument(List<@NotBlank String> ids) {
			return "";
		}

		public String cascaded(@Valid Holder holder) {
			return "";
		}

		@Override
		public String inherited(String name) {
			return name;
		}

	}

	interface Named {

		String inherited(@NotBlank String name);

	}

	record Holder(@NotBlank String value) {
	}

	private static Method method(String name) {
		return ReflectionUtils.findMethod(Commands.class, name, (Class<?>[]) null);
	}

	@Test
	void letsAnUnconstrainedCommandThroughWhateverItsArguments() {
		assertThat(CommandArgumentValidator.declaresConstraints(method("plain"))).isFalse();
		assertThat(this.validator.forExecutables()
			.validateParameters(new Commands(), method("plain"), new Object[] { null, false })).isEmpty();
	}

	@Test
	void reportsAViolatedParameterConstraint() {
		assertThat(this.validator.forExecutables()
			.validateParameters(new Commands(), method("annotated"), new Object[] { " " })).hasSize(1);
	}

	@Test
	void seesRepeatedTypeArgumentCascadedAndInheritedConstraints() {
		assertThat(List.of("repeated", "inTypeArgument", "cascaded", "inherited"))
			.allSatisfy(name -> assertThat(CommandArgumentValidator.declaresConstraints(method(name))).as(name)
				.isTrue());
		assertThat(this.validator.forExecutables()
			.validateParameters(new Commands(), method("inherited"), new Object[] { "" })).hasSize(1);
		assertThat(this.validator.forExecutables()
			.validateParameters(new Commands(), method("cascaded"), new Object[] { new Holder("") })).hasSize(1);
	}

}
