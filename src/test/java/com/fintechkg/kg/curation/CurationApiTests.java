package com.fintechkg.kg.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fintechkg.kg.generate.SyntheticGraph;
import com.fintechkg.kg.seed.SeedLoader;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedValidator;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curation: only curators write; every write cites the source verbatim, is validated like the seed, is recorded
 * with who and when, and is checked against the version the curator read. Nothing is lost: a stale write is
 * refused, deleted facts are kept in the change log, and the seed never overwrites a curated fact.
 */
@KnowledgeGraphTest
class CurationApiTests {

	static final String CURATOR = "test-curator-token-0123456789";

	static final String READER = "test-reader-token-0123456789";

	static final String QUOTE = "推出基于开源自研的自主金融 AI 大模型 ChatABC，初步具备自由闲聊、行内知识问答、内容摘要等多类型任务的服务能力。";

	static final String UPSERT_ENTITY = """
			mutation($input: UpsertEntityInput!) {
			  upsertEntity(input: $input) {
			    created
			    entity { id kind name nameZh aliases version provenance { origin createdAt updatedAt updatedBy }
			             citations { section quote source { id } } }
			    change { id at by action target version citation { section quote } before }
			  }
			}""";

	static final String UPSERT_RELATION = """
			mutation($input: UpsertRelationInput!) {
			  upsertRelation(input: $input) {
			    created
			    relation { id type from { id } to { id } quote section version provenance { origin updatedBy } }
			    change { action target version by }
			  }
			}""";

	static final String DELETE_ENTITY = """
			mutation($input: DeleteEntityInput!) {
			  deleteEntity(input: $input) { id deletedRelations change { action target version before reason } }
			}""";

	static final String DELETE_RELATION = """
			mutation($input: DeleteRelationInput!) {
			  deleteRelation(input: $input) { id change { action target before } }
			}""";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	Neo4jClient neo4j;

	/** The embedded database itself: the tests' clean-up writes in-process, as the service's writers do. */
	@Autowired
	GraphDatabaseService database;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void removeWhatTheTestsWrote() {
		this.database.executeTransactionally("MATCH (e:Entity) WHERE e.id STARTS WITH 'curation-test-' DETACH DELETE e");
		this.database.executeTransactionally("MATCH (e:Entity {origin: 'synthetic'}) DETACH DELETE e");
		this.database.executeTransactionally("MATCH (n) WHERE (n:Change OR n:Deleted) DETACH DELETE n");
		this.database.executeTransactionally("MATCH (e:Entity {origin: 'curated'}) SET e.origin = 'seed' REMOVE e.updatedBy, e.updatedAt");
		this.database.executeTransactionally("MATCH ()-[r {origin: 'curated'}]->() DELETE r");
		this.database.executeTransactionally("MATCH (e:Entity) WHERE e.version <> 1 SET e.version = 1");
	}

