package com.fintechkg.kg.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fintechkg.kg.filter.Filters.DateFilter;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.filter.Filters.FloatFilter;
import com.fintechkg.kg.filter.Filters.IdFilter;
import com.fintechkg.kg.filter.Filters.KindFilter;
import com.fintechkg.kg.filter.Filters.RelationWhere;
import com.fintechkg.kg.filter.Filters.StringFilter;
import com.fintechkg.kg.graphql.InvalidArgumentException;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredRelation;
import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Turns filter inputs into Cypher conditions. The structure comes only from fixed vocabularies: the property
 * keys from the stored shape ({@link StoredEntity}, {@link StoredRelation}), the operators from this class; every value the client sent becomes a generated parameter ({@code $f0, $f1, ...})
 * in {@link #parameters()}. Nesting and list sizes are bounded.
 */
public final class CypherFilter {

	public static final int MAX_DEPTH = 8;

	public static final int MAX_LIST = 1000;

	private final Map<String, Object> parameters;

	private final String prefix;

	private int next;

	/** @param parameters where generated parameters go (usually the query's own parameter map) */
	public CypherFilter(Map<String, Object> parameters, String prefix) {
		this.parameters = parameters;
		this.prefix = prefix;
	}

	public Map<String, Object> parameters() {
		return this.parameters;
	}

	/** A parameter reference for {@code value}. */
	public String parameter(Object value) {
		String name = this.prefix + this.next++;
		this.parameters.put(name, value);
		return "$" + name;
	}

	/** The condition {@code where} puts on entity variable {@code e}; {@code true} when there is none. */
	public String entity(String e, @Nullable EntityWhere where) {
		return entity(e, where, 0);
	}

	private String entity(String e, @Nullable EntityWhere where, int depth) {
		if (where == null) {
			return "true";
		}
		checkDepth(depth, "where");
		List<String> all = new ArrayList<>();
		add(all, id(property(e, StoredEntity.ID), where.id()));
		add(all, kind(property(e, StoredEntity.KIND), where.kind()));
		add(all, string(property(e, StoredEntity.NAME), where.name()));
		add(all, string(property(e, StoredEntity.NAME_ZH), where.nameZh()));
		if (where.alias() != null) {
			String alias = string("alias", where.alias());
			if (alias != null) {
				all.add("any(alias IN coalesce(" + property(e, StoredEntity.ALIASES) + ", []) WHERE " + alias + ")");
			}
		}
		add(all, string(property(e, StoredEntity.CATEGORY), where.category()));
		add(all, string(property(e, StoredEntity.DESCRIPTION), where.description()));
		add(all, number(property(e, StoredEntity.VALUE), where.value()));
		add(all, string(property(e, StoredEntity.UNIT), where.unit()));
		add(all, string(property(e, StoredEntity.PERIOD), where.period()));
		add(all, combine(where.AND(), " AND ", (w, d) -> entity(e, w, d), depth));
		add(all, combine(where.OR(), " OR ", (w, d) -> entity(e, w, d), depth));
		if (where.NOT() != null) {
			all.add("NOT (" + entity(e, where.NOT(), depth + 1) + ")");
		}
		return join(all);
	}

	/** The condition on relationship {@code r} from {@code a} to {@code b}; {@code true} when there is none. */
	public String relation(String r, String a, String b, @Nullable RelationWhere where) {
		return relation(r, a, b, where, 0);
	}

	private String relation(String r, String a, String b, @Nullable RelationWhere where, int depth) {
		if (where == null) {
			return "true";
		}
		checkDepth(depth, "where");
		List<String> all = new ArrayList<>();
		add(all, id(property(r, StoredRelation.ID), where.id()));
		add(all, string("type(" + r + ")", where.type()));
		add(all, id(property(a, StoredEntity.ID), where.from()));
		add(all, id(property(b, StoredEntity.ID), where.to()));
		if (where.entity() != null) {
			String from = id(property(a, StoredEntity.ID), where.entity());
			String to = id(property(b, StoredEntity.ID), where.entity());
			if (from != null) {
				all.add("(" + from + " OR " + to + ")");
			}
		}
		add(all, kind(property(a, StoredEntity.KIND), where.fromKind()));
		add(all, kind(property(b, StoredEntity.KIND), where.toKind()));
		add(all, date(property(r, StoredRelation.DATE), where.date()));
		add(all, anyOf(property(r, StoredRelation.CITATION_SECTIONS), where.section()));
		add(all, anyOf(property(r, StoredRelation.CITATION_QUOTES), where.quote()));
		add(all, string(property(r, StoredRelation.ROLE), where.role()));
		add(all, number(property(r, StoredRelation.VALUE), where.value()));
		add(all, combine(where.AND(), " AND ", (w, d) -> relation(r, a, b, w, d), depth));
		add(all, combine(where.OR(), " OR ", (w, d) -> relation(r, a, b, w, d), depth));
		if (where.NOT() != null) {
			all.add("NOT (" + relation(r, a, b, where.NOT(), depth + 1) + ")");
		}
		return join(all);
	}

	private <W> @Nullable String combine(@Nullable List<W> parts, String operator, BiFunction<W, Integer, String> each,
			int depth) {
		if (parts == null) {
			return null;
		}
		checkSize(parts, operator.strip());
		if (parts.isEmpty()) {
			return operator.contains("OR") ? "false" : null;
		}
		List<String> conditions = parts.stream().map((part) -> "(" + each.apply(part, depth + 1) + ")").toList();
		return "(" + String.join(operator, conditions) + ")";
	}

	/** {@code filter} holds for at least one element of the list {@code expression} (a relation's citations). */
	private @Nullable String anyOf(String expression, @Nullable StringFilter filter) {
		String each = string("cited", filter);
		return (each != null) ? "any(cited IN " + expression + " WHERE " + each + ")" : null;
	}

	private @Nullable String string(String expression, @Nullable StringFilter filter) {
		if (filter == null) {
			return null;
		}
		List<String> all = equality(expression, filter.eq(), filter.in());
		if (filter.contains() != null) {
			all.add("toLower(" + expression + ") CONTAINS toLower(" + parameter(filter.contains()) + ")");
		}
		if (filter.startsWith() != null) {
			all.add("toLower(" + expression + ") STARTS WITH toLower(" + parameter(filter.startsWith()) + ")");
		}
		return all.isEmpty() ? null : join(all);
	}

	private @Nullable String id(String expression, @Nullable IdFilter filter) {
		if (filter == null) {
			return null;
		}
		List<String> all = equality(expression, filter.eq(), filter.in());
		return all.isEmpty() ? null : join(all);
	}

	private @Nullable String kind(String expression, @Nullable KindFilter filter) {
		if (filter == null) {
			return null;
		}
		List<String> all = new ArrayList<>();
		if (filter.eq() != null) {
			all.add(expression + " = " + parameter(filter.eq().name()));
		}
		if (filter.in() != null) {
			all.add(expression + " IN " + parameter(filter.in().stream().map(Kind::name).toList()));
		}
		return all.isEmpty() ? null : join(all);
	}

	private @Nullable String number(String expression, @Nullable FloatFilter filter) {
		if (filter == null) {
			return null;
		}
		List<String> all = equality(expression, filter.eq(), filter.in());
		if (filter.gte() != null) {
			all.add(expression + " >= " + parameter(filter.gte()));
		}
		if (filter.lte() != null) {
			all.add(expression + " <= " + parameter(filter.lte()));
		}
		return all.isEmpty() ? null : join(all);
	}

	private @Nullable String date(String expression, @Nullable DateFilter filter) {
		if (filter == null) {
			return null;
		}
		List<String> all = new ArrayList<>();
		if (filter.eq() != null) {
			all.add(expression + " = " + parameter(filter.eq()));
		}
		if (filter.startsWith() != null) {
			all.add(expression + " STARTS WITH " + parameter(filter.startsWith()));
		}
		if (filter.gte() != null) {
			all.add(expression + " >= " + parameter(filter.gte()));
		}
		if (filter.lte() != null) {
			String bound = parameter(filter.lte());
			all.add("(" + expression + " <= " + bound + " OR " + expression + " STARTS WITH " + bound + ")");
		}
		return all.isEmpty() ? null : join(all);
	}

	/** {@code eq} and {@code in} conditions, shared by every filter type. */
	private List<String> equality(String expression, @Nullable Object eq, @Nullable List<?> in) {
		List<String> all = new ArrayList<>();
		if (eq != null) {
			all.add(expression + " = " + parameter(eq));
		}
		if (in != null) {
			checkSize(in, "in");
			all.add(expression + " IN " + parameter(in));
		}
		return all;
	}

	/** The stored property {@code name} (a constant of the stored shape, never client text) of {@code variable}. */
	private static String property(String variable, String name) {
		return variable + "." + name;
	}

	private static void add(List<String> all, @Nullable String condition) {
		if (condition != null) {
			all.add(condition);
		}
	}

	private static String join(List<String> all) {
		return all.isEmpty() ? "true" : (all.size() == 1) ? all.getFirst() : "(" + String.join(" AND ", all) + ")";
	}

	private static void checkDepth(int depth, String argument) {
		if (depth > MAX_DEPTH) {
			throw new InvalidArgumentException("Argument '" + argument + "' nests AND/OR/NOT deeper than " + MAX_DEPTH
					+ " levels");
		}
	}

	private static void checkSize(List<?> values, String operator) {
		if (values.size() > MAX_LIST) {
			throw new InvalidArgumentException("Filter '" + operator + "' takes at most " + MAX_LIST + " values, got "
					+ values.size());
		}
	}

}
