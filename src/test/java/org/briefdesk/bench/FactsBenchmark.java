package org.briefdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.briefdesk.BriefdeskApplication;
import org.briefdesk.facts.FactRepositories;
import org.briefdesk.facts.FactSearch;
import org.briefdesk.facts.LibraryBackups;
import org.briefdesk.facts.LibraryImporter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The fact library's speed with 100,000 facts (a benchmark, not a test; run by
 * {@code bench/facts.sh}): {@code search} latency (p50, p95, max over many queries) and
 * the import of 10,000 people from one YAML file (backup, checks and writes included).
 * Every fact goes in through the importer, as a user's would.
 */
public final class FactsBenchmark {

	private static final String[] SYLLABLES = { "an", "be", "ko", "lu", "ma", "ni", "ro", "sa", "te", "vi", "za", "ńa",
			"ål", "ės", "öz", "çi", "ka", "po", "zn", "ski" };

	private static final String[] WORDS = { "trafficking", "victims", "children", "cooperation", "survivors", "data",
			"migration", "protocol", "partnership", "prevention", "prosecution", "protection", "demand", "labour",
			"exploitation", "supply", "chains", "research", "policy", "regional" };

	private final Random random = new Random(42);

	public static void main(String[] args) throws Exception {
		int facts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		new FactsBenchmark().run(facts);
	}

