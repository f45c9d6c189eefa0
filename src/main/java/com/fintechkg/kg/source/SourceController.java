package com.fintechkg.kg.source;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fintechkg.kg.relation.Relation;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Sources, and the {@code source} of every citation and relation, loaded once per batch. */
@Controller
class SourceController {

	private final SourceQueries sources;

	SourceController(SourceQueries sources) {
		this.sources = sources;
	}

	@QueryMapping
	List<Source> sources() {
		return this.sources.findAll();
	}

	@BatchMapping(typeName = "Citation", field = "source")
	Map<Citation, Source> citationSource(List<Citation> citations) {
		Map<String, Source> byId = byId(citations.stream().map(Citation::sourceId).distinct().toList());
		return citations.stream().distinct().filter((c) -> byId.containsKey(c.sourceId()))
			.collect(Collectors.toMap(Function.identity(), (c) -> byId.get(c.sourceId())));
	}

	@BatchMapping(typeName = "Relation", field = "source")
	Map<Relation, Source> relationSource(List<Relation> relations) {
		Map<String, Source> byId = byId(relations.stream().map(Relation::sourceId).distinct().toList());
		return relations.stream().distinct().filter((r) -> byId.containsKey(r.sourceId()))
			.collect(Collectors.toMap(Function.identity(), (r) -> byId.get(r.sourceId())));
	}

	private Map<String, Source> byId(List<String> ids) {
		return this.sources.findAllById(ids).stream().collect(Collectors.toMap(Source::id, Function.identity()));
	}

}
