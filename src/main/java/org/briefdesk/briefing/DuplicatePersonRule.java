package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.facts.Person;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A person listed twice on the panel is a slip: the pack would introduce them twice. */
@Component
@Order(60)
public class DuplicatePersonRule implements BriefingCheckRule {

	static final String ID = "person-listed-twice";

	@Override
	public List<Finding> check(CheckContext context) {
		Map<String, List<Integer>> positions = new LinkedHashMap<>();
		List<Panelist> panel = context.briefing().panelists();
		for (int i = 0; i < panel.size(); i++) {
			positions.computeIfAbsent(panel.get(i).personId(), id -> new ArrayList<>()).add(i + 1);
		}
		List<Finding> findings = new ArrayList<>();
		positions.forEach((personId, at) -> {
			if (at.size() < 2) {
				return;
			}
			String name = context.contents().person(personId).map(Person::name).orElse(personId);
			List<String> numbers = at.stream().map(n -> "#" + n).toList();
			findings.add(Finding.error(ID, Where.panelist(at.get(0), personId),
					name + " is on the panel " + at.size() + " times (" + String.join(", ", numbers)
							+ "); `briefing panelist remove " + at.get(at.size() - 1) + "` removes the last"));
		});
		return findings;
	}

}