	private void run(int total) throws Exception {
		Path home = Files.createTempDirectory("briefdesk-bench");
		Path data = Files.createTempDirectory("briefdesk-bench-data");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BriefdeskApplication.class)
			.properties("briefdesk.runner.enabled=false", "briefdesk.home=" + home, "logging.threshold.console=OFF",
					"spring.main.banner-mode=off")
			.logStartupInfo(false)
			.run()) {
			LibraryImporter importer = context.getBean(LibraryImporter.class);
			FactRepositories repositories = context.getBean(FactRepositories.class);
			FactSearch search = context.getBean(FactSearch.class);
			LibraryBackups backups = context.getBean(LibraryBackups.class);

			int organisations = total / 20;
			int events = total / 10;
			int statistics = total / 10;
			int quotes = total * 15 / 100;
			int prioritySets = total / 100;
			int people = total - organisations - events - statistics - quotes - prioritySets;
			long start = System.nanoTime();
			writeLibrary(data, organisations, people, events, statistics, quotes, prioritySets);
			importer.importPath(data, false);
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			int stored = repositories.counts().values().stream().mapToInt(Integer::intValue).sum();

			List<String> queries = queries();
			for (int i = 0; i < 50; i++) {
				search.search(queries.get(i % queries.size()), List.of(), FactSearch.DEFAULT_LIMIT);
			}
			List<Double> millis = new ArrayList<>();
			for (int round = 0; round < 10; round++) {
				for (String query : queries) {
					long t = System.nanoTime();
					search.search(query, List.of(), FactSearch.DEFAULT_LIMIT);
					millis.add((System.nanoTime() - t) / 1e6);
				}
			}
			Collections.sort(millis);

			long backupStart = System.nanoTime();
			backups.backup("bench");
			double backupSeconds = (System.nanoTime() - backupStart) / 1e9;

			Path newPeople = Files.createTempDirectory("briefdesk-bench-import").resolve("people.yaml");
			StringBuilder yaml = new StringBuilder("people:\n");
			for (int i = 0; i < 10_000; i++) {
				yaml.append("  - id: new-person-").append(i).append("\n    name: ").append(name(2)).append(' ')
					.append(name(3)).append("\n    title: ").append(words(3)).append("\n    organisation: org-")
					.append(this.random.nextInt(organisations)).append("\n    email: p").append(i)
					.append("@example.org\n");
			}
			Files.writeString(newPeople, yaml, StandardCharsets.UTF_8);
			long importStart = System.nanoTime();
			LibraryImporter.Result result = importer.importPath(newPeople, false);
			double importSeconds = (System.nanoTime() - importStart) / 1e9;

			System.out.printf("facts stored before the import: %,d (loaded through the importer in %.1f s)%n", stored,
					loadSeconds);
			System.out.printf("search over %,d queries: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", millis.size(),
					percentile(millis, 50), percentile(millis, 95), millis.get(millis.size() - 1));
			System.out.printf("import of %s (%,d bytes of YAML): %.2f s, of which the backup before it about %.2f s%n",
					result.summary(), Files.size(newPeople), importSeconds, backupSeconds);
		}
	}

	private List<String> queries() {
		List<String> queries = new ArrayList<>(List.of("poznanski", "asa", "machaidze", "richey", "vienna",
				"one in three", "children victims", "unodc", "no-such-thing-anywhere", "2023"));
		for (int i = 0; i < 40; i++) {
			queries.add(i % 2 == 0 ? SYLLABLES[this.random.nextInt(SYLLABLES.length)] + SYLLABLES[this.random.nextInt(SYLLABLES.length)]
					: WORDS[this.random.nextInt(WORDS.length)]);
		}
		return queries;
	}

	private void writeLibrary(Path data, int organisations, int people, int events, int statistics, int quotes,
			int prioritySets) throws Exception {
		StringBuilder text = new StringBuilder("organisations:\n");
		for (int i = 0; i < organisations; i++) {
			text.append("  - id: org-").append(i).append("\n    acronym: O").append(i).append("\n    name: ")
				.append("Organisation for ").append(words(3)).append(' ').append(i).append("\n    kind: regional organisation\n");
		}
		write(data, "1-organisations.yaml", text);
		// people in files under the 10 MB limit
		int perFile = 40_000;
		for (int file = 0; file * perFile < people; file++) {
			text = new StringBuilder("people:\n");
			for (int i = file * perFile; i < Math.min(people, (file + 1) * perFile); i++) {
				text.append("  - id: person-").append(i).append("\n    honorific: Ms\n    name: ").append(name(2))
					.append(' ').append(name(3)).append("\n    title: ").append(words(4)).append("\n    organisation: org-")
					.append(this.random.nextInt(organisations)).append('\n');
			}
			write(data, "2-people-" + file + ".yaml", text);
		}
		text = new StringBuilder("events:\n");
		for (int i = 0; i < events; i++) {
			text.append("  - id: event-").append(i).append("\n    title: Briefing on ").append(words(3))
				.append("\n    date: ").append(2000 + this.random.nextInt(26)).append("-0").append(1 + this.random.nextInt(9))
				.append("-1").append(this.random.nextInt(9)).append("\n    city: ").append(name(3))
				.append("\n    chair: person-").append(this.random.nextInt(people)).append("\n    hosts: [org-")
				.append(this.random.nextInt(organisations)).append("]\n    speakers: [person-")
				.append(this.random.nextInt(people)).append("]\n    series: series-").append(i % 50).append('\n');
		}
		write(data, "3-events.yaml", text);
		text = new StringBuilder("statistics:\n");
		for (int i = 0; i < statistics; i++) {
			text.append("  - id: stat-").append(i).append("\n    statement: ").append(words(12)).append("\n    value: ")
				.append(this.random.nextInt(1000)).append("\n    publisher: O").append(this.random.nextInt(organisations))
				.append("\n    source-date: ").append(2000 + this.random.nextInt(26)).append("\n    tags: [")
				.append(WORDS[this.random.nextInt(WORDS.length)]).append("]\n");
		}
		write(data, "4-statistics.yaml", text);
		text = new StringBuilder("quotes:\n");
		for (int i = 0; i < quotes; i++) {
			text.append("  - id: quote-").append(i).append("\n    person: person-").append(this.random.nextInt(people))
				.append("\n    text: ").append(words(30)).append("\n    date: ").append(2000 + this.random.nextInt(26))
				.append("\n    occasion: ").append(words(3)).append('\n');
		}
		write(data, "5-quotes.yaml", text);
		text = new StringBuilder("priorities:\n");
		for (int i = 0; i < prioritySets; i++) {
			text.append("  - id: set-").append(i).append("\n    title: Priorities of ").append(words(2))
				.append("\n    owners: [org-").append(this.random.nextInt(organisations)).append("]\n    from: ")
				.append(2000 + this.random.nextInt(26)).append("\n    priorities:\n");
			for (int p = 0; p < 6; p++) {
				text.append("      - ").append(words(8)).append('\n');
			}
		}
		write(data, "6-priorities.yaml", text);
	}

	private static void write(Path data, String name, StringBuilder text) throws Exception {
		Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
	}

	private String name(int syllables) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < syllables; i++) {
			name.append(SYLLABLES[this.random.nextInt(SYLLABLES.length)]);
		}
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private String words(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : " ").append(WORDS[this.random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	private static double percentile(List<Double> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
