package com.fintechkg.kg.traversal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityProjection;
import com.fintechkg.kg.entity.EntityQueries;
import com.fintechkg.kg.support.ApiObjects;
import com.fintechkg.kg.support.ControllerSliceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code shortestPath}, {@code paths} and {@code neighborhood} at the controller layer: the schema's defaults as
 * the traversal receives them, the bounds of every numeric argument and the relationship-type check, each refused
 * as {@code BAD_REQUEST} naming the argument before anything is read, paths of length 0 from an entity to itself,
 * and the answers for unknown ids.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ControllerSliceTest(TraversalController.class)
class TraversalSliceTests {

	@Autowired
	GraphQlTester graphQlTester;

	@MockitoBean
	TraversalQueries queries;

	@MockitoBean
	EntityQueries entities;

	private static final Entity ICBC = ApiObjects.entity("icbc", "Institution");

	private static final Entity CHATABC = ApiObjects.entity("chatabc", "Product");

	@Test
	void shouldFindTheShortestPathWithinFourHopsByDefault() {
		Path path = new Path(1, List.of(ICBC, CHATABC), List.of(ApiObjects.relation(ICBC, "RELEASED", CHATABC)));
		given(this.queries.shortest("icbc", "chatabc", 4, 1, null)).willReturn(List.of(path));
		this.graphQlTester.documentName("shortestPath").variable("from", "icbc").variable("to", "chatabc").execute()
			.path("shortestPath").matchesJson("""
					{"length": 1,
					 "nodes": [{"__typename": "Institution", "id": "icbc"}, {"__typename": "Product", "id": "chatabc"}],
					 "relations": [{"id": "icbc:RELEASED:chatabc", "type": "RELEASED", "from": {"id": "icbc"},
					                "to": {"id": "chatabc"}}]}
					""");
	}

	@Test
	void shouldAnswerNullWhenNoPathIsFoundAndPassTheRelationTypes() {
		given(this.queries.shortest(any(), any(), anyInt(), anyInt(), any())).willReturn(List.of());
		this.graphQlTester.documentName("shortestPath").variable("from", "icbc").variable("to", "chatabc")
			.variable("maxHops", 6).variable("relationTypes", List.of("RELEASED", "USES")).execute()
			.path("shortestPath").valueIsNull();
		verify(this.queries).shortest("icbc", "chatabc", 6, 1, List.of("RELEASED", "USES"));
	}

	@Test
	void shouldAnswerAPathOfLengthZeroFromAnEntityToItself() {
		given(this.entities.findById("icbc", null)).willReturn(Optional.of(ICBC));
		this.graphQlTester.documentName("shortestPath").variable("from", "icbc").variable("to", "icbc").execute()
			.path("shortestPath").matchesJson("""
					{"length": 0, "nodes": [{"__typename": "Institution", "id": "icbc"}], "relations": []}
					""");
		this.graphQlTester.documentName("paths").variable("from", "nope").variable("to", "nope").execute()
			.path("paths").entityList(Object.class).hasSize(0);
		verifyNoInteractions(this.queries);
	}

	@Test
	void shouldRefuseMaxHopsOutside1To6AndUnknownRelationTypesBeforeReading() {
		for (int maxHops : new int[] { 0, 7 }) {
			assertRefused(this.graphQlTester.documentName("shortestPath").variable("from", "a").variable("to", "b")
				.variable("maxHops", maxHops).execute(), "shortestPath", "'maxHops'");
			assertRefused(this.graphQlTester.documentName("paths").variable("from", "a").variable("to", "b")
				.variable("maxHops", maxHops).execute(), "paths", "'maxHops'");
		}
		assertRefused(this.graphQlTester.documentName("shortestPath").variable("from", "a").variable("to", "b")
			.variable("relationTypes", List.of("RELEASED", "RELEASES")).execute(), "shortestPath", "'relationTypes'",
				"'RELEASES'", "RELEASED");
		verifyNoInteractions(this.queries, this.entities);
	}

