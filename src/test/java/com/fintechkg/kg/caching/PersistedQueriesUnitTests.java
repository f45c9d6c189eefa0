package com.fintechkg.kg.caching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The persisted-query store: documents by their SHA-256, bounded, least recently used out first. */
class PersistedQueriesUnitTests {

	@Test
	void aDocumentIsFoundByTheHashApollosClientsCompute() {
		PersistedQueries queries = new PersistedQueries(10);
		queries.store("{ stats { entities } }");
		// sha256 of the UTF-8 bytes, as `printf '%s' '{ stats { entities } }' | sha256sum` prints it
		assertThat(PersistedQueries.sha256("{ stats { entities } }"))
			.isEqualTo("597115f9cca00668ed24f95a5e996939e81d6e5b929a4330a49ac9b4117f3a3e");
		assertThat(queries.find(PersistedQueries.sha256("{ stats { entities } }"))).isEqualTo("{ stats { entities } }");
		assertThat(queries.find(PersistedQueries.sha256("{ stats { entities } }").toUpperCase())).isNotNull();
		assertThat(queries.find(PersistedQueries.sha256("{ stats { relations } }"))).isNull();
	}

	@Test
	void theStoreKeepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
		PersistedQueries queries = new PersistedQueries(2);
		queries.store("{ a }");
		queries.store("{ b }");
		queries.find(PersistedQueries.sha256("{ a }"));
		queries.store("{ c }");
		assertThat(queries.size()).isEqualTo(2);
		assertThat(queries.find(PersistedQueries.sha256("{ a }"))).isNotNull();
		assertThat(queries.find(PersistedQueries.sha256("{ b }"))).isNull();
		assertThat(queries.find(PersistedQueries.sha256("{ c }"))).isNotNull();
	}

	@Test
	void ifNoneMatchUsesWeakComparisonOverAList() {
		assertThat(ReadCachingFilter.matches("W/\"abc\"", "W/\"abc\"")).isTrue();
		assertThat(ReadCachingFilter.matches("\"x\", \"abc\"", "W/\"abc\"")).isTrue();
		assertThat(ReadCachingFilter.matches("*", "W/\"abc\"")).isTrue();
		assertThat(ReadCachingFilter.matches("W/\"abd\"", "W/\"abc\"")).isFalse();
		assertThat(ReadCachingFilter.matches(null, "W/\"abc\"")).isFalse();
	}

}