	static Map<String, Object> entity(String id, String name, String nameZh) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("kind", "PRODUCT");
		input.put("name", name);
		input.put("nameZh", nameZh);
		input.put("aliases", List.of(name + " alias"));
		input.put("category", "model");
		input.put("description", "A curated test entity.");
		input.put("citations", List.of(Map.of("section", "3.2.1", "quote", QUOTE)));
		return input;
	}

	static Map<String, Object> with(Map<String, Object> input, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(input);
		copy.put(key, value);
		return copy;
	}

	Answer write(String mutation, Map<String, Object> input, String token) {
		return this.graphQl.post(mutation, Map.of("input", input), token);
	}

	Answer create(String id, String name, String nameZh) {
		Answer answer = write(UPSERT_ENTITY, entity(id, name, nameZh), CURATOR);
		assertThat(answer.errors()).as(answer.body()).isEmpty();
		return answer;
	}

	long entities() {
		return this.neo4j.query("MATCH (e:Entity) RETURN count(e)").fetchAs(Long.class).one().orElseThrow();
	}

	@Nested
	class WhoMayWrite {

		@Test
		void anonymousMutationsAreUnauthorizedAndWriteNothing() {
			long before = entities();

			Answer answer = CurationApiTests.this.graphQl.post(UPSERT_ENTITY,
					Map.of("input", entity("curation-test-anon", "Anon Model", "匿名模型")));

			assertThat(answer.errorClassifications()).containsExactly("UNAUTHORIZED");
			assertThat(entities()).isEqualTo(before);
		}

		@Test
		void readersAreForbidden() {
			Answer answer = write(UPSERT_ENTITY, entity("curation-test-reader", "Reader Model", "读者模型"), READER);

			assertThat(answer.errorClassifications()).containsExactly("FORBIDDEN");
		}

		@Test
		void anUnknownTokenIsRefusedWith401RatherThanTreatedAsAnonymous() {
			Answer answer = write(UPSERT_ENTITY, entity("curation-test-x", "X Model", "X模型"), "not-a-real-token");

			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.errorClassifications()).containsExactly("UNAUTHORIZED");
		}

		@Test
		void readsWithATokenStillWork() {
			Answer answer = CurationApiTests.this.graphQl.post("{ entity(id: \"icbc\") { name } }", Map.of(), READER);

			assertThat(answer.<String>read("$.data.entity.name")).isEqualTo("Industrial and Commercial Bank of China");
		}

		@Test
		void thereIsNoDefaultUserOrPassword() {
			assertThat(CurationApiTests.this.context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
		}

		@Test
		void mutationsOverGetAreRefused() {
			Answer answer = CurationApiTests.this.graphQl.get("mutation { deleteRelation(input: {id: \"a:B:c\", "
					+ "expectedVersion: 1, reason: \"x\", citation: {section: \"1\", quote: \"x\"}}) { id } }");

			assertThat(answer.status()).isEqualTo(405);
		}

	}

	@Nested
	class Creating {

		@Test
		void anEntityIsStoredWithItsCitationAndWhoAndWhen() {
			Answer answer = create("curation-test-model", "Curated Model", "策展模型");

			assertThat(answer.<Boolean>read("$.data.upsertEntity.created")).isTrue();
			assertThat(answer.<Integer>read("$.data.upsertEntity.entity.version")).isEqualTo(1);
			assertThat(answer.<String>read("$.data.upsertEntity.entity.provenance.origin")).isEqualTo("curated");
			assertThat(answer.<String>read("$.data.upsertEntity.entity.provenance.updatedBy")).isEqualTo("test-curator");
			assertThat(answer.<String>read("$.data.upsertEntity.entity.provenance.createdAt")).isNotBlank();
			assertThat(answer.<String>read("$.data.upsertEntity.entity.citations[0].quote")).isEqualTo(QUOTE);
			assertThat(answer.<String>read("$.data.upsertEntity.change.action")).isEqualTo("CREATE_ENTITY");
			assertThat(answer.<String>read("$.data.upsertEntity.change.by")).isEqualTo("test-curator");
			assertThat(answer.<Object>read("$.data.upsertEntity.change.before")).isNull();

			Answer read = CurationApiTests.this.graphQl.post(
					"{ product(id: \"curation-test-model\") { nameZh } search(query: \"策展模型\", first: 1) { entity { id } } }");
			assertThat(read.<String>read("$.data.product.nameZh")).isEqualTo("策展模型");
			assertThat(read.<List<String>>read("$.data.search[*].entity.id")).containsExactly("curation-test-model");
		}

		@Test
		void aRelationIsStoredAndServedLikeASeededOne() {
			create("curation-test-model", "Curated Model", "策展模型");

			Answer answer = write(UPSERT_RELATION, Map.of("from", "abc", "type", "RELEASED", "to", "curation-test-model",
					"date", "2023-08", "citation", Map.of("section", "3.2.1", "quote", QUOTE)), CURATOR);

			assertThat(answer.errors()).as(answer.body()).isEmpty();
			assertThat(answer.<String>read("$.data.upsertRelation.relation.id")).isEqualTo("abc:RELEASED:curation-test-model");
			assertThat(answer.<String>read("$.data.upsertRelation.relation.provenance.origin")).isEqualTo("curated");
			Answer read = CurationApiTests.this.graphQl.post(
					"{ product(id: \"curation-test-model\") { relations(direction: INCOMING) { type from { id } quote } } }");
			assertThat(read.errors()).as(read.body()).isEmpty();
			assertThat(read.<List<String>>read("$.data.product.relations[*].from.id")).containsExactly("abc");
		}

		@Test
		void anExistingIdIsAConflictNotAnOverwrite() {
			create("curation-test-model", "Curated Model", "策展模型");

			Answer answer = write(UPSERT_ENTITY, entity("curation-test-model", "Other Name", "别的名字"), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("CONFLICT");
			assertThat((String) answer.errors().getFirst().get("message")).contains("expectedVersion");
			assertThat(CurationApiTests.this.graphQl.post("{ entity(id: \"curation-test-model\") { name } }")
				.<String>read("$.data.entity.name")).isEqualTo("Curated Model");
		}

	}

	@Nested
	class Validation {

		@Test
		void aQuoteNotInTheSourceIsRefused() {
			Answer answer = write(UPSERT_ENTITY, with(entity("curation-test-model", "Curated Model", "策展模型"),
					"citations", List.of(Map.of("section", "3.2.1", "quote", "这句话不在白皮书里"))), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) answer.errors().getFirst().get("message")).contains("verbatim");
		}

		@Test
		void everyProblemIsListedAndNothingIsWritten() {
			long before = entities();
			Map<String, Object> input = with(with(with(entity("Bad Id!", " ", "策展模型"), "citations", List.of()),
					"value", 3.0), "description", "");

			Answer answer = write(UPSERT_ENTITY, input, CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) answer.errors().getFirst().get("message")).contains("citation", "`name`", "`description`",
					"id 'Bad Id!'", "only indicators have `value`");
			assertThat(entities()).isEqualTo(before);
		}

		@Test
		void aNameOfAnotherEntityIsAConflict() {
			Answer answer = write(UPSERT_ENTITY, with(entity("curation-test-model", "Curated Model", "策展模型"), "aliases",
					List.of("ICBC")), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("CONFLICT");
			assertThat((String) answer.errors().getFirst().get("message")).contains("icbc");
		}

		@Test
		void aNameOfASyntheticEntityIsAConflictToo() {
			Seed seed = SeedValidator.load(new DefaultResourceLoader().getResource("classpath:graph-seed/"));
			List<Map<String, Object>> rows = new ArrayList<>();
			new SyntheticGraph(seed, 1, 42).entities(1, rows::addAll);
			CurationApiTests.this.database.executeTransactionally(SyntheticGraph.createEntities(rows), Map.of("rows", rows));
			Map<String, Object> synthetic = rows.getFirst();

			Answer answer = write(UPSERT_ENTITY, with(entity("curation-test-model", "Curated Model", "策展模型"), "aliases",
					List.of(((String) synthetic.get("name")).toUpperCase(Locale.ROOT).replace(" ", ""))), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("CONFLICT");
			assertThat((String) answer.errors().getFirst().get("message")).contains((String) synthetic.get("id"));
		}

		@Test
		void aRelationMustFitTheVocabulary() {
			create("curation-test-model", "Curated Model", "策展模型");

			Answer answer = write(UPSERT_RELATION, Map.of("from", "curation-test-model", "type", "REGULATES", "to", "icbc",
					"citation", Map.of("section", "3.2.1", "quote", QUOTE)), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) answer.errors().getFirst().get("message")).contains("REGULATES cannot start at Product");
		}

		@Test
		void aRelationToAnUnknownEntityIsNotFound() {
			Answer answer = write(UPSERT_RELATION, Map.of("from", "icbc", "type", "RELEASED", "to", "curation-test-none",
					"citation", Map.of("section", "3.2.1", "quote", QUOTE)), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("NOT_FOUND");
		}

		@Test
		void theKindOfAnEntityCannotChange() {
			create("curation-test-model", "Curated Model", "策展模型");

			Answer answer = write(UPSERT_ENTITY, with(with(entity("curation-test-model", "Curated Model", "策展模型"), "kind",
					"SCENARIO"), "expectedVersion", 1), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
		}

	}

	@Nested
	class Versions {

		@Test
		void anUpdateWithTheCurrentVersionAppliesAndKeepsTheStateBefore() {
			create("curation-test-model", "Curated Model", "策展模型");

			Answer answer = write(UPSERT_ENTITY, with(with(entity("curation-test-model", "Curated Model", "策展模型"),
					"description", "Changed."), "expectedVersion", 1), CURATOR);

			assertThat(answer.errors()).as(answer.body()).isEmpty();
			assertThat(answer.<Integer>read("$.data.upsertEntity.entity.version")).isEqualTo(2);
			assertThat(answer.<String>read("$.data.upsertEntity.change.action")).isEqualTo("UPDATE_ENTITY");
			assertThat(answer.<String>read("$.data.upsertEntity.change.before")).contains("A curated test entity.");
		}

		@Test
		void aStaleUpdateIsRefusedNotSilentlyApplied() {
			create("curation-test-model", "Curated Model", "策展模型");
			write(UPSERT_ENTITY, with(with(entity("curation-test-model", "Curated Model", "策展模型"), "description",
					"First curator's change."), "expectedVersion", 1), CURATOR);

			Answer stale = write(UPSERT_ENTITY, with(with(entity("curation-test-model", "Curated Model", "策展模型"),
					"description", "Second curator's change."), "expectedVersion", 1), CURATOR);

			assertThat(stale.errorClassifications()).containsExactly("CONFLICT");
			assertThat(stale.<Integer>read("$.errors[0].extensions.currentVersion")).isEqualTo(2);
			assertThat(CurationApiTests.this.graphQl.post("{ entity(id: \"curation-test-model\") { description version } }")
				.<Map<String, Object>>read("$.data.entity")).isEqualTo(Map.of("description", "First curator's change.",
						"version", 2));
		}

		@Test
		void ofConcurrentUpdatesFromOneVersionExactlyOneWins() throws Exception {
			create("curation-test-model", "Curated Model", "策展模型");
			int writers = 8;
			List<Callable<Answer>> updates = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				Map<String, Object> input = with(with(entity("curation-test-model", "Curated Model", "策展模型"),
						"description", "Writer " + i), "expectedVersion", 1);
				updates.add(() -> write(UPSERT_ENTITY, input, CURATOR));
			}
			List<Answer> answers = new ArrayList<>();
			try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
				for (Future<Answer> answer : pool.invokeAll(updates)) {
					answers.add(answer.get());
				}
			}

			assertThat(answers.stream().filter((answer) -> answer.errors().isEmpty())).hasSize(1);
			assertThat(answers.stream().filter((answer) -> !answer.errors().isEmpty()))
				.allSatisfy((answer) -> assertThat(answer.errorClassifications()).containsExactly("CONFLICT"));
			assertThat(CurationApiTests.this.graphQl.post("{ entity(id: \"curation-test-model\") { version } }")
				.<Integer>read("$.data.entity.version")).isEqualTo(2);
		}

	}

	@Nested
	class Deleting {

		@Test
		void anEntityWithRelationsIsKeptUnlessDetachIsAsked() {
			create("curation-test-model", "Curated Model", "策展模型");
			write(UPSERT_RELATION, Map.of("from", "abc", "type", "RELEASED", "to", "curation-test-model", "citation",
					Map.of("section", "3.2.1", "quote", QUOTE)), CURATOR);
			Map<String, Object> delete = Map.of("id", "curation-test-model", "expectedVersion", 1, "reason", "test",
					"citation", Map.of("section", "3.2.1", "quote", QUOTE));

			Answer refused = write(DELETE_ENTITY, delete, CURATOR);
			Answer deleted = write(DELETE_ENTITY, with(delete, "detach", true), CURATOR);

			assertThat(refused.errorClassifications()).containsExactly("CONFLICT");
			assertThat(deleted.errors()).as(deleted.body()).isEmpty();
			assertThat(deleted.<List<String>>read("$.data.deleteEntity.deletedRelations"))
				.containsExactly("abc:RELEASED:curation-test-model");
			assertThat(deleted.<String>read("$.data.deleteEntity.change.before")).contains("策展模型");
			Answer log = CurationApiTests.this.graphQl.post(
					"{ changes(target: \"abc:RELEASED:curation-test-model\") { action before } }");
			assertThat(log.<List<String>>read("$.data.changes[*].action")).containsExactly("DELETE_RELATION", "CREATE_RELATION");
			assertThat(CurationApiTests.this.graphQl.post("{ entity(id: \"curation-test-model\") { id } }")
				.<Object>read("$.data.entity")).isNull();
		}

		@Test
		void aStaleDeleteIsRefused() {
			create("curation-test-model", "Curated Model", "策展模型");

			Answer answer = write(DELETE_ENTITY, Map.of("id", "curation-test-model", "expectedVersion", 7, "reason", "test",
					"citation", Map.of("section", "3.2.1", "quote", QUOTE)), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("CONFLICT");
			assertThat(CurationApiTests.this.graphQl.post("{ entity(id: \"curation-test-model\") { id } }")
				.<String>read("$.data.entity.id")).isEqualTo("curation-test-model");
		}

		@Test
		void deletingWhatDoesNotExistIsNotFound() {
			Answer answer = write(DELETE_RELATION, Map.of("id", "icbc:RELEASED:curation-test-none", "expectedVersion", 1,
					"reason", "test", "citation", Map.of("section", "3.2.1", "quote", QUOTE)), CURATOR);

			assertThat(answer.errorClassifications()).containsExactly("NOT_FOUND");
		}

	}

	@Nested
	class TheSeed {

		@Autowired
		SeedLoader loader;

		@Test
		void neverOverwritesACuratedChangeNorBringsBackADeletedFact() {
			try {
				curateThenReloadTheSeed();
			}
			finally {
				restoreTheSeed();
			}
		}

		private void curateThenReloadTheSeed() {
			Answer read = CurationApiTests.this.graphQl.post(
					"{ entity(id: \"chatabc\") { version relations(direction: INCOMING) { id version } } }");
			assertThat(read.errors()).as(read.body()).isEmpty();
			int version = read.read("$.data.entity.version");
			String relationId = read.<List<String>>read("$.data.entity.relations[*].id").getFirst();
			Map<String, Object> change = with(with(entity("chatabc", "ChatABC", "ChatABC"), "aliases",
					List.of("ABC financial AI large model", "自主金融 AI 大模型")), "expectedVersion", version);
			change = with(change, "description", "Curated description of ChatABC.");
			assertThat(write(UPSERT_ENTITY, change, CURATOR).errors()).isEmpty();
			assertThat(write(DELETE_RELATION, Map.of("id", relationId, "expectedVersion", 1, "reason", "test",
					"citation", Map.of("section", "3.2.1", "quote", QUOTE)), CURATOR).errors()).isEmpty();

			this.loader.load(SeedValidator.load(new DefaultResourceLoader().getResource("classpath:graph-seed/")), true);

			Answer after = CurationApiTests.this.graphQl.post(
					"{ entity(id: \"chatabc\") { description version provenance { origin } relations(direction: INCOMING) { id } } }");
			assertThat(after.<String>read("$.data.entity.description")).isEqualTo("Curated description of ChatABC.");
			assertThat(after.<String>read("$.data.entity.provenance.origin")).isEqualTo("curated");
			assertThat(after.<List<String>>read("$.data.entity.relations[*].id")).doesNotContain(relationId);
		}

		private void restoreTheSeed() {
			removeWhatTheTestsWrote();
			this.loader.load(SeedValidator.load(new DefaultResourceLoader().getResource("classpath:graph-seed/")), true);
		}

	}

	/** A relation keeps every passage a curator gives, checked, versioned and logged like one. */
	@Nested
	class Citations {

		static final String SECOND = "二是探索通过大模型挖掘数据要素价值，实现风控效能倍增。";

		static final String THIRD = "云原生分布式架构作为突破性的技术革新，已经成为部分金融机构核心系统转型的趋势和方向。";

		static final String RELATION = """
				mutation($input: UpsertRelationInput!) {
				  upsertRelation(input: $input) {
				    created
				    relation { id version role quote citations { section quote source { id } } }
				    change { action version before }
				  }
				}""";

		Map<String, Object> relation(Object... citations) {
			Map<String, Object> input = new LinkedHashMap<>(Map.of("from", "abc", "type", "RELEASED", "to",
					"curation-test-model"));
			input.put("citations", List.of(citations));
			return input;
		}

		static Map<String, String> cited(String section, String quote) {
			return Map.of("section", section, "quote", quote);
		}

		@Test
		void aRelationTakesSeveralCitationsAndAnUpdateAddsOneKeepingTheOthers() {
			create("curation-test-model", "Curated Model", "策展模型");

			Answer created = write(RELATION, with(relation(cited("4.2.2", SECOND)), "citation", cited("3.2.1", QUOTE)),
					CURATOR);
			assertThat(created.errors()).as(created.body()).isEmpty();
			assertThat(created.<List<String>>read("$.data.upsertRelation.relation.citations[*].quote"))
				.as("`citation` first, then `citations`").containsExactly(QUOTE, SECOND);
			assertThat(created.<String>read("$.data.upsertRelation.relation.quote")).isEqualTo(QUOTE);
			assertThat(created.<String>read("$.data.upsertRelation.change.action")).isEqualTo("CREATE_RELATION");

			Answer updated = write(RELATION, with(relation(cited("3.2.1", QUOTE), cited("4.2.2", SECOND),
					cited("3.1.2", THIRD)), "expectedVersion", 1), CURATOR);
			assertThat(updated.errors()).as(updated.body()).isEmpty();
			assertThat(updated.<Integer>read("$.data.upsertRelation.relation.version")).isEqualTo(2);
			assertThat(updated.<String>read("$.data.upsertRelation.change.action")).isEqualTo("UPDATE_RELATION");
			assertThat(updated.<String>read("$.data.upsertRelation.change.before")).contains(QUOTE, SECOND)
				.doesNotContain(THIRD);

			Answer read = CurationApiTests.this.graphQl.post("""
					{ relations(where: {id: {eq: "abc:RELEASED:curation-test-model"}}) {
					    edges { node { citations { section quote } } } } }""");
			assertThat(read.<List<String>>read("$.data.relations.edges[0].node.citations[*].quote"))
				.containsExactly(QUOTE, SECOND, THIRD);
			assertThat(read.<List<String>>read("$.data.relations.edges[0].node.citations[*].section"))
				.containsExactly("3.2.1", "4.2.2", "3.1.2");
			Map<String, Object> stored = CurationApiTests.this.neo4j
				.query("MATCH ()-[r {id: 'abc:RELEASED:curation-test-model'}]->() RETURN r.citationQuotes AS quotes, r.quote AS quote")
				.fetch().one().orElseThrow();
			assertThat(stored.get("quotes")).as("stored as the parallel lists").isEqualTo(List.of(QUOTE, SECOND, THIRD));
			assertThat(stored.get("quote")).as("and only so").isNull();
		}

		@Test
		void everyCitationIsCheckedVerbatimNoneTwiceAndAtLeastOneIsGiven() {
			create("curation-test-model", "Curated Model", "策展模型");

			Answer twice = write(RELATION, relation(cited("3.2.1", QUOTE), cited("3.2.1", QUOTE)), CURATOR);
			assertThat(twice.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) twice.errors().getFirst().get("message")).contains("duplicate citation");

			Answer invented = write(RELATION, relation(cited("3.2.1", QUOTE), cited("4.2.2", "这句话不在白皮书里")), CURATOR);
			assertThat(invented.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) invented.errors().getFirst().get("message")).contains("verbatim", "这句话不在白皮书里");

			Answer none = write(RELATION, relation(), CURATOR);
			assertThat(none.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) none.errors().getFirst().get("message")).contains("no citation");

			assertThat(CurationApiTests.this.graphQl.post(
					"{ relations(where: {id: {eq: \"abc:RELEASED:curation-test-model\"}}) { totalCount } }")
				.<Integer>read("$.data.relations.totalCount")).as("nothing written").isZero();
		}

		@Test
		void aRoleIsTakenOnlyWhereTheVocabularyDeclaresIt() {
			create("curation-test-model", "Curated Model", "策展模型");
			Map<String, Object> market = new LinkedHashMap<>(Map.of("from", "beijing", "type", "MARKET_FOR", "to",
					"curation-test-model", "role", "early-mover", "citation", cited("3.2.1", QUOTE)));

			Answer answer = write(RELATION, market, CURATOR);
			assertThat(answer.errors()).as(answer.body()).isEmpty();
			assertThat(answer.<String>read("$.data.upsertRelation.relation.role")).isEqualTo("early-mover");
			assertThat(CurationApiTests.this.graphQl.post("""
					{ relations(where: {role: {eq: "early-mover"}, to: {eq: "curation-test-model"}}) { edges { node { id } } } }""")
				.<List<String>>read("$.data.relations.edges[*].node.id"))
				.containsExactly("beijing:MARKET_FOR:curation-test-model");

			Answer refused = write(RELATION, with(relation(cited("3.2.1", QUOTE)), "role", "early-mover"), CURATOR);
			assertThat(refused.errorClassifications()).containsExactly("BAD_REQUEST");
			assertThat((String) refused.errors().getFirst().get("message")).contains("`role` is not a fact of RELEASED");
		}

	}

}
