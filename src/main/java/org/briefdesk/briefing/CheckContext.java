package org.briefdesk.briefing;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.briefdesk.render.PackModel;

/**
 * What a check rule sees: the briefing with its facts, the settings of this run, and (built
 * only when a rule asks) the pack model the exports would render.
 */
public final class CheckContext {

	private final BriefingContents contents;

	private final int staleFigureYears;

	private final LocalDate today;

	private final Supplier<PackModel> model;

	private PackModel builtModel;

	public CheckContext(BriefingContents contents, int staleFigureYears, LocalDate today, Supplier<PackModel> model) {
		this.contents = contents;
		this.staleFigureYears = staleFigureYears;
		this.today = today;
		this.model = model;
	}

	public BriefingContents contents() {
		return this.contents;
	}

	public Briefing briefing() {
		return this.contents.briefing();
	}

	/** A figure whose source is more than this many years older than the event is stale. */
	public int staleFigureYears() {
		return this.staleFigureYears;
	}

	/** The day the check runs. */
	public LocalDate today() {
		return this.today;
	}

	/** The pack model as an export would render it now. */
	public synchronized PackModel packModel() {
		if (this.builtModel == null) {
			this.builtModel = this.model.get();
		}
		return this.builtModel;
	}

}
