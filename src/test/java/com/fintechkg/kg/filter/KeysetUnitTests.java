package com.fintechkg.kg.filter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.filter.Filters.EntityOrderBy;
import com.fintechkg.kg.filter.Filters.EntitySortField;
import com.fintechkg.kg.filter.Filters.SortDirection;
import com.fintechkg.kg.graphql.InvalidArgumentException;
import com.fintechkg.kg.paging.Cursor;
import com.fintechkg.kg.paging.Keyset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keyset paging over entities: the order a list is read in (the requested keys, then the id as tie-breaker), the
 * condition that continues after a cursor, and cursors that carry exactly the keys of their edge.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KeysetUnitTests {

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final CypherFilter filter = new CypherFilter(this.parameters, "f");

	@Test
	void withoutAnOrderAListIsReadByIdAscending() {
		Keyset keyset = Keyset.of(null);

		assertThat(keyset.orderBy()).isEqualTo("e.id");
		assertThat(keyset.values()).isEqualTo("[e.id]");
		assertThat(Keyset.of(List.of()).orderBy()).isEqualTo("e.id");
	}

	@Test
	void theIdBreaksTiesAfterTheRequestedKeys() {
		Keyset keyset = Keyset.of(List.of(order(EntitySortField.NAME, SortDirection.DESC),
				order(EntitySortField.VALUE, null)));

		assertThat(keyset.orderBy()).isEqualTo("e.name DESC, coalesce(e.value, -1.0e308), e.id");
		assertThat(keyset.values()).isEqualTo("[e.name, coalesce(e.value, -1.0e308), e.id]");
		assertThat(Keyset.of(List.of(order(EntitySortField.KIND, SortDirection.ASC))).orderBy()).isEqualTo("e.kind, e.id");
	}

	@Test
	void keysAfterTheIdAreIgnoredBecauseTheIdIsUnique() {
		assertThat(Keyset.of(List.of(order(EntitySortField.ID, SortDirection.DESC), order(EntitySortField.NAME, null)))
			.orderBy()).isEqualTo("e.id DESC");
		assertThat(Keyset.of(List.of(order(EntitySortField.CATEGORY, null), order(EntitySortField.ID, null),
				order(EntitySortField.NAME, null))).orderBy()).isEqualTo("coalesce(e.category, ''), e.id");
	}

	@Test
	void atMostFiveSortKeysAreAccepted() {
		List<EntityOrderBy> five = Collections.nCopies(Keyset.MAX_SORT_KEYS, order(EntitySortField.NAME, null));
		assertThat(Keyset.of(five).orderBy()).isEqualTo("e.name, e.name, e.name, e.name, e.name, e.id");

		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> Keyset.of(Collections.nCopies(6, order(EntitySortField.NAME, null))))
			.withMessage("Argument 'orderBy' takes at most 5 keys, got 6");
	}

	@Test
	void anOrderCanBeLedByAPropertyTheFilterPinsInTheFirstKeysDirection() {
		assertThat(Keyset.of(List.of(order(EntitySortField.NAME, null))).orderByLedBy("e.category"))
			.isEqualTo("e.category, e.name, e.id");
		assertThat(Keyset.of(List.of(order(EntitySortField.NAME, SortDirection.DESC))).orderByLedBy("e.category"))
			.isEqualTo("e.category DESC, e.name DESC, e.id");
	}

	@Test
	void withoutACursorThePageStartsAtTheBeginning() {
		assertThat(Keyset.of(null).after(null, this.filter)).isEqualTo("true");
		assertThat(this.parameters).isEmpty();
	}

	@Test
	void afterACursorComeTheRowsWhoseKeysSortAfterItsKeys() {
		Keyset keyset = Keyset.of(List.of(order(EntitySortField.NAME, null)));

		String condition = keyset.after(Keyset.cursor(List.of("Bank", "icbc")), this.filter);

		assertThat(condition).isEqualTo("((e.name > $f0) OR (e.name = $f1 AND e.id > $f2))");
		assertThat(this.parameters).containsExactly(Map.entry("f0", "Bank"), Map.entry("f1", "Bank"),
				Map.entry("f2", "icbc"));
	}

	@Test
	void inADescendingKeyTheNextRowsHaveSmallerValues() {
		Keyset keyset = Keyset.of(List.of(order(EntitySortField.VALUE, SortDirection.DESC),
				order(EntitySortField.NAME, SortDirection.ASC)));

		String condition = keyset.after(Keyset.cursor(List.of(12.5, "Bank", "icbc")), this.filter);

		assertThat(condition).isEqualTo("((coalesce(e.value, -1.0e308) < $f0) OR (coalesce(e.value, -1.0e308) = $f1"
				+ " AND e.name > $f2) OR (coalesce(e.value, -1.0e308) = $f3 AND e.name = $f4 AND e.id > $f5))");
		assertThat(this.parameters.values()).containsExactly(12.5, 12.5, "Bank", 12.5, "Bank", "icbc");
	}

	@Test
	void aCursorOfAnotherOrderIsRefused() {
		Keyset byName = Keyset.of(List.of(order(EntitySortField.NAME, null)));

		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> byName.after(Keyset.cursor("icbc"), this.filter))
			.withMessage("Argument 'after' is a cursor for another order: pass the same orderBy as the request that issued it");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> byName.after(Keyset.cursor(List.of("a", "b", "c")), this.filter))
			.withMessageStartingWith("Argument 'after' is a cursor for another order");
	}

	@Test
	void aCursorCarriesItsKeysWithNumbersAsDoubles() {
		assertThat(Keyset.decode(Keyset.cursor(List.of("Bank", 3, 2.5, "icbc")))).containsExactly("Bank", 3.0, 2.5, "icbc");
		assertThat(Keyset.decodeId(Keyset.cursor("icbc"))).isEqualTo("icbc");
		assertThat(Keyset.cursor("icbc")).isEqualTo(Keyset.cursor(List.of("icbc")));
	}

	@Test
	void anythingButACursorThisServiceIssuedIsABadRequest() {
		for (String forged : List.of("not a cursor", Cursor.encode("{\"id\":\"icbc\"}"), Cursor.encode("[\"a\",{}]"),
				Cursor.encode("[true]"), Cursor.encode("[null]"), Cursor.encode("[\"unterminated"),
				Base64.getUrlEncoder().encodeToString("[\"icbc\"]".getBytes(StandardCharsets.UTF_8)))) {
			assertThatExceptionOfType(InvalidArgumentException.class).as(forged)
				.isThrownBy(() -> Keyset.decode(forged))
				.withMessage("Argument 'after' is not a cursor issued by this service");
		}
	}

	@Test
	void anIdCursorHoldsExactlyOneId() {
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> Keyset.decodeId(Keyset.cursor(List.of("Bank", "icbc"))))
			.withMessage("Argument 'after' is not a cursor of this list");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> Keyset.decodeId(Keyset.cursor(List.of(7))))
			.withMessage("Argument 'after' is not a cursor of this list");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> Keyset.decodeId(Keyset.cursor(List.of())))
			.withMessage("Argument 'after' is not a cursor of this list");
	}

	@Test
	void sortFieldsReadTheirPropertyWithMissingValuesSortingFirst() {
		assertThat(EntitySortField.NAME_ZH.expression()).isEqualTo("e.nameZh");
		assertThat(EntitySortField.PERIOD.expression()).isEqualTo("coalesce(e.period, '')");
		assertThat(order(EntitySortField.NAME, SortDirection.DESC).descending()).isTrue();
		assertThat(order(EntitySortField.NAME, SortDirection.ASC).descending()).isFalse();
		assertThat(order(EntitySortField.NAME, null).descending()).as("ascending by default").isFalse();
	}

	private static EntityOrderBy order(EntitySortField field, SortDirection direction) {
		return new EntityOrderBy(field, direction);
	}

}
