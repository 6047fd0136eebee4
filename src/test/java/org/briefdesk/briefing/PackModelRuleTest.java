package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModelCheck;
import org.briefdesk.render.SamplePacks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** What an output format cannot print is an error of `briefing check`, field and rule kept. */
class PackModelRuleTest {

	@Test
	void eachProblemAnEngineFindsIsAnErrorAtItsField() {
		PackModelCheck engine = model -> List.of(new PackModelCheck.Problem("missing-glyph", "panelists[8].name",
				"\"王芳\": no PDF font has 王 (U+738B)"));
		List<Finding> findings = rule(engine).check(contextOf(SamplePacks.vienna2023()));
		assertThat(findings).containsExactly(Finding.error("missing-glyph", "panelists[8].name",
				"\"王芳\": no PDF font has 王 (U+738B)"));
	}

	@Test
	void withoutEnginesThatCheckTheModelIsNotEvenBuilt() {
		CheckContext context = new CheckContext(null, 5, LocalDate.of(2023, 10, 1), () -> {
			throw new AssertionError("the pack model was built");
		});
		assertThat(new PackModelRule(new DefaultListableBeanFactory().getBeanProvider(PackModelCheck.class))
			.check(context)).isEmpty();
	}

	private static PackModelRule rule(PackModelCheck check) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("check", check);
		return new PackModelRule(beans.getBeanProvider(PackModelCheck.class));
	}

	private static CheckContext contextOf(PackModel model) {
		return new CheckContext(null, 5, LocalDate.of(2023, 10, 1), () -> model);
	}

}
