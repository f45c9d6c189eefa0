package com.fintechkg.kg.stats;

import java.util.List;

import com.fintechkg.kg.graphql.Bounds;
import com.fintechkg.kg.stats.GraphStats.ConnectedEntity;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class StatsController {

	private final StatsQueries queries;

	StatsController(StatsQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	GraphStats stats() {
		return this.queries.stats();
	}

	@SchemaMapping(typeName = "GraphStats")
	List<ConnectedEntity> mostConnected(GraphStats stats, @Argument @Nullable Integer first) {
		return this.queries.mostConnected(Bounds.check("first", (first != null) ? first : 10, 1, Bounds.MAX_FIRST));
	}

}
