package org.briefdesk.render;

import java.util.ArrayList;
import java.util.List;

import org.briefdesk.render.PackModel.AgendaItem;
import org.briefdesk.render.PackModel.EventView;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.NumberedText;
import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.Paragraph;
import org.briefdesk.render.PackModel.PersonView;
import org.briefdesk.render.PackModel.PrioritySetView;
import org.briefdesk.render.PackModel.QuoteView;
import org.briefdesk.render.PackModel.SourceView;

/**
 * Packs for render tests, built in code so that engines can be tested without a library:
 * the 3 October 2023 Vienna briefing, and a pack whose names span Latin with diacritics,
 * Greek, Cyrillic, Arabic and Chinese.
 */
public final class SamplePacks {

	private SamplePacks() {
	}

	public static PackModel vienna2023() {
		EventView event = new EventView("vienna-2023-10-03", "Briefing on the Inter-Agency Coordination Group against Trafficking in Persons",
				"Briefing to Member States", "Tuesday, 3 October 2023", "2023-10-03", "13:15–14:30 (CEST)",
				"Vienna International Centre", "Vienna", "Austria", "Vienna International Centre, Vienna, Austria",
				"13th meeting of the Working Group on Trafficking in Persons", "icat-briefings", "IOM and OSRSG-VAC");
		PersonView nobody = new PersonView("", "", "", "", "", "", "", "");
		List<PanelistView> panelists = List.of(
				panelist(1, "Speaker", "mukundi-mutasa", "Mr.", "Mukundi Mutasa", "ICAT Secretariat",
						"United Nations Office on Drugs and Crime", "UNODC", ""),
				panelist(2, "Co-chair", "hanna-antonova", "Ms.", "Hanna Antonova", "Representative",
						"International Organization for Migration", "IOM", ""),
				panelist(3, "Co-chair", "tea-machaidze", "Ms.", "Tea Machaidze", "Representative",
						"Office of the Special Representative of the Secretary-General on Violence against Children",
						"OSRSG-VAC", ""));
		List<FigureView> figures = List.of(
				new FigureView(1, "One in three detected victims of trafficking is a child.", "1 in 3",
						"UNODC, Briefing on ICAT, 3 October 2023", "2023"),
				new FigureView(2, "ICAT's membership has grown to 31 organizations.", "31",
						"UNODC, Briefing on ICAT, 3 October 2023", "2023"));
		List<SourceView> sources = List.of(
				new SourceView(1, "UNODC, \"Briefing on the Inter-Agency Coordination Group against Trafficking in Persons\", Vienna, 3 October 2023", ""),
				new SourceView(2, "UNODC, \"Briefing on the Inter-Agency Coordination Group against Trafficking in Persons\", Vienna, 3 October 2023", ""));
		return new PackModel("Briefing to Member States on the work of ICAT", "Current priorities and the 2023 co-chairs",
				"vienna-2023-briefing", "en", "ICAT Secretariat", event, nobody, nobody,
				List.of(new OrganisationView("iom", "IOM", "International Organization for Migration", "UN related organization"),
						new OrganisationView("osrsg-vac", "OSRSG-VAC",
								"Office of the Special Representative of the Secretary-General on Violence against Children", "UN entity")),
				List.of(new Paragraph("ICAT briefs Member States and practitioners on its work and current priorities."),
						new Paragraph("The briefing is held on the margins of the 13th meeting of the intergovernmental Working Group on Trafficking in Persons.")),
				List.of(new AgendaItem("13:15", "Opening and purpose of the briefing", "Mukundi Mutasa"),
						new AgendaItem("13:25", "The 2023 co-chairs: key actions under the ICAT Plan of Action", "Hanna Antonova, Tea Machaidze"),
						new AgendaItem("14:10", "Questions from Member States", ""),
						new AgendaItem("14:30", "Close", "")),
				panelists,
				new PrioritySetView("Priorities of ICAT in 2023", "IOM and OSRSG-VAC", "2023"),
				List.of(new NumberedText(1, "Human trafficking data and research"),
						new NumberedText(2, "Strengthening multidisciplinary partnerships"),
						new NumberedText(3, "Promoting survivor engagement"),
						new NumberedText(4, "Protecting victims' and survivors' rights"),
						new NumberedText(5, "Linkages between climate change and trafficking in persons"),
						new NumberedText(6, "Trafficking in persons in the context of humanitarian crises")),
				figures,
				List.of(new QuoteView("One in three detected victims is a child. As such, anti-trafficking communities need to step up efforts to prevent and end child trafficking.",
						"Tea Machaidze", "Representative, OSRSG-VAC", "3 October 2023", "Briefing on ICAT, Vienna", 1)),
				List.of(new NumberedText(1, "ICAT is the UN's policy forum for a coordinated, 'One UN' response to trafficking."),
						new NumberedText(2, "Child protection is a cross-cutting theme of all ICAT activities.")),
				List.of(new Paragraph("Room M3, Vienna International Centre. Bring a valid grounds pass.")),
				sources, "24 November 2026", "2026-11-24");
	}

	/** The Vienna pack with panelists whose names need more than Latin-1. */
	public static PackModel manyScripts() {
		PackModel base = vienna2023();
		List<PanelistView> panelists = new ArrayList<>(base.panelists());
		panelists.add(panelist(4, "Speaker", "grzegorz-poznanski", "Mr.", "Grzegorz Poznański", "Director General",
				"Council of the Baltic Sea States", "CBSS", ""));
		panelists.add(panelist(5, "Speaker", "asa-regner", "Ms.", "Åsa Regner", "Deputy Executive Director",
				"UN Women", "UN Women", ""));
		panelists.add(panelist(6, "Discussant", "grigory-lukiyantsev", "Mr.", "Григорий Лукьянцев", "Специальный представитель",
				"Министерство иностранных дел Российской Федерации", "МИД", ""));
		panelists.add(panelist(7, "Speaker", "ghada-waly", "Ms.", "غادة والي", "المديرة التنفيذية",
				"مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "UNODC", ""));
		panelists.add(panelist(8, "Speaker", "wang-fang", "Ms.", "王芳", "司长", "中华人民共和国外交部", "MFA", ""));
		panelists.add(panelist(9, "Discussant", "eleni-papadopoulou", "Ms.", "Ελένη Παπαδοπούλου", "Πρέσβυς",
				"Υπουργείο Εξωτερικών", "", ""));
		return new PackModel(base.title(), base.subtitle(), "many-scripts", base.language(), base.issuedBy(), base.event(),
				base.chair(), base.moderator(), base.coChairs(), base.purpose(), base.programme(), panelists,
				base.prioritySet(), base.priorities(), base.figures(), base.quotes(), base.talkingPoints(), base.logistics(),
				base.sources(), base.generatedOn(), base.generatedOnIso());
	}

	static PanelistView panelist(int number, String role, String id, String honorific, String name, String title,
			String organisation, String acronym, String bio) {
		return new PanelistView(number, role, id, honorific, name, (honorific + " " + name).strip(), title, organisation,
				acronym, bio);
	}

	/** The same pack issued by someone else (an empty issuer: nobody named). */
	public static PackModel withIssuer(PackModel pack, String issuer) {
		try {
			var components = PackModel.class.getRecordComponents();
			Object[] values = new Object[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = components[i].getName().equals("issuedBy") ? issuer
						: components[i].getAccessor().invoke(pack);
			}
			return PackModel.class.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
