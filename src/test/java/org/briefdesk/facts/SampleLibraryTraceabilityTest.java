package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * Every fact of the sample library (the data files as the program ships them) can be found
 * in one of its five source documents (src/test/resources/seeds/): each statistic's excerpt,
 * each quote's text, each person's name, honorific and title, each organisation's name and
 * acronym, each priority, each event's title and each briefing's issuer. Text is compared
 * after normalising what typing and typesetting change and a reader does not: runs of white
 * space are one space, typographic quotes, apostrophes and dashes are their plain forms,
 * accents and case do not count ("Poznański" finds "Poznanski").
 */
class SampleLibraryTraceabilityTest {

	private static final Pattern SPACE = Pattern.compile("\\s+");

	/** A document writes a small number as a word ("the three Vienna-based members"). */
	private static final Map<String, String> NUMBER_WORDS = Map.of("1", "one", "2", "two", "3", "three", "4", "four",
			"5", "five", "6", "six", "7", "seven", "8", "eight", "9", "nine", "10", "ten");

	/** Seed file name to normalised text. */
	private static final Map<String, String> SEEDS = new TreeMap<>();

	private static final Map<String, List<Map<String, Object>>> SECTIONS = new LinkedHashMap<>();

	@BeforeAll
	static void readSeedsAndSampleLibrary() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (Resource seed : resolver.getResources("classpath:seeds/*.txt")) {
			try (InputStream in = seed.getInputStream()) {
				SEEDS.put(seed.getFilename(), normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		Resource[] files = resolver.getResources("classpath*:briefdesk/data/*.yaml");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				Map<String, List<Map<String, Object>>> sections = new Yaml().load(in);
				sections.forEach((name, entries) -> SECTIONS.computeIfAbsent(name, k -> new ArrayList<>()).addAll(entries));
			}
		}
	}

	@Test
	void theFiveSeedsAndEverySectionOfTheSampleLibraryAreRead() {
		assertThat(SEEDS).hasSize(5);
		assertThat(SECTIONS).containsKeys("organisations", "people", "priorities", "statistics", "quotes", "events",
				"briefings", "chairpersonships");
	}

	@Test
	void everyStatisticsExcerptIsInASeedWithItsNumberAndQualifier() {
		List<Map<String, Object>> statistics = SECTIONS.get("statistics");
		assertThat(statistics).isNotEmpty().allSatisfy(statistic -> {
			String excerpt = text(statistic, "excerpt");
			assertThat(excerpt).as("excerpt of statistic %s", statistic.get("id")).isNotBlank();
			assertFound("statistic " + statistic.get("id"), excerpt);
			if (statistic.get("value") != null) {
				String value = statistic.get("value").toString();
				assertThat(normalised(excerpt)).as("statistic %s: its value is in its excerpt", statistic.get("id"))
					.containsAnyOf(value, NUMBER_WORDS.getOrDefault(value, value));
			}
			if (statistic.get("qualifier") != null) {
				assertThat(normalised(excerpt)).as("statistic %s: its qualifier is in its excerpt", statistic.get("id"))
					.contains(normalised(text(statistic, "qualifier")));
			}
		});
	}

	@Test
	void everyQuotesTextIsInASeedWordForWord() {
		assertThat(SECTIONS.get("quotes")).isNotEmpty()
			.allSatisfy(quote -> assertFound("quote " + quote.get("id"), text(quote, "text")));
	}

	@Test
	void everyPersonsNameHonorificAndTitleIsInASeed() {
		assertThat(SECTIONS.get("people")).isNotEmpty().allSatisfy(person -> {
			assertFound("person " + person.get("id"), text(person, "name"));
			if (person.get("honorific") != null) {
				// "H.E. Ambassador Alena Kupchyna", "Mr. Gehrke", "Ms Regner": before the name or the surname.
				String surname = text(person, "name").replaceAll(".* ", "");
				String honorific = text(person, "honorific");
				assertThat(seedOf(honorific + " " + text(person, "name")) != null || seedOf(honorific + " " + surname) != null)
					.as("person %s: \"%s\" is in none of the seeds before the name", person.get("id"), honorific)
					.isTrue();
			}
			if (person.get("title") != null) {
				assertFound("title of person " + person.get("id"), text(person, "title"));
			}
		});
	}

	@Test
	void everyOrganisationsNameAndAcronymIsInASeed() {
		assertThat(SECTIONS.get("organisations")).isNotEmpty().allSatisfy(organisation -> {
			assertFound("organisation " + organisation.get("id"), text(organisation, "name"));
			if (organisation.get("acronym") != null) {
				assertFound("acronym of organisation " + organisation.get("id"), text(organisation, "acronym"));
			}
		});
	}

