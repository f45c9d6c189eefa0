package com.fintechkg.kg.stats;

import java.util.List;

import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.stats.GraphStats.ConnectedEntity;
import org.hibernate.validator.constraints.Range;

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
	List<ConnectedEntity> mostConnected(GraphStats stats, @Argument @Range(min = 1, max = Bounds.MAX_FIRST) int first,
			@Argument boolean excludeGroups) {
		return this.queries.mostConnected(first, excludeGroups);
	}

}
