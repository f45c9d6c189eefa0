package com.fintechkg.kg.entity;

import java.util.List;
import java.util.Optional;

import com.fintechkg.kg.entity.EntityConnection.EntityEdge;
import com.fintechkg.kg.entity.EntityQueries.Row;
import com.fintechkg.kg.filter.Filters.EntityOrderBy;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.filter.Keyset;
import com.fintechkg.kg.graphql.Bounds;
import com.fintechkg.kg.graphql.PageInfo;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Lookups by id and the paginated lists, for every kind and across kinds. */
@Controller
class EntityController {

	private final EntityQueries entities;

	EntityController(EntityQueries entities) {
		this.entities = entities;
	}

	@QueryMapping
	Optional<Entity> entity(@Argument String id) {
		return this.entities.findById(id, null);
	}

	@QueryMapping
	Optional<Entity> institution(@Argument String id) {
		return this.entities.findById(id, EntityKind.INSTITUTION);
	}

	@QueryMapping
	Optional<Entity> technology(@Argument String id) {
		return this.entities.findById(id, EntityKind.TECHNOLOGY);
	}

	@QueryMapping
	Optional<Entity> regulation(@Argument String id) {
		return this.entities.findById(id, EntityKind.REGULATION);
	}

	@QueryMapping
	Optional<Entity> product(@Argument String id) {
		return this.entities.findById(id, EntityKind.PRODUCT);
	}

	@QueryMapping
	Optional<Entity> scenario(@Argument String id) {
		return this.entities.findById(id, EntityKind.SCENARIO);
	}

	@QueryMapping
	Optional<Entity> region(@Argument String id) {
		return this.entities.findById(id, EntityKind.REGION);
	}

	@QueryMapping
	Optional<Entity> indicator(@Argument String id) {
		return this.entities.findById(id, EntityKind.INDICATOR);
	}

	@QueryMapping
	EntityConnection entities(@Argument @Nullable EntityWhere where, @Argument @Nullable List<EntityOrderBy> orderBy,
			@Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first, @Argument @Nullable String after) {
		return page(null, where, orderBy, first, after);
	}

	@QueryMapping
	EntityConnection institutions(@Argument @Nullable EntityWhere where,
			@Argument @Nullable List<EntityOrderBy> orderBy, @Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first,
			@Argument @Nullable String after) {
		return page(EntityKind.INSTITUTION, where, orderBy, first, after);
	}

	@QueryMapping
	EntityConnection technologies(@Argument @Nullable EntityWhere where,
			@Argument @Nullable List<EntityOrderBy> orderBy, @Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first,
			@Argument @Nullable String after) {
		return page(EntityKind.TECHNOLOGY, where, orderBy, first, after);
	}

	@QueryMapping
	EntityConnection regulations(@Argument @Nullable EntityWhere where,
			@Argument @Nullable List<EntityOrderBy> orderBy, @Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first,
			@Argument @Nullable String after) {
		return page(EntityKind.REGULATION, where, orderBy, first, after);
	}

	@QueryMapping
	EntityConnection products(@Argument @Nullable EntityWhere where, @Argument @Nullable List<EntityOrderBy> orderBy,
			@Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first, @Argument @Nullable String after) {
		return page(EntityKind.PRODUCT, where, orderBy, first, after);
	}

	@QueryMapping
	EntityConnection scenarios(@Argument @Nullable EntityWhere where, @Argument @Nullable List<EntityOrderBy> orderBy,
			@Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first, @Argument @Nullable String after) {
		return page(EntityKind.SCENARIO, where, orderBy, first, after);
	}

	@QueryMapping
	EntityConnection regions(@Argument @Nullable EntityWhere where, @Argument @Nullable List<EntityOrderBy> orderBy,
			@Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first, @Argument @Nullable String after) {
		return page(EntityKind.REGION, where, orderBy, first, after);
	}

	@QueryMapping
	EntityConnection indicators(@Argument @Nullable EntityWhere where, @Argument @Nullable List<EntityOrderBy> orderBy,
			@Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first, @Argument @Nullable String after) {
		return page(EntityKind.INDICATOR, where, orderBy, first, after);
	}

	private EntityConnection page(@Nullable EntityKind kind, @Nullable EntityWhere where,
			@Nullable List<EntityOrderBy> orderBy, int size, @Nullable String after) {
		Keyset keyset = Keyset.of(orderBy);
		List<Row> rows = this.entities.page(kind, where, keyset, after, size + 1);
		List<EntityEdge> edges = rows.stream().limit(size)
			.map((row) -> new EntityEdge(Keyset.cursor(row.keys()), row.entity()))
			.toList();
		PageInfo pageInfo = PageInfo.of(edges.stream().map(EntityEdge::cursor).toList(), rows.size() > size,
				after != null);
		return new EntityConnection(edges, pageInfo, () -> this.entities.count(kind, where));
	}

}
