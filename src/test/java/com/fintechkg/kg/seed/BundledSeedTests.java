package com.fintechkg.kg.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fintechkg.kg.seed.SeedModel.Entity;
import com.fintechkg.kg.seed.SeedModel.Relation;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled graph itself: faithful to the whitepaper (every quote verbatim, every fact cited), free of
 * duplicates, within the documented vocabulary, and as complete as the text is.
 */
class BundledSeedTests {

	static Seed seed;

	static String source;

	@BeforeAll
	static void load() throws IOException {
		seed = SeedValidator.load(new FileSystemResource(SeedFixture.BUNDLED + "/"));
		source = withoutWhitespace(Files.readString(
				SeedFixture.BUNDLED.resolve("sources/china-fintech-ecosystem-whitepaper-2023.zh.txt"), StandardCharsets.UTF_8));
	}

	/**
	 * The text with every whitespace character removed (the text wraps lines and pads table cells, quotes
	 * may not), written here rather than taken from the validator under test.
	 */
	static String withoutWhitespace(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	@Test
	void shouldQuoteTheWhitepaperVerbatimInEveryCitation() {
		List<Citation> citations = seed.entities().stream().flatMap((entity) -> entity.citations().stream()).toList();
		List<Citation> relationCitations = seed.relations().stream()
			.flatMap((relation) -> relation.citations().stream())
			.toList();

		assertThat(citations).isNotEmpty().allSatisfy((citation) -> assertThat(source).as(citation.quote())
			.contains(withoutWhitespace(citation.quote())));
		assertThat(relationCitations).isNotEmpty().allSatisfy((citation) -> assertThat(source).as(citation.quote())
			.contains(withoutWhitespace(citation.quote())));
	}

	@Test
	void shouldCiteEveryNodeAndRelationWithSectionAndQuote() {
		assertThat(seed.entities()).allSatisfy((entity) -> assertThat(entity.citations()).as(entity.id()).isNotEmpty()
			.allSatisfy((citation) -> {
				assertThat(citation.section()).matches(SeedValidator.SECTION);
				assertThat(citation.quote()).isNotBlank();
			}));
		assertThat(seed.relations()).allSatisfy((relation) -> assertThat(relation.citations()).as(relation.id())
			.isNotEmpty()
			.allSatisfy((citation) -> {
				assertThat(citation.section()).matches(SeedValidator.SECTION);
				assertThat(citation.quote()).isNotBlank();
			}));
	}

	@Test
	void shouldHoldNoTwoNodesForOneThing() {
		Set<String> seen = new HashSet<>();
		for (Entity entity : seed.entities()) {
			assertThat(seen.add("id:" + entity.id())).as("id " + entity.id()).isTrue();
			Set<String> own = new HashSet<>();
			for (String name : names(entity)) {
				String key = SeedValidator.nameKey(name);
				if (own.add(key)) {
					assertThat(seen.add(key)).as("name or alias '%s' of %s is unique", name, entity.id()).isTrue();
				}
			}
		}
	}

	@Test
	void shouldUseOnlyTheDocumentedVocabularyBetweenExistingEnds() {
		Set<String> types = seed.vocabulary().types().stream().map(Vocabulary.RelationType::name).collect(Collectors.toSet());
		Set<String> ids = seed.entities().stream().map(Entity::id).collect(Collectors.toSet());

		assertThat(seed.relations()).allSatisfy((relation) -> {
			assertThat(types).contains(relation.type());
			assertThat(ids).contains(relation.from(), relation.to());
		});
	}

	@Test
	void shouldBeAsCompleteAsTheWhitepaper() {
		Map<Kind, Long> kinds = seed.entities().stream()
			.collect(Collectors.groupingBy(Entity::kind, Collectors.counting()));

		assertThat(seed.entities()).as("the whitepaper names well over 150 distinct entities").hasSizeGreaterThan(150);
		assertThat(seed.relations()).as("and states a few hundred relationships").hasSizeGreaterThan(250);
		assertThat(kinds).as("every kind is represented").containsOnlyKeys(seed.vocabulary().kindList());
	}

	@Test
	void shouldHoldTheDesignCardChainEachHopCited() {
		assertThat(relation("icbc", "RELEASED", "icbc-financial-llm").date()).isEqualTo("2023-03");
		relation("icbc-financial-llm", "BASED_ON", "ascend-ai");
		relation("icbc-financial-llm", "INSTANCE_OF", "large-model");
		relation("icbc-financial-llm", "APPLIED_TO", "knowledge-operations-assistant");
		relation("icbc-financial-llm", "APPLIED_TO", "market-research-assistant");
		relation("large-model", "APPLIED_TO", "customer-service");
		relation("large-model", "APPLIED_TO", "risk-control");
	}

	/**
	 * The text names four of the six large state-owned banks (ICBC, ABC, BoCom, PSBC) and the six as a group
	 * (国有六大行, Figure 4); Bank of China and China Construction Bank are never named, so they are not in the graph.
	 */
	@Test
	void shouldNameTheLargeStateOwnedBanksTheTextNames() {
		Set<String> ids = seed.entities().stream().map(Entity::id).collect(Collectors.toSet());
		assertThat(ids).contains("icbc", "abc", "bocom", "psbc").doesNotContain("boc", "ccb");
		assertThat(seed.entities()).anySatisfy((entity) -> assertThat(entity.nameZh()).contains("六大行"));
	}

	private static Relation relation(String from, String type, String to) {
		return seed.relations().stream()
			.filter((relation) -> relation.from().equals(from) && relation.type().equals(type) && relation.to().equals(to))
			.findFirst()
			.orElseThrow(() -> new AssertionError("missing " + from + " " + type + " " + to));
	}

	private static List<String> names(Entity entity) {
		List<String> names = new java.util.ArrayList<>(List.of(entity.name(), entity.nameZh()));
		names.addAll(entity.aliases());
		return names;
	}

}
