package org.briefdesk.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModel.AgendaItem;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.NumberedText;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.Paragraph;
import org.briefdesk.render.PackModel.QuoteView;
import org.briefdesk.render.PackModel.SourceView;
import org.briefdesk.render.SamplePacks;

/**
 * A long pack for the benchmark and for page-layout tests: the many-scripts pack grown to
 * about ten pages (Latin with diacritics, Greek, Cyrillic, Arabic; Chinese on request).
 */
final class BenchPacks {

	private BenchPacks() {
	}

	static PackModel tenPages(boolean withChinese) {
		PackModel base = SamplePacks.manyScripts();
		List<Paragraph> purpose = new ArrayList<>(base.purpose());
		for (int i = 1; i <= 6; i++) {
			purpose.add(new Paragraph("Paragraph " + i + ": the Group's membership has grown to include 31 organizations, all"
					+ " with different mandates, expertise and advantages, contributing to the comprehensiveness of the"
					+ " policy guidance that the Group produces. Throughout the year, ICAT has paid particular attention to"
					+ " child protection as a cross-cutting theme of all of its activities, and to the engagement of survivors."));
		}
		List<AgendaItem> programme = new ArrayList<>();
		for (int i = 0; i < 18; i++) {
			programme.add(new AgendaItem(String.format("%02d:%02d", 9 + i / 4, (i % 4) * 15),
					"Agenda item " + (i + 1) + ": exchange on multi-stakeholder cooperation and the ICAT Plan of Action",
					"Grzegorz Poznański, Åsa Regner"));
		}
		List<PanelistView> panelists = new ArrayList<>();
		for (PanelistView panelist : base.panelists()) {
			if (withChinese || !panelist.id().equals("wang-fang")) {
				panelists.add(panelist);
			}
		}
		int number = panelists.size();
		for (int i = 0; i < 14; i++) {
			PanelistView template = panelists.get(i % 6);
			number++;
			panelists.add(new PanelistView(number, template.role(), template.id() + "-" + i, template.honorific(),
					template.name(), template.fullName(), template.title(), template.organisation(),
					template.organisationAcronym(), "Has worked on anti-trafficking policy for many years."));
		}
		List<FigureView> figures = new ArrayList<>();
		List<SourceView> sources = new ArrayList<>();
		for (int i = 1; i <= 16; i++) {
			figures.add(new FigureView(i, "Figure " + i + ": one in three detected victims of trafficking is a child.",
					i + " in " + (i + 2), "UNODC, Global Report on Trafficking in Persons 2022", "2022"));
			sources.add(new SourceView(i, "UNODC, Global Report on Trafficking in Persons 2022, chapter " + i
					+ ", Vienna, January 2023", "https://www.unodc.org/unodc/data-and-analysis/glotip.html"));
		}
		List<QuoteView> quotes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			quotes.add(new QuoteView("Coordinated responses are needed to stop traffickers from exploiting the vulnerable,"
					+ " and to protect victims and survivors in times of crisis.", "Ghada Waly",
					"Executive Director, UNODC", "15 December 2020", "ICAT Principals meeting", i + 1));
		}
		List<NumberedText> talkingPoints = new ArrayList<>();
		for (int i = 1; i <= 14; i++) {
			talkingPoints.add(new NumberedText(i, "Talking point " + i
					+ ": ICAT is the UN's policy forum for a coordinated, 'One UN' response to trafficking in persons."));
		}
		return new PackModel(base.title(), base.subtitle(), "bench-ten-pages", base.language(), base.issuedBy(),
				base.event(), base.chair(), base.moderator(), base.coChairs(), purpose, programme, panelists,
				base.prioritySet(), base.priorities(), figures, quotes, talkingPoints, base.logistics(), sources,
				base.generatedOn(), base.generatedOnIso());
	}

}
