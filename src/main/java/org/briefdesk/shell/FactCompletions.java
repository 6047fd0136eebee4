package org.briefdesk.shell;

import java.util.Map;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.LibraryBackups;
import org.briefdesk.facts.SearchIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.CompositeCompletionProvider;
import org.springframework.shell.core.command.completion.DefaultCompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

/**
 * The TAB completion of each noun, named in its commands' {@code completionProvider}. Each
 * keeps Spring Shell's own completion (option names, enum values) and adds the ids.
 */
@Configuration(proxyBeanMethods = false)
class FactCompletions {

	@Bean
	CompletionProvider organisationCompletion(ObjectProvider<SearchIndex> index) {
		return ids(index, FactKind.ORGANISATION, Map.of("parent", FactKind.ORGANISATION));
	}

	@Bean
	CompletionProvider personCompletion(ObjectProvider<SearchIndex> index) {
		return ids(index, FactKind.PERSON, Map.of("organisation", FactKind.ORGANISATION));
	}

	@Bean
	CompletionProvider prioritiesCompletion(ObjectProvider<SearchIndex> index) {
		return ids(index, FactKind.PRIORITY_SET, Map.of("owners", FactKind.ORGANISATION));
	}

	@Bean
	CompletionProvider statisticCompletion(ObjectProvider<SearchIndex> index) {
		return ids(index, FactKind.STATISTIC, Map.of());
	}

	@Bean
	CompletionProvider quoteCompletion(ObjectProvider<SearchIndex> index) {
		return ids(index, FactKind.QUOTE, Map.of("person", FactKind.PERSON, "event", FactKind.EVENT));
	}

	@Bean
	CompletionProvider eventCompletion(ObjectProvider<SearchIndex> index) {
		return ids(index, FactKind.EVENT,
				Map.of("chair", FactKind.PERSON, "moderator", FactKind.PERSON, "speakers", FactKind.PERSON, "hosts",
						FactKind.ORGANISATION, "co-chairs", FactKind.ORGANISATION));
	}

	@Bean
	CompletionProvider chairCompletion(ObjectProvider<SearchIndex> index) {
		return ids(index, FactKind.CHAIRPERSONSHIP, Map.of("organisations", FactKind.ORGANISATION));
	}

	/** {@code data import FILE}: file names. */
	@Bean
	CompletionProvider importCompletion() {
		return new CompositeCompletionProvider(new DefaultCompletionProvider(), context -> {
			if (context.getCommandOption() != null) {
				return java.util.List.of();
			}
			String word = context.currentWordUpToCursor();
			if (word != null && word.startsWith("-")) {
				return java.util.List.of();
			}
			return new FileNameCompletionProvider().apply(context);
		});
	}

	/** {@code data restore NAME}: the backups. */
	@Bean
	CompletionProvider backupCompletion(ObjectProvider<LibraryBackups> backups) {
		return new CompositeCompletionProvider(new DefaultCompletionProvider(), context -> {
			String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
			if (context.getCommandOption() != null || word.startsWith("-")) {
				return java.util.List.of();
			}
			return backups.getObject()
				.list()
				.stream()
				.map(LibraryBackups.Backup::name)
				.filter(name -> name.startsWith(word))
				.map(CompletionProposal::new)
				.toList();
		});
	}

	private static CompletionProvider ids(ObjectProvider<SearchIndex> index, FactKind argumentKind,
			Map<String, FactKind> optionKinds) {
		return new CompositeCompletionProvider(new DefaultCompletionProvider(),
				new FactIdCompletionProvider(index, argumentKind, optionKinds));
	}

}
