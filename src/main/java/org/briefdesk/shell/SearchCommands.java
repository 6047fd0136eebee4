package org.briefdesk.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactSearch;
import org.briefdesk.facts.SearchIndex;
import org.briefdesk.system.UsageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code search TEXT}: facts of every kind, whatever the case and accents. */
@Component
public class SearchCommands {

	private final ObjectProvider<FactSearch> search;

	SearchCommands(ObjectProvider<FactSearch> search) {
		this.search = search;
	}

	@Command(name = "search", group = "Search", description = "Find facts of every kind by words",
			help = """
					Every word must occur; case and accents do not matter ("poznanski" finds
					Poznański, "asa" finds Åsa).

					Examples:
					  search poznanski
					  search one in three
					  search vienna --kind event
					  search unodc --json""")
	public void search(@Arguments List<String> words,
			@Option(longName = "kind", description = "only this kind: org, person, priorities, stat, quote, event") String kind,
			@Option(longName = "limit", description = "at most this many results", defaultValue = "50") Integer limit,
			CommandContext context) {
		List<FactKind> kinds = new ArrayList<>();
		if (kind != null && !kind.isBlank()) {
			for (String one : kind.split(",")) {
				kinds.add(FactKind.parse(one)
					.orElseThrow(() -> new UsageException("--kind: no kind '" + one.strip()
							+ "'; use org, person, priorities, stat, quote or event")));
			}
		}
		String text = words == null ? "" : String.join(" ", words);
		List<SearchIndex.Hit> hits = this.search.getObject()
			.search(text, kinds, limit == null ? FactSearch.DEFAULT_LIMIT : limit);
		Output out = Output.of(context);
		if (out.json()) {
			List<Map<String, String>> found = new ArrayList<>();
			for (SearchIndex.Hit hit : hits) {
				Map<String, String> entry = new LinkedHashMap<>();
				entry.put("kind", hit.kind().command());
				entry.put("id", hit.id());
				entry.put("label", hit.label());
				found.add(entry);
			}
			out.printJson(found);
			return;
		}
		List<List<String>> rows = hits.stream()
			.map(hit -> FactViews.row(hit.kind().command(), hit.id(), hit.label()))
			.toList();
		out.table(List.of("KIND", "ID", "WHAT"), rows,
				"nothing found for '" + text.strip() + "'");
	}

}
