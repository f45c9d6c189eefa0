package com.fintechkg.kg.graphql;

import java.util.Map;
import java.util.UUID;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A valid operation is parsed and validated once and then reused with any variables; an invalid one never is. */
@KnowledgeGraphTest
class ParsedDocumentCacheTests {

	@Autowired
	GraphQlHttp http;

	@Autowired
	ParsedDocumentCache cache;

	private static String unique() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	@Test
	void shouldReuseAParsedOperationWithDifferentVariables() {
		String operation = "query Lookup_" + unique() + "($id: ID!) { entity(id: $id) { id name } }";
		int before = this.cache.size();

		Answer icbc = this.http.post(operation, Map.of("id", "icbc"));
		int afterFirst = this.cache.size();
		Answer largeModel = this.http.post(operation, Map.of("id", "large-model"));

		assertThat(icbc.errors()).isEmpty();
		assertThat(icbc.<String>read("$.data.entity.id")).isEqualTo("icbc");
		assertThat(largeModel.<String>read("$.data.entity.id")).isEqualTo("large-model");
		assertThat(afterFirst).isGreaterThan(Math.min(before, ParsedDocumentCache.MAX_ENTRIES - 1));
		assertThat(this.cache.size()).isEqualTo(afterFirst);
	}

	@Test
	void shouldNotKeepAnInvalidOperationAndRejectItEveryTime() {
		String operation = "{ entity(id: \"icbc\") { noSuchField_" + unique() + " } }";
		int before = this.cache.size();

		Answer first = this.http.post(operation);
		Answer second = this.http.post(operation);

		assertThat(first.errors()).isNotEmpty();
		assertThat(second.errorClassifications()).isEqualTo(first.errorClassifications());
		assertThat(this.cache.size()).isEqualTo(before);
	}

}
