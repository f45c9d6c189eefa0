package com.fintechkg.kg.paging;

import java.util.ArrayList;
import java.util.List;

import com.fintechkg.kg.filter.CypherFilter;
import com.fintechkg.kg.filter.Filters.EntityOrderBy;
import com.fintechkg.kg.filter.Filters.EntitySortField;
import com.fintechkg.kg.graphql.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keyset pagination over entities: the sort keys of the requested order plus the id as tie-breaker. A cursor is
 * the opaque encoding of an edge's key values, so paging stays exact while the graph changes between pages.
 */
public final class Keyset {

	private static final JsonMapper json = JsonMapper.builder().build();

	public static final int MAX_SORT_KEYS = 5;

	private final List<Key> keys;

	private record Key(String expression, boolean descending) {
	}

	private Keyset(List<Key> keys) {
		this.keys = keys;
	}

	/** The keys for {@code orderBy} (may be null) over entity variable {@code e}. */
	public static Keyset of(@Nullable List<EntityOrderBy> orderBy) {
		List<Key> keys = new ArrayList<>();
		if (orderBy != null) {
			if (orderBy.size() > MAX_SORT_KEYS) {
				throw new InvalidArgumentException(
						"Argument 'orderBy' takes at most " + MAX_SORT_KEYS + " keys, got " + orderBy.size());
			}
			for (EntityOrderBy order : orderBy) {
				keys.add(new Key(order.field().expression(), order.descending()));
				if (order.field() == EntitySortField.ID) {
					break;
				}
			}
		}
		if (keys.isEmpty() || !keys.getLast().expression().equals(EntitySortField.ID.expression())) {
			keys.add(new Key(EntitySortField.ID.expression(), false));
		}
		return new Keyset(keys);
	}

	/** {@code ORDER BY} items. */
	public String orderBy() {
		return String.join(", ", this.keys.stream().map((key) -> key.expression() + (key.descending() ? " DESC" : "")).toList());
	}

	/**
	 * {@code ORDER BY} items led by {@code constant}, an expression the query's filter pins to a single value: the
	 * order is the same, but it now starts with the leading property of a composite index such as
	 * {@code (category, name)}, so the planner can read that index in order and stop after the page
	 * ({@code PartialTop}) instead of sorting every match.
	 */
	public String orderByLedBy(String constant) {
		return constant + (this.keys.getFirst().descending() ? " DESC" : "") + ", " + orderBy();
	}

	/** A list expression of the key values, to return with each row and encode as its cursor. */
	public String values() {
		return "[" + String.join(", ", this.keys.stream().map(Key::expression).toList()) + "]";
	}

	/** The condition selecting rows after {@code cursor} (none when null). */
	public String after(@Nullable String cursor, CypherFilter filter) {
		if (cursor == null) {
			return "true";
		}
		List<Object> values = decode(cursor);
		if (values.size() != this.keys.size()) {
			throw new InvalidArgumentException("Argument 'after' is a cursor for another order: pass the same "
					+ "orderBy as the request that issued it");
		}
		List<String> alternatives = new ArrayList<>();
		for (int i = 0; i < this.keys.size(); i++) {
			List<String> all = new ArrayList<>();
			for (int j = 0; j < i; j++) {
				all.add(this.keys.get(j).expression() + " = " + filter.parameter(values.get(j)));
			}
			Key key = this.keys.get(i);
			all.add(key.expression() + (key.descending() ? " < " : " > ") + filter.parameter(values.get(i)));
			alternatives.add("(" + String.join(" AND ", all) + ")");
		}
		return "(" + String.join(" OR ", alternatives) + ")";
	}

	public static String cursor(List<?> values) {
		return Cursor.encode(json.writeValueAsString(values));
	}

	public static String cursor(String id) {
		return cursor(List.of(id));
	}

	/** The key values inside a cursor this service issued; anything else is a {@code BAD_REQUEST}. */
	public static List<Object> decode(String cursor) {
		String text = Cursor.decode(cursor, "after");
		try {
			List<?> values = json.readValue(text, List.class);
			if (values.stream().allMatch((value) -> value instanceof String || value instanceof Number)) {
				return new ArrayList<>(values.stream().map((value) -> (value instanceof Number number)
						? (Object) number.doubleValue() : value).toList());
			}
		}
		catch (JacksonException ex) {
			// reported below
		}
		throw new InvalidArgumentException("Argument 'after' is not a cursor issued by this service");
	}

	/** The single id inside an id cursor. */
	public static String decodeId(String cursor) {
		List<Object> values = decode(cursor);
		if (values.size() != 1 || !(values.getFirst() instanceof String id)) {
			throw new InvalidArgumentException("Argument 'after' is not a cursor of this list");
		}
		return id;
	}

}
