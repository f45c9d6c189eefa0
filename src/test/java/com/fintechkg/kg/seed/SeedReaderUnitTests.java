package com.fintechkg.kg.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.seed.SeedModel.Entity;
import com.fintechkg.kg.seed.SeedModel.Origin;
import com.fintechkg.kg.seed.SeedModel.Relation;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel.Source;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.support.TinySeed;
import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading a seed directory: every file's records as written, and every problem of shape (YAML syntax, missing,
 * unknown and mistyped keys) reported with its file and line, all at once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SeedReaderUnitTests {

	@TempDir
	Path directory;

	@Test
	void readsTheManifestAndTheSourcesAsWritten() {
		Seed seed = SeedReader.read(TinySeed.in(this.directory).resource());

		assertThat(seed.version()).isEqualTo("1.0");
		assertThat(seed.defaultSource()).isEqualTo("paper");
		assertThat(seed.sources()).containsExactly(
				new Source("paper", "白皮书", "Whitepaper", "CAICT", "2023-11", "zh", "sources/paper.txt",
						new Origin("sources.yaml", 2)),
				new Source("notes", "笔记", null, "Editors", null, null, null, new Origin("sources.yaml", 9)));
	}

	@Test
	void readsTheVocabularyInEitherYamlStyle() {
		Seed seed = SeedReader.read(TinySeed.in(this.directory).resource());

		assertThat(seed.vocabulary().types()).containsExactly(
				new RelationType("RELEASED", List.of(Kind.of("Institution")), List.of(Kind.of("Product")), "launched or released"),
				new RelationType("LOCATED_IN", List.of(Kind.of("Institution"), Kind.of("Product")), List.of(Kind.of("Region")), "based in"));
	}

	@Test
	void readsEntitiesWithTheKindOfTheirFileInTheFilesOrder() {
		Seed seed = SeedReader.read(TinySeed.in(this.directory).resource());

		assertThat(seed.entities()).extracting(Entity::id, Entity::kind).containsExactly(
				org.assertj.core.groups.Tuple.tuple("icbc", Kind.of("Institution")),
				org.assertj.core.groups.Tuple.tuple("icbc-model", Kind.of("Product")),
				org.assertj.core.groups.Tuple.tuple("beijing", Kind.of("Region")),
				org.assertj.core.groups.Tuple.tuple("market-size-2023", Kind.of("Indicator")));
		assertThat(seed.entities().getFirst()).isEqualTo(new Entity("icbc", Kind.of("Institution"), "ICBC", "工商银行",
				List.of("工行", "ICBC Bank"), "bank", false, "A state-owned bank.",
				List.of(new Citation("paper", "1", "工商银行发布了金融大模型")), null, null, null, null,
				new Origin("institutions.yaml", 3)));
	}

	@Test
	void aCitationWithoutSourceCitesTheDefaultSourceAndANullValueIsAbsent() {
		Seed seed = SeedReader.read(TinySeed.in(this.directory).resource());

		Entity beijing = seed.entities().stream().filter((entity) -> entity.id().equals("beijing")).findFirst().orElseThrow();
		assertThat(beijing.category()).isNull();
		assertThat(beijing.aliases()).isEmpty();
		assertThat(beijing.citations()).containsExactly(new Citation("paper", "1", "服务北京的客户"));
	}

	@Test
	void readsFiguresAsNumbers() {
		Seed seed = SeedReader.read(TinySeed.in(this.directory).resource());

		Entity size = seed.entities().getLast();
		assertThat(size.value()).isEqualTo(100.0);
		assertThat(size.unit()).isEqualTo("亿元");
		assertThat(size.period()).isEqualTo("2023");
	}

	@Test
	void readsRelationsWithTheirCitationDateAndFigure() {
		Seed seed = SeedReader.read(TinySeed.in(this.directory).resource());

		assertThat(seed.relations()).containsExactly(
				new Relation("icbc", "RELEASED", "icbc-model", "2023-05", new Citation("paper", "1.2", "工商银行发布了金融大模型"),
						null, null, new Origin("relations.yaml", 2)),
				new Relation("icbc", "LOCATED_IN", "beijing", null, new Citation("paper", "1", "服务北京的客户"), 1.5, "km",
						new Origin("relations.yaml", 4)));
		assertThat(seed.relations().getFirst().id()).isEqualTo("icbc:RELEASED:icbc-model");
	}

	@Test
	void readsARelationsCitationsListInOrderAndItsRole() {
		TinySeed files = TinySeed.in(this.directory)
			.replace("vocabulary.yaml", "    description: based in\n", "    description: based in\n    facts: [role]\n")
			.write("relations.yaml", """
					relations:
					  - {from: icbc, type: LOCATED_IN, to: beijing, role: early-mover,
					     citations: [{section: "1", quote: 服务北京的客户},
					       {section: "1.2", source: notes, quote: "工商银行发布了 金融大模型"}]}
					""");
		Seed seed = SeedReader.read(files.resource());

		assertThat(seed.relations()).containsExactly(new Relation("icbc", "LOCATED_IN", "beijing", null,
				List.of(new Citation("paper", "1", "服务北京的客户"), new Citation("notes", "1.2", "工商银行发布了 金融大模型")),
				null, null, "early-mover", new Origin("relations.yaml", 2)));
		assertThat(seed.vocabulary().type("LOCATED_IN").orElseThrow().facts()).containsExactly("role");
		assertThat(seed.vocabulary().type("RELEASED").orElseThrow().facts()).isEmpty();
	}

	@Test
	void aRelationHasEitherCitationsOrTheShorthandAndAtLeastOneCitation() {
		TinySeed files = TinySeed.in(this.directory).write("relations.yaml", """
				relations:
				  - {from: icbc, type: LOCATED_IN, to: beijing, section: "1",
				     citations: [{section: "1", quote: 服务北京的客户}]}
				  - {from: icbc, type: RELEASED, to: icbc-model, citations: []}
				  - {from: icbc, type: RELEASED, to: beijing, citations: [{section: "1"}]}
				  - {from: icbc-model, type: LOCATED_IN, to: beijing, citations: {section: "1", quote: x}}
				""");

		assertThat(problems(files)).containsExactly(
				"relations.yaml:2: a relation has either `citations` or the one-citation shorthand `section`/`quote`, "
						+ "not both (move section into `citations`)",
				"relations.yaml:4: `citations` must list at least one {section, quote}",
				"relations.yaml:5: missing required `quote`",
				"relations.yaml:6: `citations` must be a list of {section, quote}");
	}

	@Test
	void aTypeDeclaresOnlyKnownFacts() {
		TinySeed files = TinySeed.in(this.directory).replace("vocabulary.yaml", "    description: based in\n",
				"    description: based in\n    facts: [role, weight]\n");

		assertThat(problems(files)).singleElement().asString()
			.endsWith("unknown relation fact 'weight' (a type may declare [role])");
	}

	@Test
	void theChecksumIdentifiesTheContentOfEveryFile() {
		TinySeed files = TinySeed.in(this.directory);
		String checksum = SeedReader.read(files.resource()).checksum();

		assertThat(checksum).matches("[0-9a-f]{16}");
		assertThat(SeedReader.read(files.resource()).checksum()).isEqualTo(checksum);
		files.replace("regions.yaml", "A city.", "The capital.");
		assertThat(SeedReader.read(files.resource()).checksum()).isNotEqualTo(checksum);
	}

	@Test
	void theChecksumOfTheFilesAloneIsTheChecksumOfTheReadSeed() {
		TinySeed files = TinySeed.in(this.directory);
		Seed seed = SeedReader.read(files.resource());

		assertThat(SeedReader.checksumOf(files.resource(), seed.vocabulary())).isEqualTo(seed.checksum());
		files.replace("regions.yaml", "A city.", "The capital.");
		assertThat(SeedReader.checksumOf(files.resource(), seed.vocabulary()))
			.isEqualTo(SeedReader.read(files.resource()).checksum())
			.isNotEqualTo(seed.checksum());
	}

	@Test
	void theChecksumOfTheBundledSeedsFilesIsTheChecksumOfTheReadSeed() {
		Resource bundled = new FileSystemResource("graph-seed/");
		Seed seed = SeedReader.read(bundled);

		assertThat(SeedReader.checksumOf(bundled, seed.vocabulary())).isEqualTo(seed.checksum());
	}

	@Test
	void aMissingOrEmptyFileIsReported() {
		TinySeed files = TinySeed.in(this.directory).delete("relations.yaml").write("regions.yaml", "# nothing yet\n");

		assertThat(problems(files)).containsExactly("regions.yaml: empty file", "relations.yaml: missing");
	}

	@Test
	void malformedYamlIsReportedWithItsLine() {
		TinySeed files = TinySeed.in(this.directory).append("relations.yaml", "  - {from: icbc, type: [RELEASED\n");

		assertThat(problems(files)).singleElement().asString()
			.isEqualTo("relations.yaml:7: malformed YAML: expected ',' or ']', but got <stream end>");
	}

	@Test
	void aKeyGivenTwiceIsMalformedNotSilentlyOverwritten() {
		TinySeed files = TinySeed.in(this.directory).replace("seed.yaml", "defaultSource: paper",
				"defaultSource: paper\ndefaultSource: notes");

		files.replace("vocabulary.yaml", "  LOCATED_IN:", "  RELEASED: {from: [Institution], to: [Region], description: x}\n  LOCATED_IN:")
			.replace("regions.yaml", "{section: \"1\", quote:", "{section: \"1\", section: \"2\", quote:");

		assertThat(problems(files)).containsExactly("seed.yaml:3: duplicate key 'defaultSource'",
				"vocabulary.yaml:" + files.lineOf("vocabulary.yaml", "RELEASED: {from: [Institution], to: [Region]")
						+ ": duplicate key 'RELEASED'",
				"regions.yaml:" + files.lineOf("regions.yaml", "section: \"2\"") + ": duplicate key 'section'");
	}

	@Test
	void unknownKeysAreReportedWithTheAllowedOnesSoATypoIsNotDropped() {
		TinySeed files = TinySeed.in(this.directory).replace("regions.yaml", "    nameZh: 北京", "    nameZH: 北京");

		assertThat(problems(files)).containsExactly(
				"regions.yaml:" + files.lineOf("regions.yaml", "nameZH") + ": unknown key 'nameZH' (allowed: aliases, category, citations, date, description, group, id,"
						+ " name, nameZh, period, unit, value)",
				"regions.yaml:3: missing required `nameZh` in record 'beijing'");
	}

	@Test
	void aRequiredFieldMayNotBeBlank() {
		TinySeed files = TinySeed.in(this.directory).replace("regions.yaml", "description: A city.", "description: \"  \"")
			.replace("seed.yaml", "version: \"1.0\"", "version: ~");

		assertThat(problems(files)).containsExactly("seed.yaml:1: missing required `version`",
				"regions.yaml:3: missing required `description` in record 'beijing'");
	}

	@Test
	void aFieldThatIsAListOrMappingWhereTextBelongsIsReported() {
		TinySeed files = TinySeed.in(this.directory).replace("regions.yaml", "name: Beijing", "name: [Beijing, Peking]")
			.replace("regions.yaml", "category: ~", "category: {a: b}");

		assertThat(problems(files)).containsExactly(
				"regions.yaml:" + files.lineOf("regions.yaml", "name: [") + ": `name` must be a single value, found a list",
				"regions.yaml:3: missing required `name` in record 'beijing'",
				"regions.yaml:" + files.lineOf("regions.yaml", "category:") + ": `category` must be a single value, found a mapping");
	}

	@Test
	void figuresMustBeFiniteNumbers() {
		TinySeed files = TinySeed.in(this.directory).replace("indicators.yaml", "value: 100", "value: lots")
			.replace("relations.yaml", "value: 1.5", "value: .inf");

		assertThat(problems(files)).containsExactly(
				"indicators.yaml:" + files.lineOf("indicators.yaml", "value:") + ": `value` must be a number, found 'lots'",
				"relations.yaml:" + files.lineOf("relations.yaml", "value:") + ": `value` must be a number, found '.inf'");
	}

	@Test
	void aliasesAreAListOfNonEmptyTexts() {
		TinySeed files = TinySeed.in(this.directory).replace("institutions.yaml", "aliases: [工行, \" ICBC Bank \"]",
				"aliases: [工行, \"\", [x]]").replace("regions.yaml", "category: ~", "aliases: 北京市");

		assertThat(problems(files)).containsExactly("institutions.yaml:6: list items must be non-empty text",
				"institutions.yaml:6: list items must be non-empty text", "regions.yaml:" + files.lineOf("regions.yaml", "aliases:") + ": expected a list, found '北京市'");
	}

	@Test
	void citationsAreAListOfMappings() {
		TinySeed files = TinySeed.in(this.directory).replace("regions.yaml", "      - {section: \"1\", quote: 服务北京的客户}",
				"      - just a quote").replace("products.yaml", "    citations:\n      - {source: paper, section: \"1.2\","
						+ " quote: \"发布了 金融大模型\"}", "    citations: 发布了金融大模型");

		assertThat(problems(files)).containsExactly(
				"products.yaml:" + files.lineOf("products.yaml", "citations:") + ": `citations` must be a list of {section, quote}",
				"regions.yaml:9: expected a mapping (key: value), found 'just a quote'",
				"regions.yaml:9: missing required `section`", "regions.yaml:9: missing required `quote`");
	}

	@Test
	void aFileHoldsTheKindItIsNamedFor() {
		TinySeed files = TinySeed.in(this.directory).replace("regions.yaml", "kind: Region", "kind: Institution")
			.replace("scenarios.yaml", "kind: Scenario", "kind: Scenery");

		assertThat(problems(files)).containsExactly(
				"scenarios.yaml:1: unknown kind 'Scenery' (expected one of Institution, Technology, Regulation, Product,"
						+ " Scenario, Region, Indicator)",
				"regions.yaml:1: kind 'Institution' does not match the file, which holds Region");
	}

	@Test
	void aFileWithoutItsListIsReported() {
		TinySeed files = TinySeed.in(this.directory).write("scenarios.yaml", "kind: Scenario\n")
			.write("regulations.yaml", "kind: Regulation\nentities: none\n")
			.write("relations.yaml", "- {from: icbc, type: RELEASED, to: icbc-model}\n");

		assertThat(problems(files)).containsExactly("regulations.yaml:2: `entities` must be a list",
				"scenarios.yaml:1: missing list `entities:`", "relations.yaml:1: missing list `relations:`");
	}

	@Test
	void eachRelationshipTypeNeedsKnownKindsAtBothEnds() {
		TinySeed files = TinySeed.in(this.directory)
			.replace("vocabulary.yaml", "from: [Institution], to: [Product]", "from: [Bank], to: []")
			.replace("vocabulary.yaml", "    to: [Region]\n", "");

		int released = files.lineOf("vocabulary.yaml", "RELEASED:");
		int located = files.lineOf("vocabulary.yaml", "LOCATED_IN:");
		assertThat(problems(files)).containsExactly("vocabulary.yaml:" + released + ": unknown kind 'Bank'"
				+ " (the vocabulary's kinds: Indicator, Institution, Product, Region, Regulation, Scenario, Technology)", "vocabulary.yaml:" + released + ": each type needs `from` and `to` kinds",
				"vocabulary.yaml:" + released + ": each type needs `from` and `to` kinds",
				"vocabulary.yaml:" + (located + 1) + ": each type needs `from` and `to` kinds");
	}

	@Test
	void anUnknownKindIsReportedAtItsListNotAtTheType() {
		TinySeed files = TinySeed.in(this.directory).replace("vocabulary.yaml", "    from: [Institution, Product]\n",
				"    from:\n      - Bank\n");

		assertThat(problems(files)).containsExactly(
				"vocabulary.yaml:" + files.lineOf("vocabulary.yaml", "- Bank") + ": unknown kind 'Bank'"
						+ " (the vocabulary's kinds: Indicator, Institution, Product, Region, Regulation, Scenario, Technology)",
				"vocabulary.yaml:" + files.lineOf("vocabulary.yaml", "    from:") + ": each type needs `from` and `to` kinds");
	}

	@Test
	void aFileMayReuseAListByAnchorAtMostTwentyTimes() {
		TinySeed files = TinySeed.in(this.directory).write("scenarios.yaml", aliasing(20));
		assertThat(SeedReader.read(files.resource()).entities()).filteredOn((entity) -> entity.kind().equals(Kind.of("Scenario")))
			.hasSize(21);

		files.write("scenarios.yaml", aliasing(21));
		assertThat(problems(files)).singleElement().asString().startsWith("scenarios.yaml: malformed YAML: ")
			.contains("aliases").contains("20");
	}

	@Test
	void aLocationThatHoldsNoFilesReportsEachFile() {
		ByteArrayResource notADirectory = new ByteArrayResource(new byte[0], "no seed here");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedReader.read(notADirectory))
			// without the vocabulary, the entity files are unknown: the four fixed files are reported
			.withMessageStartingWith("Invalid seed at Byte array resource [no seed here] (4 problems):")
			.satisfies((ex) -> assertThat(ex.problems()).first().asString().startsWith("seed.yaml: cannot be resolved ("));
	}

	@Test
	void theVocabularyIsAMappingOfKindsAndOneOfTypes() {
		TinySeed files = TinySeed.in(this.directory).write("vocabulary.yaml", "kinds: []\ntypes:\n  - RELEASED\n");

		assertThat(problems(files)).containsExactly("vocabulary.yaml:1: expected a mapping `kinds:` of kind to its definition",
				"vocabulary.yaml:3: expected a mapping `types:` of relationship type to its definition");
	}

	@Test
	void everyProblemIsReportedAtOnceInOneExceptionNamingTheSeed() {
		TinySeed files = TinySeed.in(this.directory).delete("relations.yaml")
			.replace("regions.yaml", "name: Beijing", "name: ~");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedReader.read(files.resource()))
			.withMessageStartingWith("Invalid seed at file:")
			.withMessageContaining(this.directory + "/ (2 problems):")
			.withMessageContaining("\n  - regions.yaml:3: missing required `name` in record 'beijing'")
			.withMessageContaining("\n  - relations.yaml: missing");
	}

	/** A scenario file whose first entity anchors its aliases and {@code aliases} more reuse them. */
	private static String aliasing(int aliases) {
		StringBuilder yaml = new StringBuilder("kind: Scenario\nentities:\n");
		for (int i = 0; i <= aliases; i++) {
			yaml.append("  - id: scenario-").append(i).append("\n    name: Scenario ").append(i).append("\n    nameZh: 场景")
				.append(i).append("\n    description: d\n    citations: [{section: \"1\", quote: 工商银行}]\n")
				.append((i == 0) ? "    aliases: &names [共同别名]\n" : "    aliases: *names\n");
		}
		return yaml.toString();
	}

	@Test
	void readsTheGroupFlagAndADateWhichAreAbsentByDefault() {
		TinySeed files = TinySeed.in(this.directory).replace("institutions.yaml", "    category: bank\n",
				"    category: bank\n    group: true\n    date: \"2022-12\"\n");

		Entity icbc = SeedReader.read(files.resource()).entities().getFirst();
		Entity beijing = SeedReader.read(TinySeed.in(this.directory).resource()).entities().get(2);

		assertThat(icbc.group()).isTrue();
		assertThat(icbc.date()).isEqualTo("2022-12");
		assertThat(beijing.group()).isFalse();
		assertThat(beijing.date()).isNull();
	}

	@Test
	void theGroupFlagIsTrueOrFalse() {
		TinySeed files = TinySeed.in(this.directory).replace("institutions.yaml", "    category: bank\n",
				"    category: bank\n    group: yes please\n");

		assertThat(problems(files)).containsExactly("institutions.yaml:" + files.lineOf("institutions.yaml", "group:")
				+ ": `group` must be true or false, found 'yes please'");
	}

	private static List<String> problems(TinySeed files) {
		try {
			SeedReader.read(files.resource());
		}
		catch (SeedException ex) {
			return ex.problems();
		}
		throw new AssertionError("the seed was read without problems");
	}

}
