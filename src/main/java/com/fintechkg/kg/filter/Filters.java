package com.fintechkg.kg.filter;

import java.util.List;

import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL filter and order inputs, bound by name from the arguments. {@code AND}, {@code OR} and {@code NOT}
 * keep GraphQL's spelling so that binding needs no mapping.
 */
public final class Filters {

	private Filters() {
	}

	public record StringFilter(@Nullable String eq, @Nullable List<String> in, @Nullable String contains,
			@Nullable String startsWith) {
	}

	public record IdFilter(@Nullable String eq, @Nullable List<String> in) {
	}

	public record FloatFilter(@Nullable Double eq, @Nullable List<Double> in, @Nullable Double gte,
			@Nullable Double lte) {
	}

	public record DateFilter(@Nullable String eq, @Nullable String gte, @Nullable String lte,
			@Nullable String startsWith) {
	}

	public record KindFilter(@Nullable Kind eq, @Nullable List<Kind> in) {
	}

	@SuppressWarnings("checkstyle:RecordComponentName")
	public record EntityWhere(@Nullable IdFilter id, @Nullable KindFilter kind, @Nullable StringFilter name,
			@Nullable StringFilter nameZh, @Nullable StringFilter alias, @Nullable StringFilter category,
			@Nullable StringFilter description, @Nullable FloatFilter value, @Nullable StringFilter unit,
			@Nullable StringFilter period, @Nullable List<EntityWhere> AND, @Nullable List<EntityWhere> OR,
			@Nullable EntityWhere NOT) {
	}

	public record RelationWhere(@Nullable IdFilter id, @Nullable StringFilter type, @Nullable IdFilter from,
			@Nullable IdFilter to, @Nullable IdFilter entity, @Nullable KindFilter fromKind,
			@Nullable KindFilter toKind, @Nullable DateFilter date, @Nullable StringFilter section,
			@Nullable StringFilter quote, @Nullable StringFilter role, @Nullable FloatFilter value,
			@Nullable List<RelationWhere> AND, @Nullable List<RelationWhere> OR, @Nullable RelationWhere NOT) {
	}

	public enum SortDirection {

		ASC, DESC

	}

	/**
	 * The fields entities sort by, each with its Cypher expression over {@code e} on the {@link StoredEntity} property
	 * (nulls sort as the sentinel).
	 */
	public enum EntitySortField {

		ID("e." + StoredEntity.ID), NAME("e." + StoredEntity.NAME), NAME_ZH("e." + StoredEntity.NAME_ZH),
		KIND("e." + StoredEntity.KIND), CATEGORY("coalesce(e." + StoredEntity.CATEGORY + ", '')"),
		VALUE("coalesce(e." + StoredEntity.VALUE + ", -1.0e308)"), PERIOD("coalesce(e." + StoredEntity.PERIOD + ", '')");

		private final String expression;

		EntitySortField(String expression) {
			this.expression = expression;
		}

		public String expression() {
			return this.expression;
		}

	}

	public record EntityOrderBy(EntitySortField field, @Nullable SortDirection direction) {

		public boolean descending() {
			return this.direction == SortDirection.DESC;
		}

	}

}
