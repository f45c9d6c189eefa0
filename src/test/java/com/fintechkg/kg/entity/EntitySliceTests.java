package com.fintechkg.kg.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fintechkg.kg.entity.EntityQueries.Row;
import com.fintechkg.kg.filter.Filters.EntityWhere;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.support.ApiObjects;
import com.fintechkg.kg.support.ControllerSliceTest;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.SchemaGenerator;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;
import com.fintechkg.kg.vocabulary.Vocabulary;
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
 * The entity lookups and lists at the controller layer ({@code EntityController}, the kinds' root fields wired by
 * {@code KindRootFields}, {@code KindController}, {@code IndicatorController}): arguments as the query class
 * receives them, the schema's defaults, refused arguments, and the shape of the answers.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ControllerSliceTest({ KindController.class, IndicatorController.class })
class EntitySliceTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	Vocabulary vocabulary;

	@MockitoBean
	EntityQueries entities;

	private static final Entity ICBC = ApiObjects.entity("icbc", "Institution");

	@Test
	void shouldAnswerAnEntityAsTheObjectTypeOfItsKind() {
		given(this.entities.findById("icbc", null)).willReturn(Optional.of(ICBC));
		this.graphQlTester.documentName("entity").variable("id", "icbc").execute()
			.path("entity").matchesJson("""
					{"__typename": "Institution", "id": "icbc", "kind": "INSTITUTION", "name": "Name of icbc",
					 "nameZh": "icbc的名称", "aliases": ["ICBC"], "category": null, "description": "About icbc",
					 "citations": [{"section": "1.1", "quote": "Quote about icbc"}], "version": 1,
					 "provenance": {"origin": "seed"}}
					""");
	}

	@Test
	void shouldAnswerNullForAnUnknownId() {
		given(this.entities.findById("nope", null)).willReturn(Optional.empty());
		this.graphQlTester.documentName("entity").variable("id", "nope").execute().path("entity").valueIsNull();
		verify(this.entities).findById("nope", null);
	}

	@Test
	void shouldLookUpEveryKindByItsOwnRootFieldAndKind() {
		for (KindDefinition definition : this.vocabulary.kinds()) {
			Kind kind = definition.kind();
			String field = SchemaGenerator.lookupField(kind);
			given(this.entities.findById("x-" + field, kind))
				.willReturn(Optional.of(ApiObjects.entity("x-" + field, kind.name())));
			this.graphQlTester.document("{ %s(id: \"x-%s\") { __typename id } }".formatted(field, field)).execute()
				.path(field + ".__typename").entity(String.class).isEqualTo(kind.name())
				.path(field + ".id").entity(String.class).isEqualTo("x-" + field);
		}
		assertThat(this.vocabulary.kinds()).hasSizeGreaterThan(1);
	}

	@Test
	void shouldPageEveryKindThroughItsOwnRootListAndKind() {
		for (KindDefinition definition : this.vocabulary.kinds()) {
			Kind kind = definition.kind();
			String field = SchemaGenerator.listField(definition);
			given(this.entities.page(eq(kind), isNull(), any(), isNull(), eq(3)))
				.willReturn(List.of(row(ApiObjects.entity("a-" + field, kind.name()))));
			this.graphQlTester.document("{ %s(first: 2) { edges { node { __typename id } } } }".formatted(field))
				.execute()
				.path(field + ".edges[*].node.__typename").entityList(String.class).containsExactly(kind.name())
				.path(field + ".edges[*].node.id").entityList(String.class).containsExactly("a-" + field);
		}
	}

	@Test
	void shouldAskForOneMoreThanTheDefaultPageOf20() {
		given(this.entities.page(isNull(), isNull(), any(), isNull(), anyInt())).willReturn(List.of());
		this.graphQlTester.documentName("entities").execute()
			.path("entities").matchesJson("""
					{"edges": [], "pageInfo": {"hasNextPage": false, "hasPreviousPage": false,
					 "startCursor": null, "endCursor": null}}
					""");
		verify(this.entities).page(isNull(), isNull(), any(Keyset.class), isNull(), eq(21));
	}

	@Test
	void shouldAnswerAFullPageWithANextPageAndCursorsOfTheSortKeys() {
		List<Row> rows = IntStream.rangeClosed(1, 3).mapToObj((i) -> row(ApiObjects.entity("e" + i, "Product"))).toList();
		given(this.entities.page(isNull(), isNull(), any(), eq("after-cursor"), eq(3))).willReturn(rows);
		this.graphQlTester.documentName("entities").variable("first", 2).variable("after", "after-cursor").execute()
			.path("entities.edges[*].node.id").entityList(String.class).containsExactly("e1", "e2")
			.path("entities.edges[*].cursor").entityList(String.class)
			.containsExactly(Keyset.cursor(List.of("e1")), Keyset.cursor(List.of("e2")))
			.path("entities.pageInfo").matchesJson("""
					{"hasNextPage": true, "hasPreviousPage": true, "startCursor": "%s", "endCursor": "%s"}
					""".formatted(Keyset.cursor(List.of("e1")), Keyset.cursor(List.of("e2"))));
	}

	@Test
	void shouldPassTheFilterAsTheClientWroteIt() {
		given(this.entities.page(any(), any(), any(), any(), anyInt())).willReturn(List.of());
		this.graphQlTester.documentName("entities")
			.variable("where", Map.of("name", Map.of("contains", "bank"), "kind", Map.of("in", List.of("INSTITUTION", "REGION")),
					"NOT", Map.of("id", Map.of("eq", "icbc"))))
			.execute()
			.path("entities.edges").entityList(Object.class).hasSize(0);
		ArgumentCaptor<EntityWhere> where = ArgumentCaptor.forClass(EntityWhere.class);
		verify(this.entities).page(isNull(), where.capture(), any(), isNull(), eq(21));
		assertThat(where.getValue().name().contains()).isEqualTo("bank");
		assertThat(where.getValue().kind().in()).containsExactly(Kind.of("Institution"), Kind.of("Region"));
		assertThat(where.getValue().NOT().id().eq()).isEqualTo("icbc");
		assertThat(where.getValue().description()).isNull();
	}

	@Test
	void shouldCountOnlyWhenTheClientAsksForTheTotal() {
		given(this.entities.page(any(), any(), any(), any(), anyInt())).willReturn(List.of(row(ICBC)));
		given(this.entities.count(eq(null), any())).willReturn(42L);
		this.graphQlTester.documentName("entities").execute().path("entities.edges").entityList(Object.class).hasSize(1);
		verify(this.entities, never()).count(any(), any());
		this.graphQlTester.documentName("entitiesCounted").variable("where", Map.of("category", Map.of("eq", "bank")))
			.execute()
			.path("entities.totalCount").entity(Long.class).isEqualTo(42L);
		ArgumentCaptor<EntityWhere> where = ArgumentCaptor.forClass(EntityWhere.class);
		verify(this.entities).count(isNull(), where.capture());
		assertThat(where.getValue().category().eq()).isEqualTo("bank");
	}

	@Test
	void shouldRefuseAPageSizeOutsideZeroTo100NamingTheArgument() {
		for (int first : new int[] { -1, 101 }) {
			this.graphQlTester.documentName("entities").variable("first", first).execute()
				.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("'first'").contains("100").contains(String.valueOf(first));
					assertThat(error.getPath()).isEqualTo("entities");
				}))
				.path("entities").valueIsNull();
		}
		verify(this.entities, never()).page(any(), any(), any(), any(), anyInt());
	}

	@Test
	void shouldAnswerAnEmptyPageForFirstZeroAndStillTellWhetherMoreExist() {
		given(this.entities.page(any(), any(), any(), any(), eq(1))).willReturn(List.of(row(ICBC)));
		this.graphQlTester.documentName("entities").variable("first", 0).execute()
			.path("entities.edges").entityList(Object.class).hasSize(0)
			.path("entities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void shouldRefuseMoreThanFiveSortKeysNamingOrderBy() {
		List<Map<String, String>> orderBy = List.of("NAME", "NAME_ZH", "KIND", "CATEGORY", "VALUE", "PERIOD")
			.stream()
			.map((field) -> Map.of("field", field))
			.toList();
		this.graphQlTester.documentName("entities").variable("orderBy", orderBy).execute()
			.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'orderBy'");
			}));
		verifyNoInteractions(this.entities);
	}

	@Test
	void shouldApplyTheKindsListDefaultsAndBoundsLikeTheGenericList() {
		given(this.entities.page(any(), any(), any(), any(), anyInt())).willReturn(List.of());
		given(this.entities.count(any(), any())).willReturn(0L);
		this.graphQlTester.documentName("institutions").execute()
			.path("institutions.totalCount").entity(Long.class).isEqualTo(0L);
		verify(this.entities).page(eq(Kind.of("Institution")), isNull(), any(), isNull(), eq(21));
		verify(this.entities).count(Kind.of("Institution"), null);
		this.graphQlTester.documentName("institutions").variable("first", 101).execute()
			.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'first'");
				assertThat(error.getPath()).isEqualTo("institutions");
			}))
			.path("institutions").valueIsNull();
	}

	@Test
	void shouldPassTheKindsListFilterBoundToItsRecord() {
		given(this.entities.page(any(), any(), any(), any(), anyInt())).willReturn(List.of());
		given(this.entities.count(any(), any())).willReturn(0L);
		this.graphQlTester.documentName("institutions")
			.variable("where", Map.of("OR", List.of(Map.of("alias", Map.of("eq", "ICBC")), Map.of("value", Map.of("gte", 1.5)))))
			.execute()
			.path("institutions.edges").entityList(Object.class).hasSize(0);
		ArgumentCaptor<EntityWhere> where = ArgumentCaptor.forClass(EntityWhere.class);
		verify(this.entities).page(eq(Kind.of("Institution")), where.capture(), any(), isNull(), eq(21));
		assertThat(where.getValue().OR()).hasSize(2);
		assertThat(where.getValue().OR().get(0).alias().eq()).isEqualTo("ICBC");
		assertThat(where.getValue().OR().get(1).value().gte()).isEqualTo(1.5);
	}

	@Test
	void shouldAnswerAnIndicatorsFigure() {
		given(this.entities.findById("gdp-share", Kind.of("Indicator")))
			.willReturn(Optional.of(ApiObjects.indicator("gdp-share", 7.8, "%", "2022")));
		this.graphQlTester.documentName("indicator").variable("id", "gdp-share").execute()
			.path("indicator").matchesJson("""
					{"__typename": "Indicator", "id": "gdp-share", "value": 7.8, "unit": "%", "period": "2022"}
					""");
	}

	@Test
	void shouldListTheKindsOfTheVocabularyInItsOrder() {
		this.graphQlTester.documentName("kinds").execute()
			.path("kinds[*].typeName").entityList(String.class)
			.isEqualTo(this.vocabulary.kinds().stream().map((kind) -> kind.kind().name()).toList())
			.path("kinds[0]").matchesJson("""
					{"kind": "INSTITUTION", "typeName": "Institution", "nameZh": "机构", "plural": "institutions",
					 "color": "#4C8EDA", "shape": "ellipse"}
					""");
		verifyNoInteractions(this.entities);
	}

	private static Row row(Entity entity) {
		return new Row(entity, List.of(entity.id()));
	}

}
