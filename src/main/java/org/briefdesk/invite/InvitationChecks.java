package org.briefdesk.invite;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.facts.Problem;
import org.springframework.stereotype.Service;

/**
 * {@code invite check}: runs every {@link InvitationCheck} over an event's list and the
 * template folder its letters would use, after validating the folder's forms of address.
 */
@Service
public class InvitationChecks {

	private final InviteeRepository invitees;

	private final List<InvitationCheck> checks;

	public InvitationChecks(InviteeRepository invitees, List<InvitationCheck> checks) {
		this.invitees = invitees;
		this.checks = List.copyOf(checks);
	}

	/** What the check of one event found. */
	public record Report(String eventId, int invitees, String templates, List<InvitationFinding> findings) {

		public Report {
			findings = List.copyOf(findings);
		}

		public long errors() {
			return this.findings.stream().filter(finding -> finding.severity() == InvitationFinding.Severity.ERROR).count();
		}

		public long warnings() {
			return this.findings.size() - errors();
		}

		public boolean ok() {
			return errors() == 0;
		}

	}

	/** The check of the Word letters: what only a PDF would get wrong is a warning. */
	public Report check(String eventId, InvitationTemplates templates) {
		return check(eventId, templates, false);
	}

	/**
	 * @param pdf whether PDF letters are meant: what only the PDF would get wrong (a character
	 * no PDF font has) is then an error
	 */
	public Report check(String eventId, InvitationTemplates templates, boolean pdf) {
		List<Invitee> list = this.invitees.findByEvent(eventId);
		List<InvitationFinding> findings = new ArrayList<>();
		FormsOfAddress forms = null;
		try {
			forms = templates.formsOfAddress();
		}
		catch (InvalidFormsOfAddressException invalid) {
			for (Problem problem : invalid.problems()) {
				findings.add(InvitationFinding.error("forms-of-address", problem.line() > 0 ? problem.file() + ":" + problem.line()
						: problem.file(), problem.message()));
			}
		}
		InvitationCheckContext context = new InvitationCheckContext(eventId, list, templates,
				forms != null ? forms : FormsOfAddressFile.builtIn(), pdf);
		for (InvitationCheck check : this.checks) {
			if (forms == null && check.needsFormsOfAddress()) {
				continue;
			}
			findings.addAll(check.check(context));
		}
		return new Report(eventId, list.size(), templates.name(), findings);
	}

}
