package com.fintechkg.kg.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The cited documents, held in memory: there are few, they change only with the seed, and every citation and
 * relation points at one, so resolving {@code source} fields costs no database round trip. An id not yet known
 * (a source added since) reloads the catalog once.
 */
@Component
public class SourceCatalog {

	private final SourceQueries queries;

	private volatile Map<String, Source> sources = Map.of();

	SourceCatalog(SourceQueries queries) {
		this.queries = queries;
	}

	public List<Source> all() {
		return reload().values().stream().sorted(java.util.Comparator.comparing(Source::id)).toList();
	}

	public Optional<Source> find(String id) {
		Source source = this.sources.get(id);
		if (source == null) {
			synchronized (this) {
				source = this.sources.get(id);
				if (source == null) {
					source = reload().get(id);
				}
			}
		}
		return Optional.ofNullable(source);
	}

	private synchronized Map<String, Source> reload() {
		Map<String, Source> loaded = this.queries.findAll().stream()
			.collect(Collectors.toUnmodifiableMap(Source::id, Function.identity()));
		this.sources = loaded;
		return loaded;
	}

}
