package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.render.preview.BriefingPreview;
import org.briefdesk.system.DisplayWidth;
import org.junit.jupiter.api.Test;

/** The terminal preview: the pack as it will read, wrapped to the width, in the briefing's section order. */
class BriefingPreviewTest {

	private final Fixture fixture = new Fixture();

	private String preview(int width) {
		BriefingContents contents = this.fixture.contents();
		PackModel model = new BriefingPackModels(null, Clock.systemUTC()).build(contents, LocalDate.of(2026, 11, 24));
		return BriefingPreview.render(contents.briefing().sections(), model, width);
	}

	@Test
	void theCoverShowsTitleDateTimePlaceAndCoChairs() {
		String preview = preview(100);
		assertThat(preview).contains("BRIEFING TO MEMBER STATES ON THE WORK OF ICAT")
			.contains("Tuesday, 3 October 2023, 13:15–14:30 (CEST)")
			.contains("Vienna International Centre, Austria")
			.contains("Co-chairs: IOM and OSRSG-VAC");
	}

	@Test
	void sectionsFollowTheBriefingsOrderUnderTheirHeadings() {
		this.fixture.briefing.sections(List.of(SectionKind.COVER, SectionKind.TALKING_POINTS, SectionKind.PURPOSE));
		String preview = preview(100);
		assertThat(preview.indexOf("Talking points\n")).isPositive().isLessThan(preview.indexOf("Purpose and background\n"));
		assertThat(preview).doesNotContain("Key figures").doesNotContain("Sources\n");
	}

	@Test
	void figuresCarryTheirNoteAndSourcesAreNumbered() {
		String preview = preview(100);
		assertThat(preview).contains("• One in three detected victims is a child. [1]")
			.contains("• 31 organizations — ICAT's membership has grown to 31 organizations. [1]")
			.contains("[1] UNODC, “Global Report on Trafficking in Persons”, 2022. https://www.unodc.org/glotip")
			.contains("[2] UNODC, 3 October 2023");
	}

	@Test
	void anUnsourcedFigureSaysSo() {
		this.fixture.statistic(new org.briefdesk.facts.Statistic("one-in-three", "One in three.", null, null, null,
				null, org.briefdesk.facts.PartialDate.parse("2023"), null, List.of(), null));
		assertThat(preview(100)).contains("• One in three. [no source]");
	}

	@Test
	void noLineIsWiderThanTheWidth() {
		for (int width : new int[] { 40, 60, 100 }) {
			assertThat(preview(width).lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line)
				.isLessThanOrEqualTo(width));
		}
	}

	@Test
	void anEmptySectionIsShownAsEmpty() {
		this.fixture.briefing.logistics(List.of());
		assertThat(preview(100)).contains("Logistics\n─────────\n  (empty)\n");
	}

	@Test
	void namesInEveryScriptKeepThePanelTableAligned() {
		PackModel model = SamplePacks.manyScripts();
		String preview = BriefingPreview.render(List.of(SectionKind.PANELISTS), model, 120);
		List<String> table = preview.lines().filter(line -> line.startsWith("  ┌") || line.startsWith("  │")
				|| line.startsWith("  ├") || line.startsWith("  └")).toList();
		assertThat(preview).contains("王芳").contains("Григорий Лукьянцев").contains("Åsa Regner").contains("غادة والي");
		int width = DisplayWidth.of(table.get(0));
		assertThat(table).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isEqualTo(width));
	}

}
