package org.briefdesk.render;

import java.util.List;

import org.briefdesk.render.PackModel.AgendaItem;
import org.briefdesk.render.PackModel.EventView;
import org.briefdesk.render.PackModel.FigureView;
import org.briefdesk.render.PackModel.NumberedText;
import org.briefdesk.render.PackModel.OrganisationView;
import org.briefdesk.render.PackModel.PanelistView;
import org.briefdesk.render.PackModel.Paragraph;
import org.briefdesk.render.PackModel.PrioritySetView;
import org.briefdesk.render.PackModel.QuoteView;
import org.briefdesk.render.PackModel.SourceView;

/**
 * A small pack built into the program, from the 2023 ICAT briefing of the sample material,
 * with the values that briefing has (online on KNOWTS, no time or moderator given by the
 * source): the examples {@code template fields} shows when the sample briefing is gone. It says
 * nothing that the seed document does not say.
 */
public final class ExamplePack {

	private static final String KNOWTS = "Online, on UNODC's Knowledge Hub on Human Trafficking and Migrant Smuggling (KNOWTS)";

	private ExamplePack() {
	}

	public static PackModel model() {
		EventView event = new EventView("icat-briefing-2023-10-03",
				"Briefing on the Inter-Agency Coordination Group against Trafficking in Persons",
				"Briefing to Member States", "Tuesday, 3 October 2023", "2023-10-03", "", KNOWTS, "", "", KNOWTS,
				"13th meeting of the Working Group on Trafficking in Persons", "icat-briefings", "IOM and OSRSG-VAC",
				"ICAT");
		return PackModel.of("Briefing to Member States on the work of ICAT",
				"Current priorities and the 2023 co-chairs, IOM and OSRSG-VAC", "icat-briefing-2023", "en", "ICAT",
				event, null, null,
				List.of(new OrganisationView("iom", "IOM", "International Organization for Migration",
						"UN related organization"),
						new OrganisationView("osrsg-vac", "OSRSG-VAC",
								"Office of the Special Representative of the Secretary-General on Violence against Children",
								"UN entity")),
				List.of(new OrganisationView("icat", "ICAT",
						"Inter-Agency Coordination Group against Trafficking in Persons", "Coordination group")),
				List.of(new Paragraph("ICAT briefs Member States and practitioners on its work and current priorities.")),
				List.of(new AgendaItem("", "Child protection, a cross-cutting theme of all of ICAT's activities",
						"Tea Machaidze")),
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
						"ICAT provides the 'One UN' approach to a holistic response to human trafficking.")),
				List.of(new Paragraph(KNOWTS + ".")),
				List.of(new SourceView(1,
						"UNODC, \"Briefing on the Inter-Agency Coordination Group against Trafficking in Persons\", Vienna, 3 October 2023",
						"https://www.unodc.org/")),
				"24 November 2026", "2026-11-24");
	}

}