	@Test
	void everyPriorityIsInASeed() {
		assertThat(SECTIONS.get("priorities")).isNotEmpty().allSatisfy(set -> {
			for (Object priority : (List<?>) set.get("priorities")) {
				assertFound("a priority of " + set.get("id"), priority.toString());
			}
		});
	}

	@Test
	void everyEventsTitleAndEveryBriefingsIssuerIsInASeed() {
		assertThat(SECTIONS.get("events")).isNotEmpty()
			.allSatisfy(event -> assertFound("event " + event.get("id"), text(event, "title")));
		SECTIONS.get("briefings")
			.stream()
			.filter(briefing -> briefing.get("issued-by") != null)
			.forEach(briefing -> assertFound("issuer of briefing " + briefing.get("id"), text(briefing, "issued-by")));
	}

	/**
	 * Each chairpersonship quotes in its notes the words it rests on: every quoted passage is in
	 * a seed, and the quotes name its organisations (by acronym) and the years it starts and ends.
	 */
	@Test
	void everyChairpersonshipRestsOnWordsOfASeedThatNameItsHoldersAndYears() {
		Map<String, String> acronyms = new TreeMap<>();
		SECTIONS.get("organisations").forEach(o -> acronyms.put(text(o, "id"),
				o.get("acronym") != null ? text(o, "acronym") : text(o, "name")));
		assertThat(SECTIONS.get("chairpersonships")).hasSize(3).allSatisfy(chairpersonship -> {
			String id = text(chairpersonship, "id");
			List<String> quoted = new ArrayList<>();
			java.util.regex.Matcher passage = QUOTED.matcher(text(chairpersonship, "notes"));
			while (passage.find()) {
				quoted.add(passage.group(1));
			}
			assertThat(quoted).as("quoted words in the notes of chairpersonship %s", id).isNotEmpty();
			quoted.forEach(words -> assertFound("chairpersonship " + id, words));
			String all = normalised(String.join(" ", quoted));
			for (Object organisation : (List<?>) chairpersonship.get("organisations")) {
				assertThat(all).as("chairpersonship %s: its quotes name %s", id, organisation)
					.contains(normalised(acronyms.get(organisation.toString())));
			}
			for (String key : List.of("from", "until")) {
				if (chairpersonship.get(key) != null) {
					assertThat(all).as("chairpersonship %s: its quotes name its '%s'", id, key)
						.contains(chairpersonship.get(key).toString());
				}
			}
		});
	}

	/** A passage in straight double quotes. */
	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

	/** So that a pack lists each document once, all facts from one document cite it alike. */
	@Test
	void theFactsFoundInOneSeedAllCiteItWithTheSameSourceFields() {
		Map<String, Set<String>> citationsBySeed = new TreeMap<>();
		List<Map<String, Object>> cited = new ArrayList<>(SECTIONS.get("statistics"));
		cited.addAll(SECTIONS.get("quotes"));
		for (Map<String, Object> fact : cited) {
			String words = fact.containsKey("excerpt") ? text(fact, "excerpt") : text(fact, "text");
			String seed = seedOf(words);
			String source = String.join(" | ", Objects.toString(fact.get("source"), ""),
					Objects.toString(fact.get("publisher"), ""), Objects.toString(fact.get("source-date"), ""),
					Objects.toString(fact.get("url"), ""));
			citationsBySeed.computeIfAbsent(seed, k -> new TreeSet<>()).add(source);
		}
		assertThat(citationsBySeed).hasSize(5)
			.allSatisfy((seed, sources) -> assertThat(sources).as("sources of the facts from %s", seed).hasSize(1));
	}

	private static void assertFound(String what, String words) {
		assertThat(seedOf(words)).as("%s: \"%s\" is in none of the seed texts", what, words).isNotNull();
	}

	private static String seedOf(String words) {
		String wanted = normalised(words);
		return SEEDS.entrySet().stream().filter(e -> e.getValue().contains(wanted)).map(Map.Entry::getKey).findFirst()
			.orElse(null);
	}

	private static String text(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		return value == null ? null : value.toString();
	}

	/** One space for any white space; plain quotes, apostrophes and hyphens; no accents; lower case. */
	static String normalised(String text) {
		String plain = text.replace('“', '"').replace('”', '"').replace('„', '"').replace('’', '\'').replace('‘', '\'')
			.replace('–', '-').replace('—', '-').replace('\u00a0', ' ');
		String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return SPACE.matcher(decomposed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

}
