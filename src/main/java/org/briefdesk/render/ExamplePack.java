package org.briefdesk.render;

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
 * A small pack built into the program, with every field filled, from the 2023 Vienna
 * briefing of the sample material: the examples {@code template fields} shows when no
 * briefing is named. It is an illustration, not library data.
 */
public final class ExamplePack {

	private ExamplePack() {
	}

	public static PackModel model() {
		EventView event = new EventView("icat-briefing-2023-10-03",
				"Briefing on the Inter-Agency Coordination Group against Trafficking in Persons",
				"Briefing to Member States", "Tuesday, 3 October 2023", "2023-10-03", "13:15–14:30 (CEST)",
				"Vienna International Centre", "Vienna", "Austria", "Vienna International Centre, Vienna, Austria",
				"13th meeting of the Working Group on Trafficking in Persons", "icat-briefings", "IOM and OSRSG-VAC");
		PersonView chair = new PersonView("hanna-antonova", "Ms.", "Hanna Antonova", "Ms. Hanna Antonova",
				"Representative", "International Organization for Migration", "IOM",
				"Represents IOM, co-chair of ICAT in 2023.");
		PersonView moderator = new PersonView("mukundi-mutasa", "Mr.", "Mukundi Mutasa", "Mr. Mukundi Mutasa",
				"ICAT Secretariat", "United Nations Office on Drugs and Crime", "UNODC", "");
		return new PackModel("Briefing to Member States on the work of ICAT", "Current priorities and the 2023 co-chairs",
				"icat-briefing-2023", "en", "ICAT Secretariat", event, chair, moderator,
				List.of(new OrganisationView("iom", "IOM", "International Organization for Migration",
						"UN related organization")),
				List.of(new Paragraph("ICAT briefs Member States and practitioners on its work and current priorities.")),
				List.of(new AgendaItem("13:15", "Opening and purpose of the briefing", "Mukundi Mutasa")),
				List.of(new PanelistView(1, "Co-chair", "hanna-antonova", "Ms.", "Hanna Antonova", "Ms. Hanna Antonova",
						"Representative", "International Organization for Migration", "IOM",
						"Represents IOM, co-chair of ICAT in 2023.")),
				new PrioritySetView("Priorities of ICAT in 2023", "IOM and OSRSG-VAC", "2023"),
				List.of(new NumberedText(1, "Human trafficking data and research")),
				List.of(new FigureView(1, "One in three detected victims of trafficking is a child.", "1 in 3",
						"UNODC, Briefing on ICAT, 3 October 2023", "2023")),
				List.of(new QuoteView(
						"One in three detected victims is a child. As such, anti-trafficking communities need to step up efforts to prevent and end child trafficking.",
						"Tea Machaidze", "Representative, OSRSG-VAC", "3 October 2023", "Briefing on ICAT, Vienna", 1)),
				List.of(new NumberedText(1,
						"ICAT is the UN's policy forum for a coordinated, 'One UN' response to trafficking.")),
				List.of(new Paragraph("Room M3, Vienna International Centre. Bring a valid grounds pass.")),
				List.of(new SourceView(1,
						"UNODC, \"Briefing on the Inter-Agency Coordination Group against Trafficking in Persons\", Vienna, 3 October 2023",
						"https://www.unodc.org/")),
				"24 November 2026", "2026-11-24");
	}

}
