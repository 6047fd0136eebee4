package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTablesTest {

	@Test
	void everyLineOfATableWithNamesInManyScriptsTakesTheSameColumns() {
		String table = TextTables.render(List.of("Name", "Organisation"),
				List.of(List.of("Grzegorz Poznański", "CBSS"), List.of("Åsa Regner", "UN Women"),
						List.of("Григорий Лукьянцев", "МИД"), List.of("王芳", "中华人民共和国外交部"),
						List.of("Ελένη Παπαδοπούλου", "Υπουργείο Εξωτερικών")),
				80);
		List<String> lines = table.lines().toList();
		int width = DisplayWidth.of(lines.get(0));
		assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isEqualTo(width));
		assertThat(table).contains("王芳").contains("Poznański").contains("Лукьянцев");
	}

	@Test
	void theColumnBarsLineUpUnderTheHeader() {
		String table = TextTables.render(List.of("Name", "Org"), List.of(List.of("王芳", "MFA"), List.of("Ann", "UN")), 40);
		List<String> lines = table.lines().toList();
		int header = columnOfSecondBar(lines.get(1));
		assertThat(lines.subList(3, lines.size() - 1)).allSatisfy(line -> assertThat(columnOfSecondBar(line)).isEqualTo(header));
	}

	@Test
	void aTableNarrowerThanItsTextWrapsWithinTheWidth() {
		String table = TextTables.render(List.of("Statement"),
				List.of(List.of("Half of the detected victims of trafficking are women, and one third are children.")), 30);
		assertThat(table.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(30));
	}

	private static int columnOfSecondBar(String line) {
		int bars = 0;
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == '│') {
				bars++;
				if (bars == 2) {
					return DisplayWidth.of(line.substring(0, i));
				}
			}
		}
		return -1;
	}

	@Test
	void idsAreNotBrokenWhenEveryColumnFitsItsLongestWord() {
		String table = TextTables.render(List.of("Id", "Date", "Title", "Event"),
				List.of(List.of("oas-unodc-cochairpersonship-2025", "2024-12", "OAS–UNODC co-chairpersonship of ICAT, 2025",
						"icat-representatives-2024-12")),
				100);
		assertThat(table).contains("oas-unodc-cochairpersonship-2025").contains("icat-representatives-2024-12");
		assertThat(table.lines()).allMatch(line -> DisplayWidth.of(line) <= 100);
	}

}
