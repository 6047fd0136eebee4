package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SourceRefTest {

	private static final PartialDate OCTOBER_3 = PartialDate.parse("2023-10-03");

	@Test
	void theCitationIsPublisherTitleInTypographicQuotesAndDateSpelledOut() {
		assertThat(new SourceRef("Briefing on ICAT", "UNODC", OCTOBER_3, null).citation())
			.isEqualTo("UNODC, “Briefing on ICAT”, 3 October 2023");
		assertThat(new SourceRef(null, "CBSS", PartialDate.parse("2020-12"), null).citation())
			.isEqualTo("CBSS, December 2020");
		assertThat(new SourceRef(null, null, OCTOBER_3, "https://x.org").citation()).isEmpty();
	}

	@Test
	void theSameDocumentWrittenWithOtherCaseAccentsOrPunctuationHasOneIdentity() {
		SourceRef one = new SourceRef("The CBSS becomes part of the UN’s ICAT", "CBSS", PartialDate.parse("2020-12"), null);
		SourceRef other = new SourceRef("the cbss becomes part of the UN's ICAT.", " cbss ", PartialDate.parse("2020-12"),
				"");
		assertThat(one.identity()).isEqualTo(other.identity()).isNotEmpty();
		assertThat(one.identity()).isNotEqualTo(new SourceRef(one.title(), "CBSS", PartialDate.parse("2020"), null).identity());
	}

	@Test
	void aUrlIsTheIdentityWhateverTheSchemeWwwCaseOrTrailingSlash() {
		SourceRef one = new SourceRef("Global Report", "UNODC", PartialDate.parse("2022"), "https://www.unodc.org/GLOTIP/");
		SourceRef other = new SourceRef("GLOTIP", null, null, "http://unodc.org/glotip#top");
		assertThat(one.identity()).isEqualTo(other.identity());
	}

	@Test
	void noSourceHasNoIdentity() {
		assertThat(new SourceRef(" ", null, OCTOBER_3, null).identity()).isEmpty();
	}

	@Test
	void aFigureIsQualifierValueAndUnitInOnePhrase() {
		Statistic moreThan20 = new Statistic("s", "More than 20.", "more than", new BigDecimal("20.000000"),
				"organisations", null, "CBSS", PartialDate.parse("2020-12"), null, null, List.of(), null);
		assertThat(moreThan20.figure()).isEqualTo("more than 20 organisations");
		Statistic outOf23 = new Statistic("s", "21 of 23.", null, new BigDecimal("21"), "of 23 organisations", null, "ICAT",
				PartialDate.parse("2018"), null, null, List.of(), null);
		assertThat(outOf23.figure()).isEqualTo("21 of 23 organisations");
		Statistic noNumber = new Statistic("s", "One in three.", "about", null, "victims", null, "UNODC",
				PartialDate.parse("2023"), null, null, List.of(), null);
		assertThat(noNumber.figure()).isEmpty();
	}

}
