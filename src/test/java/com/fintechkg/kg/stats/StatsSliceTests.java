package com.fintechkg.kg.stats;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.stats.GraphStats.ConnectedEntity;
import com.fintechkg.kg.stats.GraphStats.KindCount;
import com.fintechkg.kg.stats.GraphStats.SeedVersion;
import com.fintechkg.kg.stats.GraphStats.TypeCount;
import com.fintechkg.kg.support.ApiObjects;
import com.fintechkg.kg.support.ControllerSliceTest;
import com.fintechkg.kg.vocabulary.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * {@code stats} at the controller layer: the figures as the query class gives them, {@code mostConnected} read only
 * when selected, 10 by default, and its bounds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ControllerSliceTest(StatsController.class)
class StatsSliceTests {

	@Autowired
	GraphQlTester graphQlTester;

	@MockitoBean
	StatsQueries queries;

	private static final GraphStats STATS = new GraphStats(3, 2,
			List.of(new KindCount(Kind.of("Institution"), 2), new KindCount(Kind.of("Region"), 1)),
			List.of(new TypeCount("RELEASED", 2)), new SeedVersion("2026.1", "abc123", null));

	@Test
	void shouldAnswerTheFiguresWithoutReadingTheMostConnected() {
		given(this.queries.stats()).willReturn(STATS);
		this.graphQlTester.documentName("stats").execute()
			.path("stats").matchesJson("""
					{"entities": 3, "relations": 2,
					 "byKind": [{"kind": "INSTITUTION", "count": 2}, {"kind": "REGION", "count": 1}],
					 "byRelationType": [{"type": "RELEASED", "count": 2}],
					 "seed": {"version": "2026.1", "checksum": "abc123"}}
					""");
		verify(this.queries, never()).mostConnected(anyInt(), anyBoolean());
	}

	@Test
	void shouldReadTheTenMostConnectedByDefault() {
		given(this.queries.stats()).willReturn(STATS);
		given(this.queries.mostConnected(10, false))
			.willReturn(List.of(new ConnectedEntity(ApiObjects.entity("pboc", "Institution"), 42)));
		this.graphQlTester.documentName("mostConnected").execute()
			.path("stats.mostConnected").matchesJson("""
					[{"entity": {"__typename": "Institution", "id": "pboc"}, "degree": 42}]
					""");
		given(this.queries.mostConnected(100, false)).willReturn(List.of());
		this.graphQlTester.documentName("mostConnected").variable("first", 100).execute()
			.path("stats.mostConnected").entityList(Object.class).hasSize(0);
		verify(this.queries).mostConnected(100, false);
	}

	@Test
	void shouldRefuseMostConnectedOutside1To100NamingFirst() {
		given(this.queries.stats()).willReturn(STATS);
		for (int first : new int[] { 0, 101 }) {
			this.graphQlTester.documentName("mostConnected").variable("first", first).execute()
				.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("'first'").contains(String.valueOf(first));
					assertThat(error.getPath()).isEqualTo("stats.mostConnected");
				}));
		}
		verify(this.queries, never()).mostConnected(anyInt(), anyBoolean());
	}

}
