package org.briefdesk.briefing;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.Person;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A panelist is introduced by title and organisation; a pack without them looks unfinished. */
@Component
@Order(30)
public class IncompletePanelistRule implements BriefingCheckRule {

	static final String ID = "incomplete-panelist";

	@Override
	public List<Finding> check(CheckContext context) {
		List<Finding> findings = new ArrayList<>();
		List<Panelist> panel = context.briefing().panelists();
		for (int i = 0; i < panel.size(); i++) {
			Person person = context.contents().people().get(panel.get(i).personId());
			if (person == null) {
				continue;
			}
			boolean noTitle = person.title() == null || person.title().isBlank();
			boolean noOrganisation = person.organisationId() == null || person.organisationId().isBlank();
			if (!noTitle && !noOrganisation) {
				continue;
			}
			String missing = noTitle && noOrganisation ? "no title and no organisation"
					: noTitle ? "no title" : "no organisation";
			findings.add(Finding.warning(ID, Where.panelist(i + 1, person.id()),
					person.name() + " has " + missing + "; `person edit " + person.id() + "` can add "
							+ (noTitle && noOrganisation ? "them" : "it")));
		}
		return findings;
	}

}
