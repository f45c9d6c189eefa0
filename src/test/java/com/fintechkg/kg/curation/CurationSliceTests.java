package com.fintechkg.kg.curation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.curation.CurationInputs.CitationInput;
import com.fintechkg.kg.curation.CurationInputs.UpsertEntityInput;
import com.fintechkg.kg.curation.CurationInputs.UpsertRelationInput;
import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.seed.SeedModel;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.support.ApiObjects;
import com.fintechkg.kg.support.ControllerSliceTest;
import com.fintechkg.kg.vocabulary.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The curation mutations and the change log at the controller layer: inputs as the rules and the store receive
 * them (with the schema's defaults), the curator's name, refusals as {@code BAD_REQUEST}, {@code NOT_FOUND} and
 * {@code CONFLICT} with their details and nothing written. Who may call them is specified against the whole
 * application ({@code AuthorizationMatrixTests}); here the caller is a signed-in curator.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ControllerSliceTest(CurationController.class)
@WithMockUser(username = "alice", roles = "CURATOR")
class CurationSliceTests {

	@Autowired
	GraphQlTester graphQlTester;

	@MockitoBean
	CurationRules rules;

	@MockitoBean
	CurationStore store;

	@MockitoBean
	ChangeQueries changes;

	private static final Citation CITATION = new Citation(ApiObjects.SOURCE, "3.2", "一句原文");

	private static final Map<String, Object> CITATION_INPUT = Map.of("section", "3.2", "quote", "一句原文");

	@Test
	void shouldPassTheEntityWithTheSchemasDefaultsAndTheCuratorsName() {
		SeedModel.Entity checked = new SeedModel.Entity("new-bank", Kind.of("Institution"), "New Bank", "新银行",
				List.of(), null, false, "A bank", List.of(CITATION), null, null, null, null,
				new SeedModel.Origin("input", 0));
		given(this.rules.entity(any())).willReturn(checked);
		Entity stored = ApiObjects.entity("new-bank", "Institution");
		given(this.store.upsertEntity(checked, null, "alice"))
			.willReturn(new Payloads.UpsertEntityPayload(stored, true, change("CREATE_ENTITY", "new-bank", 1)));
		this.graphQlTester.documentName("upsertEntity")
			.variable("input", Map.of("id", "new-bank", "kind", "INSTITUTION", "name", "New Bank", "nameZh", "新银行",
					"description", "A bank", "citations", List.of(CITATION_INPUT)))
			.execute()
			.path("upsertEntity").matchesJson("""
					{"entity": {"__typename": "Institution", "id": "new-bank", "version": 1}, "created": true,
					 "change": {"id": "c-1", "action": "CREATE_ENTITY", "by": "alice", "target": "new-bank", "version": 1}}
					""");
		ArgumentCaptor<UpsertEntityInput> input = ArgumentCaptor.forClass(UpsertEntityInput.class);
		verify(this.rules).entity(input.capture());
		assertThat(input.getValue().kind()).isEqualTo(Kind.of("Institution"));
		assertThat(input.getValue().aliases()).isEmpty();
		assertThat(input.getValue().expectedVersion()).isNull();
		assertThat(input.getValue().category()).isNull();
		assertThat(input.getValue().citations())
			.containsExactly(new CitationInput(ApiObjects.SOURCE, "3.2", "一句原文"));
	}

	@Test
	void shouldRefuseAnEntityTheRulesRefuseAsBadRequestWritingNothing() {
		given(this.rules.entity(any())).willThrow(CurationException.invalid("Invalid input: name is blank"));
		this.graphQlTester.documentName("upsertEntity")
			.variable("input", Map.of("id", "new-bank", "kind", "INSTITUTION", "name", " ", "nameZh", "新银行",
					"description", "A bank", "citations", List.of(CITATION_INPUT), "expectedVersion", 2))
			.execute()
			.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("Invalid input: name is blank");
				assertThat(error.getPath()).isEqualTo("upsertEntity");
			}));
		verifyNoInteractions(this.store);
	}

	@Test
	void shouldReportAStaleVersionAsConflictWithBothVersions() {
		given(this.rules.entity(any())).willReturn(null);
		given(this.store.upsertEntity(isNull(), eq(3), eq("alice")))
			.willThrow(CurationException.stale("Entity", "icbc", 3, 4));
		this.graphQlTester.documentName("upsertEntity")
			.variable("input", Map.of("id", "icbc", "kind", "INSTITUTION", "name", "ICBC", "nameZh", "工商银行",
					"description", "A bank", "citations", List.of(CITATION_INPUT), "expectedVersion", 3))
			.execute()
			.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
				assertThat(error.getMessage()).contains("'icbc'", "version 4", "not 3");
				assertThat(error.getExtensions()).containsEntry("expectedVersion", 3).containsEntry("currentVersion", 4);
			}));
	}

	@Test
	void shouldRefuseARelationWithAnUnknownEndAsNotFoundBeforeCheckingIt() {
		given(this.store.kinds(List.of("icbc", "nope"))).willReturn(Map.of("icbc", Kind.of("Institution")));
		this.graphQlTester.documentName("upsertRelation")
			.variable("input", Map.of("from", "icbc", "type", "RELEASED", "to", "nope", "citation", CITATION_INPUT))
			.execute()
			.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("'nope'");
			}));
		verifyNoInteractions(this.rules);
		verify(this.store, never()).upsertRelation(any(), any(), anyString());
	}

	@Test
	void shouldCheckARelationAgainstTheKindsOfItsStoredEnds() {
		given(this.store.kinds(List.of("icbc", "chatabc")))
			.willReturn(Map.of("icbc", Kind.of("Institution"), "chatabc", Kind.of("Product")));
		SeedModel.Relation checked = new SeedModel.Relation("icbc", "RELEASED", "chatabc", "2023", CITATION, null,
				null, new SeedModel.Origin("input", 0));
		given(this.rules.relation(any(), eq(Kind.of("Institution")), eq(Kind.of("Product")))).willReturn(checked);
		Entity icbc = ApiObjects.entity("icbc", "Institution");
		given(this.store.upsertRelation(checked, 1, "alice")).willReturn(new Payloads.UpsertRelationPayload(
				ApiObjects.relation(icbc, "RELEASED", ApiObjects.entity("chatabc", "Product")), false,
				change("UPDATE_RELATION", "icbc:RELEASED:chatabc", 2)));
		this.graphQlTester.documentName("upsertRelation")
			.variable("input", Map.of("from", "icbc", "type", "RELEASED", "to", "chatabc", "date", "2023",
					"citation", CITATION_INPUT, "expectedVersion", 1))
			.execute()
			.path("upsertRelation").matchesJson("""
					{"relation": {"id": "icbc:RELEASED:chatabc", "type": "RELEASED"}, "created": false,
					 "change": {"action": "UPDATE_RELATION", "target": "icbc:RELEASED:chatabc"}}
					""");
		ArgumentCaptor<UpsertRelationInput> input = ArgumentCaptor.forClass(UpsertRelationInput.class);
		verify(this.rules).relation(input.capture(), eq(Kind.of("Institution")), eq(Kind.of("Product")));
		assertThat(input.getValue().date()).isEqualTo("2023");
		assertThat(input.getValue().citation().source()).isEqualTo(ApiObjects.SOURCE);
	}

	@Test
	void shouldDeleteAnEntityWithoutItsRelationsByDefaultAndTheReasonTrimmed() {
		given(this.rules.deletion(any(), any())).willReturn(CITATION);
		given(this.store.deleteEntity(eq("old-bank"), eq(4), eq(false), eq(CITATION), eq("not in the text"),
				eq("alice")))
			.willReturn(new Payloads.DeletePayload("old-bank", List.of(), change("DELETE_ENTITY", "old-bank", 4)));
		this.graphQlTester.documentName("deleteEntity")
			.variable("input", Map.of("id", "old-bank", "expectedVersion", 4, "citation", CITATION_INPUT, "reason",
					"  not in the text "))
			.execute()
			.path("deleteEntity").matchesJson("""
					{"id": "old-bank", "deletedRelations": [],
					 "change": {"action": "DELETE_ENTITY", "target": "old-bank", "reason": "a reason"}}
					""");
		verify(this.rules).deletion(eq(new CitationInput(ApiObjects.SOURCE, "3.2", "一句原文")),
				eq("  not in the text "));
	}

	@Test
	void shouldListTheLatest20ChangesByDefault() {
		given(this.changes.latest(null, 20)).willReturn(List.of(change("CREATE_ENTITY", "new-bank", 1)));
		this.graphQlTester.documentName("changes").execute()
			.path("changes").matchesJson("""
					[{"id": "c-1", "action": "CREATE_ENTITY", "target": "new-bank", "by": "alice", "version": 1,
					  "citation": {"section": "3.2", "quote": "一句原文"}, "before": null}]
					""");
		given(this.changes.latest("icbc", 100)).willReturn(List.of());
		this.graphQlTester.documentName("changes").variable("target", "icbc").variable("first", 100).execute()
			.path("changes").entityList(Object.class).hasSize(0);
		verify(this.changes).latest("icbc", 100);
	}

	@Test
	void shouldRefuseAChangeLogSizeOutside1To100NamingFirst() {
		for (int first : new int[] { 0, 101 }) {
			this.graphQlTester.documentName("changes").variable("first", first).execute()
				.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("'first'").contains(String.valueOf(first));
				}));
		}
		verify(this.changes, never()).latest(any(), anyInt());
	}

	private static Change change(String action, String target, int version) {
		return new Change("c-1", "2026-01-01T00:00:00Z", "alice", action, target, version,
				new Citation(ApiObjects.SOURCE, "3.2", "一句原文"), action.startsWith("DELETE") ? "a reason" : null, null);
	}

}
