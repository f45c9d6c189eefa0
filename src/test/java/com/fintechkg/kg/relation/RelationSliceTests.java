package com.fintechkg.kg.relation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityQueries;
import com.fintechkg.kg.filter.Filters.RelationWhere;
import com.fintechkg.kg.paging.Keyset;
import com.fintechkg.kg.relation.TypedRelationPage.Item;
import com.fintechkg.kg.relation.TypedRelationPage.Rows;
import com.fintechkg.kg.support.ApiObjects;
import com.fintechkg.kg.support.ControllerSliceTest;
import com.fintechkg.kg.vocabulary.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Relations at the controller layer: the {@code relations} search over facts (defaults, cursors, filters, the
 * count only when asked), {@code relationTypes}, {@code Entity.relations} (read from the entity asking: far end
 * and direction) and the typed relation fields wired from the schema's {@code @relation} directives, with their
 * refused arguments.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ControllerSliceTest(RelationController.class)
class RelationSliceTests {

	@Autowired
	GraphQlTester graphQlTester;

	@MockitoBean
	RelationQueries relations;

	@MockitoBean
	EntityQueries entities;

	private static final Entity ICBC = ApiObjects.entity("icbc", "Institution");

	private static final Entity CHATABC = ApiObjects.entity("chatabc", "Product");

	private static final Entity PBOC = ApiObjects.entity("pboc", "Institution");

	@BeforeEach
	void icbc() {
		given(this.entities.findById("icbc", null)).willReturn(Optional.of(ICBC));
		given(this.entities.findById("icbc", Kind.of("Institution"))).willReturn(Optional.of(ICBC));
	}

	@Test
	void shouldPageFactsTwentyAtATimeByDefaultWithIdCursors() {
		Relation released = ApiObjects.relation(ICBC, "RELEASED", CHATABC);
		given(this.relations.page(null, null, 21)).willReturn(List.of(released));
		this.graphQlTester.documentName("relations").execute()
			.path("relations").matchesJson("""
					{"edges": [{"cursor": "%s", "node": {"id": "icbc:RELEASED:chatabc", "type": "RELEASED",
					  "from": {"__typename": "Institution", "id": "icbc"}, "to": {"__typename": "Product", "id": "chatabc"},
					  "quote": "Quote stating icbc RELEASED chatabc", "section": "3.1"}}],
					 "pageInfo": {"hasNextPage": false, "hasPreviousPage": false}}
					""".formatted(Keyset.cursor("icbc:RELEASED:chatabc")));
		verify(this.relations, never()).count(any());
	}

	@Test
	void shouldContinueAfterTheIdInTheCursorAndTellThatMoreExist() {
		given(this.relations.page(isNull(), eq("a:B:c"), eq(2))).willReturn(List.of(
				ApiObjects.relation(ICBC, "RELEASED", CHATABC), ApiObjects.relation(PBOC, "REGULATES", ICBC)));
		this.graphQlTester.documentName("relations").variable("first", 1).variable("after", Keyset.cursor("a:B:c"))
			.execute()
			.path("relations.edges[*].node.id").entityList(String.class).containsExactly("icbc:RELEASED:chatabc")
			.path("relations.pageInfo").matchesJson("""
					{"hasNextPage": true, "hasPreviousPage": true}
					""");
	}

	@Test
	void shouldRefuseCursorsItDidNotIssueForThisListAndPageSizesOutOfRange() {
		assertRefused(this.graphQlTester.documentName("relations").variable("after", "not-a-cursor").execute(),
				"relations", "'after'");
		assertRefused(this.graphQlTester.documentName("relations").variable("after", Keyset.cursor(List.of("Name", "id")))
			.execute(), "relations", "'after'");
		assertRefused(this.graphQlTester.documentName("relations").variable("first", 101).execute(), "relations",
				"'first'");
		assertRefused(this.graphQlTester.documentName("relations").variable("first", -1).execute(), "relations",
				"'first'");
		verifyNoInteractions(this.relations);
	}

	@Test
	void shouldPassTheFilterBoundToItsRecordAndCountOnlyWhenAsked() {
		given(this.relations.count(any())).willReturn(7L);
		this.graphQlTester.documentName("relationsCounted")
			.variable("where", Map.of("type", Map.of("in", List.of("RELEASED", "USES")), "fromKind",
					Map.of("eq", "INSTITUTION"), "date", Map.of("gte", "2020-01"), "quote", Map.of("contains", "银行")))
			.execute()
			.path("relations.totalCount").entity(Long.class).isEqualTo(7L);
		ArgumentCaptor<RelationWhere> where = ArgumentCaptor.forClass(RelationWhere.class);
		verify(this.relations).count(where.capture());
		assertThat(where.getValue().type().in()).containsExactly("RELEASED", "USES");
		assertThat(where.getValue().fromKind().eq()).isEqualTo(Kind.of("Institution"));
		assertThat(where.getValue().date().gte()).isEqualTo("2020-01");
		assertThat(where.getValue().quote().contains()).isEqualTo("银行");
		assertThat(where.getValue().toKind()).isNull();
	}

