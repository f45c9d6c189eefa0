package com.fintechkg.kg.search;

import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityProjection;
import com.fintechkg.kg.search.SearchQueries.Candidate;
import com.fintechkg.kg.support.ApiObjects;
import com.fintechkg.kg.support.ControllerSliceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code search} at the controller layer: the query as the full-text index receives it, the fallback to a
 * substring match only when the index finds nothing, the ranking of exact and contained names over the index's
 * score, the schema's default of 10 hits, and refused arguments.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ControllerSliceTest(SearchController.class)
class SearchSliceTests {

	@Autowired
	GraphQlTester graphQlTester;

	@MockitoBean
	SearchQueries queries;

	@Test
	void shouldRankAnExactAliasFirstThenContainedNamesThenTheIndexsScore() {
		Entity described = ApiObjects.entity("described", "Technology", "Cloud", "云", List.of(), "Runs a digital bank");
		Entity contains = ApiObjects.entity("contains", "Institution", "Digital Bank of Anywhere", "某数字银行",
				List.of(), "A bank");
		Entity exact = ApiObjects.entity("exact", "Product", "Something Else", "别的", List.of("Digital  Bank"),
				"Product");
		given(this.queries.fullText(eq("digital bank"), isNull(), eq(SearchController.CANDIDATES), any()))
			.willReturn(List.of(new Candidate(described, 9.0), new Candidate(contains, 2.0),
					new Candidate(exact, 0.5)));
		this.graphQlTester.documentName("search").variable("query", " digital bank ").execute()
			.path("search[*].entity.id").entityList(String.class).containsExactly("exact", "contains", "described")
			.path("search[*].matched").entityList(String.class)
			.containsExactly("Digital  Bank", "Digital Bank of Anywhere", "Runs a digital bank")
			.path("search[0].entity.__typename").entity(String.class).isEqualTo("Product")
			.path("search[2].score").entity(Double.class).isEqualTo(9.0);
		verify(this.queries, never()).names(any(), any(), anyInt(), any());
	}

	@Test
	void shouldEscapeLuceneSyntaxAndPassTheKindsByName() {
		given(this.queries.fullText(any(), any(), anyInt(), any())).willReturn(List.of());
		given(this.queries.names(any(), any(), anyInt(), any())).willReturn(List.of());
		this.graphQlTester.documentName("search").variable("query", "AI+ (Bank) OR x:y")
			.variable("kinds", List.of("INSTITUTION", "REGION")).execute()
			.path("search").entityList(Object.class).hasSize(0);
		verify(this.queries).fullText(eq("ai\\+ \\(bank\\) or x\\:y"), eq(List.of("Institution", "Region")),
				eq(SearchController.CANDIDATES), any());
	}

	@Test
	void shouldFallBackToNamesOnlyWhenTheIndexFindsNothingWithTheDefaultOf10() {
		given(this.queries.fullText(any(), any(), anyInt(), any())).willReturn(List.of());
		given(this.queries.names(eq("腾"), isNull(), eq(10), any()))
			.willReturn(List.of(new Candidate(ApiObjects.entity("ascend-ai", "Technology", "Ascend AI", "昇腾AI",
					List.of(), "Chips"), 0)));
		this.graphQlTester.documentName("search").variable("query", "腾").execute()
			.path("search[*].entity.id").entityList(String.class).containsExactly("ascend-ai")
			.path("search[0].matched").entity(String.class).isEqualTo("昇腾AI");
		verify(this.queries).names(eq("腾"), isNull(), eq(10), any());
	}

	@Test
	void shouldCutTheRankedHitsToFirst() {
		List<Candidate> candidates = IntStream.range(0, 8)
			.mapToObj((i) -> new Candidate(ApiObjects.entity("e" + i, "Product"), i))
			.toList();
		given(this.queries.fullText(any(), any(), anyInt(), any())).willReturn(candidates);
		this.graphQlTester.documentName("search").variable("query", "something").variable("first", 3).execute()
			.path("search[*].entity.id").entityList(String.class).containsExactly("e7", "e6", "e5");
	}

	@Test
	void shouldReadOnlyTheSelectedPropertiesAndWhatTheRankingNeeds() {
		given(this.queries.fullText(any(), any(), anyInt(), any())).willReturn(List.of());
		given(this.queries.names(any(), any(), anyInt(), any())).willReturn(List.of());
		ArgumentCaptor<EntityProjection> projection = ArgumentCaptor.forClass(EntityProjection.class);
		this.graphQlTester.documentName("searchWithCitations").variable("query", "bank").execute()
			.path("search").entityList(Object.class).hasSize(0);
		verify(this.queries).fullText(eq("bank"), isNull(), anyInt(), projection.capture());
		assertThat(projection.getValue().cypher("e")).contains(".aliases", ".description", ".citationQuotes")
			.doesNotContain(".value", ".origin");
	}

	@Test
	void shouldAnswerNoHitsForABlankQueryWithoutAskingTheDatabase() {
		this.graphQlTester.documentName("search").variable("query", "  \t ").execute()
			.path("search").entityList(Object.class).hasSize(0);
		verifyNoInteractions(this.queries);
	}

	@Test
	void shouldRefuseAQueryOver200CharactersNamingTheArgument() {
		this.graphQlTester.documentName("search").variable("query", "x".repeat(201)).execute()
			.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'query'").contains("200");
			}));
		verifyNoInteractions(this.queries);
	}

	@Test
	void shouldRefuseFirstOutside1To100NamingTheArgument() {
		for (int first : new int[] { 0, 101 }) {
			this.graphQlTester.documentName("search").variable("query", "bank").variable("first", first).execute()
				.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("'first'").contains(String.valueOf(first));
				}));
		}
		verifyNoInteractions(this.queries);
	}

}