	@Test
	void shouldListPathsWithinThreeHopsTenByDefault() {
		given(this.queries.shortest(any(), any(), anyInt(), anyInt(), any()))
			.willReturn(List.of(new Path(1, List.of(ICBC, CHATABC), List.of())));
		this.graphQlTester.documentName("paths").variable("from", "icbc").variable("to", "chatabc").execute()
			.path("paths[*].nodes[*].id").entityList(String.class).containsExactly("icbc", "chatabc");
		verify(this.queries).shortest("icbc", "chatabc", 3, 10, null);
		assertRefused(this.graphQlTester.documentName("paths").variable("from", "a").variable("to", "b")
			.variable("first", 101).execute(), "paths", "'first'");
		assertRefused(this.graphQlTester.documentName("paths").variable("from", "a").variable("to", "b")
			.variable("first", 0).execute(), "paths", "'first'");
	}

	@Test
	void shouldReachOneLevelAndAtMost200EntitiesByDefault() {
		Subgraph subgraph = new Subgraph(List.of(ICBC, CHATABC), List.of(ApiObjects.relation(ICBC, "RELEASED", CHATABC)),
				true);
		given(this.queries.neighborhood(eq("icbc"), eq(1), eq(200), isNull(), isNull(), any()))
			.willReturn(Optional.of(subgraph));
		this.graphQlTester.documentName("neighborhood").variable("id", "icbc").execute()
			.path("neighborhood").matchesJson("""
					{"nodes": [{"__typename": "Institution", "id": "icbc", "name": "Name of icbc"},
					           {"__typename": "Product", "id": "chatabc", "name": "Name of chatabc"}],
					 "relations": [{"type": "RELEASED", "from": {"id": "icbc"}, "to": {"id": "chatabc"}}],
					 "truncated": true}
					""");
	}

	@Test
	void shouldPassKindsByNameAndRelationTypesAsGiven() {
		given(this.queries.neighborhood(any(), anyInt(), anyInt(), any(), any(), any())).willReturn(Optional.empty());
		this.graphQlTester.documentName("neighborhood").variable("id", "icbc").variable("depth", 3)
			.variable("limit", 1000).variable("kinds", List.of("PRODUCT", "REGION"))
			.variable("relationTypes", List.of("RELEASED")).execute()
			.path("neighborhood").matchesJson("""
					{"nodes": [], "relations": [], "truncated": false}
					""");
		verify(this.queries).neighborhood(eq("icbc"), eq(3), eq(1000), eq(List.of("Product", "Region")),
				eq(List.of("RELEASED")), any());
	}

	@Test
	void shouldReadTheSelectedPropertiesOfNodesAndEnds() {
		given(this.queries.neighborhood(any(), anyInt(), anyInt(), any(), any(), any())).willReturn(Optional.empty());
		this.graphQlTester.documentName("neighborhoodDrawn").variable("id", "icbc").execute()
			.path("neighborhood.nodes").entityList(Object.class).hasSize(0);
		ArgumentCaptor<EntityProjection> projection = ArgumentCaptor.forClass(EntityProjection.class);
		verify(this.queries).neighborhood(eq("icbc"), eq(1), eq(200), isNull(), isNull(), projection.capture());
		assertThat(projection.getValue().cypher("n")).contains(".category", ".description", ".version")
			.doesNotContain(".aliases", ".citationQuotes");
	}

	@Test
	void shouldRefuseDepthLimitAndRelationTypesOutOfBoundsNamingEach() {
		assertRefused(this.graphQlTester.documentName("neighborhood").variable("id", "icbc").variable("depth", 0)
			.execute(), "neighborhood", "'depth'");
		assertRefused(this.graphQlTester.documentName("neighborhood").variable("id", "icbc").variable("depth", 4)
			.execute(), "neighborhood", "'depth'");
		assertRefused(this.graphQlTester.documentName("neighborhood").variable("id", "icbc").variable("limit", 0)
			.execute(), "neighborhood", "'limit'");
		assertRefused(this.graphQlTester.documentName("neighborhood").variable("id", "icbc").variable("limit", 1001)
			.execute(), "neighborhood", "'limit'");
		assertRefused(this.graphQlTester.documentName("neighborhood").variable("id", "icbc")
			.variable("relationTypes", List.of("released")).execute(), "neighborhood", "'relationTypes'", "'released'");
		verifyNoInteractions(this.queries);
	}

	private static void assertRefused(Response response, String field, String... words) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains(words);
			assertThat(error.getPath()).isEqualTo(field);
		}));
	}

}