	@Test
	void shouldAnswerTheVocabularyWithKindsAsEnumValues() {
		given(this.relations.types()).willReturn(List.of(new RelationTypeInfo("RELEASED",
				List.of(Kind.of("Institution")), List.of(Kind.of("Product"), Kind.of("Region")), "Released", 12)));
		this.graphQlTester.documentName("relationTypes").execute()
			.path("relationTypes").matchesJson("""
					[{"name": "RELEASED", "from": ["INSTITUTION"], "to": ["PRODUCT", "REGION"],
					  "description": "Released", "count": 12}]
					""");
	}

	@Test
	void shouldReadAnEntitysRelationsFromItsSideInBothDirectionsAndAtMost100ByDefault() {
		given(this.relations.relationsOf(List.of("icbc"), Direction.BOTH, null, 100)).willReturn(Map.of("icbc",
				List.of(ApiObjects.relation(ICBC, "RELEASED", CHATABC), ApiObjects.relation(PBOC, "REGULATES", ICBC))));
		this.graphQlTester.documentName("entityRelations").variable("id", "icbc").execute()
			.path("entity.relations").matchesJson("""
					[{"id": "icbc:RELEASED:chatabc", "type": "RELEASED", "direction": "OUTGOING",
					  "other": {"__typename": "Product", "id": "chatabc"}},
					 {"id": "pboc:REGULATES:icbc", "type": "REGULATES", "direction": "INCOMING",
					  "other": {"__typename": "Institution", "id": "pboc"}}]
					""");
	}

	@Test
	void shouldPassDirectionTypesAndFirstOfEntityRelations() {
		given(this.relations.relationsOf(any(), any(), any(), anyInt())).willReturn(Map.of());
		this.graphQlTester.documentName("entityRelations").variable("id", "icbc").variable("direction", "INCOMING")
			.variable("types", List.of("REGULATES")).variable("first", 0).execute()
			.path("entity.relations").entityList(Object.class).hasSize(0);
		verify(this.relations).relationsOf(List.of("icbc"), Direction.INCOMING, List.of("REGULATES"), 0);
	}

	@Test
	void shouldRefuseEntityRelationsOutOfBoundsOrOfUnknownTypes() {
		assertRefused(this.graphQlTester.documentName("entityRelations").variable("id", "icbc").variable("first", 1001)
			.execute(), "entity.relations", "'first'", "1000");
		assertRefused(this.graphQlTester.documentName("entityRelations").variable("id", "icbc")
			.variable("types", List.of("RELEASED", "NOPE")).execute(), "entity.relations", "'types'", "'NOPE'");
		verify(this.relations, never()).relationsOf(any(), any(), any(), anyInt());
	}

	@Test
	void shouldResolveTypedFieldsByTheirDirectiveWithOneMoreRowThanAsked() {
		Relation released = ApiObjects.relation(ICBC, "RELEASED", CHATABC);
		Entity other = ApiObjects.entity("other", "Product");
		Rows rows = new Rows(List.of(new Item(released, CHATABC, List.of("chatabc")),
				new Item(ApiObjects.relation(ICBC, "OPERATES", other), other, List.of("other"))), 5);
		given(this.relations.typed(any(), any(), any(), any(), anyInt(), any(), anyBoolean())).willReturn(Map.of("icbc", rows));
		this.graphQlTester.documentName("institutionProducts").variable("id", "icbc").variable("first", 1).execute()
			.path("institution.products").matchesJson("""
					[{"__typename": "Product", "id": "chatabc"}]
					""")
			.path("institution.productsConnection").matchesJson("""
					{"totalCount": 5,
					 "edges": [{"node": {"id": "chatabc"}, "direction": "OUTGOING",
					            "properties": {"type": "RELEASED", "quote": "Quote stating icbc RELEASED chatabc"}}],
					 "pageInfo": {"hasNextPage": true}}
					""");
		RelationField list = new RelationField(List.of("RELEASED", "OPERATES", "DEVELOPS"), Direction.OUTGOING,
				Kind.of("Product"), false);
		verify(this.relations).typed(List.of("icbc"), list, null, null, 2, null, false);
		verify(this.relations).typed(List.of("icbc"),
				new RelationField(list.types(), list.direction(), list.target(), true), null, null, 2, null, true);
	}

	@Test
	void shouldRefuseATypedFieldsPageSizeOutOfRange() {
		this.graphQlTester.documentName("institutionProducts").variable("id", "icbc").variable("first", 101).execute()
			.errors().satisfy((errors) -> {
				List<ResponseError> refusals = errors.stream()
					.filter((error) -> error.getErrorType() == ErrorType.BAD_REQUEST)
					.toList();
				assertThat(refusals.stream().map(ResponseError::getPath).toList())
					.containsExactlyInAnyOrder("institution.products", "institution.productsConnection");
				assertThat(refusals).allSatisfy((error) -> assertThat(error.getMessage()).contains("'first'"));
			});
		verify(this.relations, never()).typed(any(), any(), any(), any(), anyInt(), any(), anyBoolean());
	}

	private static void assertRefused(Response response, String path, String... words) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains(words);
			assertThat(error.getPath()).isEqualTo(path);
		}));
	}

}
