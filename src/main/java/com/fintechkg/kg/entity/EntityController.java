package com.fintechkg.kg.entity;

import java.util.List;
import java.util.Optional;

import com.fintechkg.kg.entity.EntityQueries.Row;
import com.fintechkg.kg.filter.Filters.EntityOrderBy;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.vocabulary.Kind;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Lookups by id and the paginated lists across kinds; the same for each kind of the vocabulary, wired in a loop by
 * {@link KindRootFields}.
 */
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
	EntityConnection entities(@Argument @Nullable EntityWhere where, @Argument @Nullable List<EntityOrderBy> orderBy,
			@Argument @Range(min = 0, max = Bounds.MAX_FIRST) int first, @Argument @Nullable String after) {
		return page(null, where, orderBy, first, after);
	}

	/** The root lookup of one kind ({@code institution(id)}, ...), wired per kind by {@link KindRootFields}. */
	Optional<Entity> lookup(Kind kind, String id) {
		return this.entities.findById(id, kind);
	}

	/**
	 * The root list of one kind ({@code institutions(...)}, ...), wired per kind by {@link KindRootFields}, which
	 * checks {@code first} against the same bounds as {@link #entities}'.
	 */
	EntityConnection list(Kind kind, @Nullable EntityWhere where, @Nullable List<EntityOrderBy> orderBy, int first,
			@Nullable String after) {
		return page(kind, where, orderBy, first, after);
	}

	private EntityConnection page(@Nullable Kind kind, @Nullable EntityWhere where,
			@Nullable List<EntityOrderBy> orderBy, int size, @Nullable String after) {
		Keyset keyset = Keyset.of(orderBy);
		List<Row> rows = this.entities.page(kind, where, keyset, after, size + 1);
		return EntityConnection.of(rows.stream().map(Row::entity).toList(), rows.stream().map(Row::keys).toList(),
				size, after != null, () -> this.entities.count(kind, where));
	}

}
