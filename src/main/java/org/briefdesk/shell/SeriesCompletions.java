package org.briefdesk.shell;

import java.util.List;

import org.briefdesk.series.SeriesQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.CompositeCompletionProvider;
import org.springframework.shell.core.command.completion.DefaultCompletionProvider;

/** TAB completes series ids: {@code series show <TAB>}, {@code event next --series <TAB>}. */
@Configuration(proxyBeanMethods = false)
class SeriesCompletions {

	@Bean
	CompletionProvider seriesCompletion(ObjectProvider<SeriesQueries> series) {
		return new CompositeCompletionProvider(new DefaultCompletionProvider(), context -> {
			String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
			boolean seriesOption = context.getCommandOption() != null
					&& "series".equals(context.getCommandOption().longName());
			boolean argument = context.getCommandOption() == null && !word.startsWith("-")
					&& context.getCommand().getName().startsWith("series ");
			if (!seriesOption && !argument) {
				return List.of();
			}
			return series.getObject()
				.list()
				.stream()
				.map(SeriesQueries.Summary::id)
				.filter(id -> id.startsWith(word))
				.map(CompletionProposal::new)
				.toList();
		});
	}

}
