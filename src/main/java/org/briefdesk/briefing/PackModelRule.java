package org.briefdesk.briefing;

import java.util.List;

import org.briefdesk.render.PackModelCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the output formats cannot print ({@link PackModelCheck} beans, e.g. the PDF engine's
 * "a character no font has"), as errors of {@code briefing check}: the engines check the pack
 * model, and this rule says it of the briefing, so that render never depends on briefing.
 */
@Component
@Order(80)
class PackModelRule implements BriefingCheckRule {

	private final List<PackModelCheck> checks;

	PackModelRule(ObjectProvider<PackModelCheck> checks) {
		this.checks = checks.orderedStream().toList();
	}

	@Override
	public List<Finding> check(CheckContext context) {
		if (this.checks.isEmpty()) {
			return List.of();
		}
		return this.checks.stream()
			.flatMap(check -> check.check(context.packModel()).stream())
			.map(problem -> Finding.error(problem.rule(), problem.field(), problem.message()))
			.toList();
	}

}
