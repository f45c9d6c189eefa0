package com.fintechkg.kg.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fintechkg.kg.command.GenerateCommand;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedValidator;
import com.fintechkg.kg.stored.StoredEntity;
import com.fintechkg.kg.stored.StoredProvenance;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape of a small synthetic graph: the seed's schema, bilingual names, a skewed degree distribution. */
class SyntheticGraphTests {

	private static Seed seed;

	@BeforeAll
	static void readSeed() {
		seed = SeedValidator.load(new DefaultResourceLoader().getResource("classpath:graph-seed/"));
	}

	private static List<Map<String, Object>> entities(SyntheticGraph graph) {
		List<Map<String, Object>> rows = new ArrayList<>();
		graph.entities(100, rows::addAll);
		return rows;
	}

	private static List<Map<String, Object>> relations(SyntheticGraph graph) {
		List<Map<String, Object>> rows = new ArrayList<>();
		graph.relations(100, rows::addAll);
		return rows;
	}

	@Test
	void shouldMarkEveryEntityAsSyntheticWithBilingualNamesAndACitation() {
		List<Map<String, Object>> rows = entities(new SyntheticGraph(seed, 1000, 42));

		assertThat(rows).hasSize(1000).allSatisfy((row) -> {
			assertThat(row.get("origin")).isEqualTo("synthetic");
			assertThat((String) row.get("name")).matches("[A-Za-z -]+ \\d+");
			assertThat((String) row.get("nameZh")).matches("\\p{IsHan}+\\d+");
			assertThat(row.get("citationSources")).isEqualTo(List.of("synthetic"));
			assertThat(seed.vocabulary().kindNamed((String) row.get("kind"))).isPresent();
		});
		assertThat(rows.stream().map((row) -> row.get("kind")).distinct()).hasSize(seed.vocabulary().kinds().size());
		assertThat(rows.stream().map((row) -> row.get("id")).distinct()).hasSize(1000);
	}

	@Test
	void shouldStoreEveryEntityInTheShapeEveryReaderReads() {
		List<Map<String, Object>> rows = entities(new SyntheticGraph(seed, 300, 42));

		assertThat(rows).allSatisfy((row) -> {
			StoredEntity read = StoredEntity.read(Values.value(row));
			Map<String, Object> rewritten = read.properties(StoredProvenance.SYNTHETIC);
			rewritten.put(StoredProvenance.VERSION, 1);
			assertThat(row).isEqualTo(rewritten);
			// the name keys are there, so curation's name-clash check sees synthetic entities
			assertThat(row.get(StoredEntity.NAME_KEYS))
				.isEqualTo(StoredEntity.nameKeys(read.name(), read.nameZh(), read.aliases()))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty();
		});
	}

	@Test
	void shouldUseOnlyRelationTypesAndEndKindsTheVocabularyAllows() {
		SyntheticGraph graph = new SyntheticGraph(seed, 1000, 42);
		Map<String, Kind> kinds = new HashMap<>();
		seed.entities().forEach((entity) -> kinds.put(entity.id(), entity.kind()));
		entities(graph).forEach((row) -> kinds.put((String) row.get("id"), Kind.of((String) row.get("kind"))));
		Map<String, RelationType> vocabulary = seed.vocabulary().types().stream()
			.collect(Collectors.toMap(RelationType::name, (type) -> type));

		List<Map<String, Object>> rows = relations(graph);

		assertThat(rows).allSatisfy((row) -> {
			RelationType type = vocabulary.get((String) row.get("type"));
			assertThat(type).isNotNull();
			assertThat(type.from()).contains(kinds.get((String) row.get("from")));
			assertThat(type.to()).contains(kinds.get((String) row.get("to")));
		});
		assertThat(rows.stream().map((row) -> row.get("type")).distinct()).hasSameSizeAs(seed.vocabulary().types());
	}

	@Test
	void shouldGiveAFewHubsManyRelationsAndMostEntitiesFew() {
		SyntheticGraph graph = new SyntheticGraph(seed, 1000, 42);
		relations(graph);

		int[] degrees = graph.degrees();
		int[] sorted = Arrays.stream(degrees).sorted().toArray();
		int median = sorted[sorted.length / 2];
		int max = sorted[sorted.length - 1];

		assertThat(median).isLessThanOrEqualTo(3);
		assertThat(max).isGreaterThanOrEqualTo(20 * Math.max(1, median));
	}

	@Test
	void shouldGenerateTheSameGraphFromTheSameSeed() {
		assertThat(relations(new SyntheticGraph(seed, 500, 7))).isEqualTo(relations(new SyntheticGraph(seed, 500, 7)));
		assertThat(entities(new SyntheticGraph(seed, 500, 7))).isEqualTo(entities(new SyntheticGraph(seed, 500, 7)));
		assertThat(relations(new SyntheticGraph(seed, 500, 8))).isNotEqualTo(relations(new SyntheticGraph(seed, 500, 7)));
	}

	@Test
	void shouldRejectAnEmptyGraph() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new SyntheticGraph(seed, 0, 42))
			.withMessageContaining("--nodes");
	}

	@Test
	void shouldRejectBadCommandLines() {
		var err = new java.io.ByteArrayOutputStream();
		var stream = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);

		assertThat(GenerateCommand.run(new String[] { "generate" }, System.out, stream)).isEqualTo(2);
		assertThat(GenerateCommand.run(new String[] { "generate", "--nodes", "ten" }, System.out, stream)).isEqualTo(2);
		assertThat(GenerateCommand.run(new String[] { "generate", "--nodes", "10", "--colour", "red" }, System.out,
				stream)).isEqualTo(2);
		assertThat(GenerateCommand.run(new String[] { "generate", "--nodes", "10", "--uri", "bolt://x", "--data-dir", "d" },
				System.out, stream)).isEqualTo(2);
		assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("--nodes is required")
			.contains("must be a whole number").contains("Unknown option --colour").contains("not both");
	}

}
