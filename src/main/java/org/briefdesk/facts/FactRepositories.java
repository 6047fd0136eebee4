package org.briefdesk.facts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The repository of each kind of fact, for code that works on any kind (commands, import, search). */
@Component
public class FactRepositories {

	private final Map<FactKind, FactRepository<?>> byKind = new EnumMap<>(FactKind.class);

	public FactRepositories(List<FactRepository<?>> repositories) {
		for (FactRepository<?> repository : repositories) {
			this.byKind.put(repository.kind(), repository);
		}
	}

	@SuppressWarnings("unchecked")
	public <T extends Fact> FactRepository<T> of(FactKind kind) {
		return (FactRepository<T>) this.byKind.get(kind);
	}

	/** How many facts of each kind the library holds, in the order of {@link FactKind}. */
	public Map<FactKind, Integer> counts() {
		Map<FactKind, Integer> counts = new EnumMap<>(FactKind.class);
		for (FactKind kind : FactKind.values()) {
			counts.put(kind, of(kind).count());
		}
		return counts;
	}

}
