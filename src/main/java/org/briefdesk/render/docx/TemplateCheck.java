package org.briefdesk.render.docx;

import java.util.List;

import org.briefdesk.render.LetterModel;
import org.briefdesk.render.PackModel;
import org.briefdesk.system.BriefdeskException;

/**
 * What {@code template check} found in a Word template: every placeholder with where it is
 * and the field it reads, and every mistake (an unknown field, an unclosed block, a stray
 * brace, an expression poi-tl would print as is), in document order.
 *
 * @param template the template as the user named it
 * @param placeholders placeholders and mistakes, in document order
 * @param model the template data model it was checked against: {@link PackModel} for a
 * briefing pack's template, {@link LetterModel} for an invitation letter's
 */
public record TemplateCheck(String template, List<Placeholder> placeholders, Class<? extends Record> model) {

	/**
	 * One placeholder, or one mistake.
	 * @param where e.g. "body paragraph 12", "table 2 row 3 cell 1", "header", "footer"
	 * @param tag the placeholder as written, e.g. {@code {{event.title}}}; for a stray brace,
	 * the text around it
	 * @param field the model field it reads, e.g. {@code panelists[].fullName}; empty when none
	 * @param problem what is wrong and what to do; empty when it is fine
	 */
	public record Placeholder(String where, String tag, String field, String problem) {

		public boolean ok() {
			return this.problem.isEmpty();
		}

	}

	public TemplateCheck {
		placeholders = List.copyOf(placeholders);
	}

	/** A check of a pack template. */
	public TemplateCheck(String template, List<Placeholder> placeholders) {
		this(template, placeholders, PackModel.class);
	}

	/** Whether it was checked as an invitation letter's template. */
	public boolean isLetter() {
		return this.model == LetterModel.class;
	}

	public List<Placeholder> problems() {
		return this.placeholders.stream().filter(placeholder -> !placeholder.ok()).toList();
	}

	public boolean ok() {
		return problems().isEmpty();
	}

	/** The one line a failing check or export prints: the first mistake, where, and how many more. */
	public String firstProblem() {
		List<Placeholder> problems = problems();
		if (problems.isEmpty()) {
			return "";
		}
		Placeholder first = problems.get(0);
		String line = this.template + ": " + first.where() + ": " + first.problem();
		if (problems.size() > 1) {
			line += " (and " + (problems.size() - 1) + " more; `template check " + this.template + "` lists them)";
		}
		return line;
	}

	/** Fails with {@link #firstProblem()} when the template has a mistake. */
	public void throwIfWrong() {
		if (!ok()) {
			throw new BriefdeskException(firstProblem());
		}
	}

}
