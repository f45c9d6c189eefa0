package com.fintechkg.kg.entity;

import java.util.List;
import java.util.Optional;

import com.fintechkg.kg.entity.EntityConnection.EntityEdge;
import com.fintechkg.kg.graphql.Bounds;
import com.fintechkg.kg.graphql.Cursor;
import com.fintechkg.kg.graphql.PageInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class EntityController {

	private final EntityQueries entities;

	EntityController(EntityQueries entities) {
		this.entities = entities;
	}

	@QueryMapping
	Optional<Entity> entity(@Argument String id) {
		return this.entities.findById(id);
	}

	@QueryMapping
	EntityConnection entities(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		int size = Bounds.first(first);
		String afterId = (after != null) ? Cursor.decode(after, "after") : null;
		List<Entity> rows = this.entities.page(size + 1, afterId);
		List<EntityEdge> edges = rows.stream().limit(size).map((e) -> new EntityEdge(Cursor.encode(e.id()), e)).toList();
		PageInfo pageInfo = PageInfo.of(edges.stream().map(EntityEdge::cursor).toList(), rows.size() > size, after != null);
		return new EntityConnection(edges, pageInfo);
	}

	/**
	 * Counted only when asked for. When the connection field itself failed (say, {@code first} out of range),
	 * Spring GraphQL answers an empty placeholder connection along with the error; its count is 0.
	 */
	@SchemaMapping(typeName = "EntityConnection")
	long totalCount(Object connection) {
		return (connection instanceof EntityConnection) ? this.entities.count() : 0;
	}

}
