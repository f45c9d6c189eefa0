package com.fintechkg.kg.seed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules across records, each broken once on a small seed built in code: ids, names, kinds, vocabulary,
 * relation ends, dates, figures and citations whose quotes occur verbatim (whitespace ignored) in the source.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SeedValidatorUnitTests {

	private static final String TEXT = "工商银行发布了金融大模型，服务北京的客户。2023 年金融科技市场规模达到 100 亿元。";

	private static final Map<String, String> TEXTS = Map.of("paper", TEXT);

	private static final Origin AT = new Origin("institutions.yaml", 3);

	private static final Origin REL = new Origin("relations.yaml", 2);

	private final List<Source> sources = new ArrayList<>(List.of(
			new Source("paper", "白皮书", null, "CAICT", null, null, "sources/paper.txt", new Origin("sources.yaml", 2))));

	/** The kinds of the bundled vocabulary (only indicators state figures). */
	private static final List<Vocabulary.KindDefinition> BUNDLED_KINDS = SeedReader
		.readVocabularyOf(new org.springframework.core.io.FileSystemResource("graph-seed/"))
		.kinds();

	private final List<RelationType> vocabulary = new ArrayList<>(List.of(
			new RelationType("RELEASED", List.of(Kind.of("Institution")), List.of(Kind.of("Product")), "released"),
			new RelationType("LOCATED_IN", List.of(Kind.of("Institution"), Kind.of("Product")), List.of(Kind.of("Region")), "based in")));

	private final List<Entity> entities = new ArrayList<>(List.of(
			entity("icbc", Kind.of("Institution"), "ICBC", "工商银行", List.of("工行"), AT),
			entity("icbc-model", Kind.of("Product"), "ICBC Model", "工行大模型", List.of(), new Origin("products.yaml", 3)),
			entity("beijing", Kind.of("Region"), "Beijing", "北京", List.of(), new Origin("regions.yaml", 3))));

	private final List<Relation> relations = new ArrayList<>(List.of(
			relation("icbc", "RELEASED", "icbc-model", REL)));

	private String defaultSource = "paper";

	@TempDir
	Path directory;

	@Test
	void aConsistentSeedHasNoProblems() {
		assertThat(problems()).isEmpty();
	}

	@Test
	void idsAreLowercaseWordsJoinedByHyphens() {
		this.entities.add(entity("ICBC-2", Kind.of("Institution"), "x", "x", List.of(), new Origin("institutions.yaml", 9)));
		this.entities.add(entity("a--b", Kind.of("Institution"), "y", "y", List.of(), new Origin("institutions.yaml", 19)));
		this.entities.add(entity("-a", Kind.of("Institution"), "z", "z", List.of(), new Origin("institutions.yaml", 29)));
		this.entities.add(entity("ok-2023", Kind.of("Institution"), "w", "w", List.of(), new Origin("institutions.yaml", 39)));
		this.sources.add(new Source("Notes", "t", null, "p", null, null, null, new Origin("sources.yaml", 9)));

		assertThat(problems()).containsExactly(
				"sources.yaml:9: source id 'Notes' must be lowercase letters and digits joined by '-'",
				"institutions.yaml:9: entity id 'ICBC-2' must be lowercase letters and digits joined by '-'",
				"institutions.yaml:19: entity id 'a--b' must be lowercase letters and digits joined by '-'",
				"institutions.yaml:29: entity id '-a' must be lowercase letters and digits joined by '-'");
	}

	@Test
	void aMissingIdIsNotReportedTwice() {
		this.entities.add(entity("", Kind.of("Institution"), "x", "x", List.of(), new Origin("institutions.yaml", 9)));

		assertThat(problems()).isEmpty();
	}

	@Test
	void sourceIdsAreUniqueAndTheDefaultSourceIsOneOfThem() {
		this.sources.add(new Source("paper", "again", null, "p", null, null, null, new Origin("sources.yaml", 9)));
		this.defaultSource = "book";

		assertThat(problems()).containsExactly("sources.yaml:9: duplicate source id 'paper'",
				"seed.yaml: defaultSource 'book' is not a source in sources.yaml");
	}

	@Test
	void noDefaultSourceIsAllowed() {
		this.defaultSource = "";

		assertThat(problems()).isEmpty();
	}

	@Test
	void relationshipTypesAreUpperSnakeCase() {
		this.vocabulary.add(new RelationType("partnersWith", List.of(Kind.of("Institution")), List.of(Kind.of("Institution")), "x"));
		this.vocabulary.add(new RelationType("_X", List.of(Kind.of("Institution")), List.of(Kind.of("Institution")), "x"));

		assertThat(problems()).containsExactly("vocabulary.yaml: type 'partnersWith' must be UPPER_SNAKE_CASE",
				"vocabulary.yaml: type '_X' must be UPPER_SNAKE_CASE");
	}

	@Test
	void anIdIsDefinedOnceNamingWhereItWasFirst() {
		this.entities.add(entity("icbc", Kind.of("Institution"), "Other", "其他", List.of(), new Origin("institutions.yaml", 20)));

		assertThat(problems()).containsExactly(
				"institutions.yaml:20: duplicate id 'icbc' (first defined at institutions.yaml:3)");
	}

	@Test
	void oneNameOrAliasNamesOneEntityIgnoringCaseAndWhitespace() {
		this.entities.add(entity("icbc-2", Kind.of("Institution"), "icbc", "另一个", List.of(), new Origin("institutions.yaml", 20)));
		this.entities.add(entity("gonghang", Kind.of("Institution"), "Gonghang", "工 行", List.of(), new Origin("institutions.yaml", 30)));

		assertThat(problems()).containsExactly(
				"institutions.yaml:20: name or alias 'icbc' of 'icbc-2' is already used by 'icbc' (institutions.yaml:3): one"
						+ " real thing must be one entity",
				"institutions.yaml:30: name or alias '工 行' of 'gonghang' is already used by 'icbc' (institutions.yaml:3): one"
						+ " real thing must be one entity");
	}

	@Test
	void anEntityMayRepeatItsOwnNameAsAnAliasAndLeaveNamesBlank() {
		this.entities.set(0, entity("icbc", Kind.of("Institution"), "ICBC", "工商银行", List.of("icbc", " ", "工行"), AT));
		this.entities.add(entity("anon", Kind.of("Institution"), "Anon", "", List.of(), new Origin("institutions.yaml", 20)));
		this.entities.add(entity("anon-2", Kind.of("Institution"), "Anon 2", "", List.of(), new Origin("institutions.yaml", 30)));

		assertThat(problems()).isEmpty();
	}

	@Test
	void everyEntityCitesItsSource() {
		this.entities.add(new Entity("uncited", Kind.of("Institution"), "Uncited", "无引用", List.of(), null, false, "d", List.of(),
				null, null, null, null, new Origin("institutions.yaml", 20)));

		assertThat(problems()).containsExactly(
				"institutions.yaml:20: entity 'uncited' has no citation (every entity cites its source)");
	}

	@Test
	void aCitationNamesAKnownSourceAndASectionLike321() {
		this.entities.add(cited("unknown-source", new Citation("book", "1", "anything"), 20));
		this.entities.add(cited("bad-section", new Citation("paper", "3.", "工商银行"), 30));
		this.entities.add(cited("deep-section", new Citation("paper", "3.2.1", "工商银行"), 40));
		this.entities.add(cited("no-section", new Citation("paper", "", "工商银行"), 50));

		assertThat(problems()).containsExactly(
				"institutions.yaml:20: citation source 'book' is not in sources.yaml",
				"institutions.yaml:30: section '3.' must look like 3.2.1");
	}

	@Test
	void aQuoteOccursVerbatimInItsSourceWithWhitespaceIgnored() {
		this.entities.add(cited("spaced", new Citation("paper", "1", "  金融 大模型，\n服务"), 20));
		this.entities.add(cited("altered", new Citation("paper", "1", "农业银行发布了金融大模型"), 30));

		assertThat(problems()).containsExactly(
				"institutions.yaml:30: quote does not occur verbatim in source 'paper': 农业银行发布了金融大模型");
	}

	@Test
	void aLongQuoteIsAbbreviatedInTheReportToEightyCharacters() {
		String eighty = "x".repeat(80);
		String eightyOne = "y".repeat(81);
		this.entities.add(cited("eighty", new Citation("paper", "1", eighty), 20));
		this.entities.add(cited("eighty-one", new Citation("paper", "1", eightyOne), 30));

		assertThat(problems()).containsExactly(
				"institutions.yaml:20: quote does not occur verbatim in source 'paper': " + eighty,
				"institutions.yaml:30: quote does not occur verbatim in source 'paper': " + "y".repeat(77) + "...");
	}

	@Test
	void aQuoteIsNotCheckedAgainstASourceWithoutTextNorWhenItIsEmpty() {
		this.sources.add(new Source("notes", "笔记", null, "Editors", null, null, null, new Origin("sources.yaml", 9)));
		this.entities.add(cited("from-notes", new Citation("notes", "1", "not in any file"), 20));
		this.entities.add(cited("empty-quote", new Citation("paper", "1", " "), 30));

		assertThat(problems()).isEmpty();
	}

	@Test
	void anIndicatorHasValueUnitAndPeriod() {
		this.entities.add(indicator("no-value", null, "亿元", "2023", 20));
		this.entities.add(indicator("no-unit", 1.0, null, "2023", 30));
		this.entities.add(indicator("no-period", 1.0, "亿元", null, 40));
		this.entities.add(indicator("complete", 1.0, "亿元", "2023", 50));

		assertThat(problems()).containsExactly(
				"indicators.yaml:20: indicator 'no-value' needs `value`, `unit` and `period`",
				"indicators.yaml:30: indicator 'no-unit' needs `value`, `unit` and `period`",
				"indicators.yaml:40: indicator 'no-period' needs `value`, `unit` and `period`");
	}

	@Test
	void onlyIndicatorsHaveValueAndPeriod() {
		this.entities.add(figure("valued", 1.0, null, null, 20));
		this.entities.add(figure("dated", null, null, "2023", 30));
		this.entities.add(figure("unit-only", null, "亿元", null, 40));

		assertThat(problems()).containsExactly(
				"institutions.yaml:20: 'valued' is a Institution: only indicators have `value` and `period`",
				"institutions.yaml:30: 'dated' is a Institution: only indicators have `value` and `period`");
	}

	@Test
	void aOneOfRelationEndsAtAGroupNamingTheRelation() {
		this.vocabulary.add(new RelationType("ONE_OF", List.of(Kind.of("Institution"), Kind.of("Product")),
				List.of(Kind.of("Institution"), Kind.of("Product")), "is one of"));
		this.entities.add(group("banks", 20));
		this.relations.add(relation("icbc", "ONE_OF", "banks", new Origin("relations.yaml", 9)));
		assertThat(problems()).isEmpty();

		this.relations.add(relation("banks", "ONE_OF", "icbc-model", new Origin("relations.yaml", 19)));
		assertThat(problems()).containsExactly("relations.yaml:19: relation banks:ONE_OF:icbc-model: ONE_OF must end at"
				+ " a group, and 'icbc-model' (products.yaml:3) is not marked `group: true`");
	}

	@Test
	void anEventsDateIsARealYearMonthOrDay() {
		for (String valid : List.of("2022", "2022-12", "2024-02-29", "2023-05-31")) {
			this.entities.set(2, event("meeting", valid));
			assertThat(problems()).as(valid).isEmpty();
		}
		for (String invalid : List.of("22", "2022-13", "2023-02-29", "2023-04-31", "2023/05", "December 2022")) {
			this.entities.set(2, event("meeting", invalid));
			assertThat(problems()).as(invalid).containsExactly(
					"events.yaml:5: date '" + invalid + "' of 'meeting' must be a real YYYY, YYYY-MM or YYYY-MM-DD");
		}
	}

	@Test
	void onlyEventsHaveADate() {
		Entity icbc = this.entities.getFirst();
		this.entities.set(0, new Entity(icbc.id(), icbc.kind(), icbc.name(), icbc.nameZh(), icbc.aliases(), null, false,
				"d", icbc.citations(), null, null, null, "2023", AT));
		this.entities.add(event("meeting", null));

		assertThat(problems()).containsExactly("institutions.yaml:3: 'icbc' is a Institution: only events have `date`");
	}

	@Test
	void aRelationHasATypeOfTheVocabulary() {
		this.relations.add(relation("icbc", "LIKES", "beijing", new Origin("relations.yaml", 9)));

		assertThat(problems()).containsExactly(
				"relations.yaml:9: unknown relationship type 'LIKES' (the vocabulary in vocabulary.yaml has LOCATED_IN,"
						+ " RELEASED)");
	}

	@Test
	void aRelationConnectsEntitiesOfTheSeed() {
		this.relations.add(relation("nobody", "LOCATED_IN", "nowhere", new Origin("relations.yaml", 9)));
		this.relations.add(relation("", "LOCATED_IN", "beijing", new Origin("relations.yaml", 19)));

		assertThat(problems()).containsExactly(
				"relations.yaml:9: dangling relationship end: `from` 'nobody' is not an entity of the seed",
				"relations.yaml:9: dangling relationship end: `to` 'nowhere' is not an entity of the seed");
	}

	@Test
	void aRelationsEndsAreOfTheKindsItsTypeAllows() {
		this.relations.add(relation("beijing", "RELEASED", "icbc", new Origin("relations.yaml", 9)));
		this.relations.add(relation("icbc-model", "LOCATED_IN", "beijing", new Origin("relations.yaml", 19)));

		assertThat(problems()).containsExactly(
				"relations.yaml:9: RELEASED cannot start at Region 'beijing' (allowed: [Institution])",
				"relations.yaml:9: RELEASED cannot end at Institution 'icbc' (allowed: [Product])");
	}

	@Test
	void aRelationConnectsTwoDifferentEntitiesOnce() {
		this.relations.add(relation("icbc", "RELEASED", "icbc-model", new Origin("relations.yaml", 9)));
		this.vocabulary.add(new RelationType("PARTNERS_WITH", List.of(Kind.of("Institution")), List.of(Kind.of("Institution")), "x"));
		this.relations.add(relation("icbc", "PARTNERS_WITH", "icbc", new Origin("relations.yaml", 19)));

		assertThat(problems()).containsExactly(
				"relations.yaml:9: duplicate relation icbc:RELEASED:icbc-model (first at relations.yaml:2): one relation per "
						+ "(from, type, to); add this passage to the `citations` of the first instead",
				"relations.yaml:19: relation from 'icbc' to itself");
	}

	@Test
	void aRelationsDateIsAYearMonthOrDay() {
		for (String valid : List.of("2023", "2023-01", "2023-12", "2023-05-01", "2023-05-09", "2023-05-10", "2023-05-29",
				"2023-05-31")) {
			this.relations.set(0, dated(valid));
			assertThat(problems()).as(valid).isEmpty();
		}
		for (String invalid : List.of("23", "2023-5", "2023-00", "2023-13", "2023-05-00", "2023-05-32", "2023-05-1",
				"2023/05", "May 2023")) {
			this.relations.set(0, dated(invalid));
			assertThat(problems()).as(invalid)
				.containsExactly("relations.yaml:2: date '" + invalid + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
		}
	}

	@Test
	void aRelationsUnitComesWithAValue() {
		Citation citation = new Citation("paper", "1", "服务北京的客户");
		this.relations.add(new Relation("icbc", "LOCATED_IN", "beijing", null, citation, null, "km",
				new Origin("relations.yaml", 9)));
		this.relations.add(new Relation("icbc-model", "LOCATED_IN", "beijing", null, citation, 2.0, "km",
				new Origin("relations.yaml", 19)));
		this.relations.add(new Relation("icbc", "RELEASED", "icbc-model", null, citation, 2.0, null,
				new Origin("relations.yaml", 29)));

		assertThat(problems()).containsExactly("relations.yaml:9: `unit` without `value`",
				"relations.yaml:29: duplicate relation icbc:RELEASED:icbc-model (first at relations.yaml:2): one relation per "
						+ "(from, type, to); add this passage to the `citations` of the first instead");
	}

	@Test
	void aRelationsCitationIsCheckedLikeAnEntitys() {
		this.relations.add(new Relation("icbc", "LOCATED_IN", "beijing", null,
				new Citation("paper", "x", "上海的客户"), null, null, new Origin("relations.yaml", 9)));

		assertThat(problems()).containsExactly("relations.yaml:9: section 'x' must look like 3.2.1",
				"relations.yaml:9: quote does not occur verbatim in source 'paper': 上海的客户");
	}

	@Test
	void namesCompareIgnoringCaseAndWhitespace() {
		assertThat(SeedValidator.nameKey("AI 原生 Bank")).isEqualTo("ai原生bank");
		assertThat(SeedValidator.normalize(" a\tb\nc  d ")).isEqualTo("abcd");
	}

	@Test
	void validatingASeedDirectoryReadsItsSourceFilesAndReportsEveryProblem() {
		TinySeed files = TinySeed.in(this.directory);
		Seed seed = SeedReader.read(files.resource());
		SeedValidator.validate(seed, files.resource());

		files.delete("sources/paper.txt");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.validate(seed, files.resource()))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().asString()
				.startsWith("sources.yaml:2: source file 'sources/paper.txt' cannot be read: "));
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.sourceTexts(seed, files.resource()))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().asString()
				.startsWith("sources.yaml:2: source file 'sources/paper.txt' cannot be read: "));
	}

	@Test
	void aQuoteThatIsNotInTheSourceFileIsReportedByLoad() {
		TinySeed files = TinySeed.in(this.directory).replace("regions.yaml", "quote: 服务北京的客户", "quote: 服务上海的客户");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(files.resource()))
			.withMessageStartingWith("Invalid seed at file [" + this.directory)
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly("regions.yaml:3: quote does not occur verbatim in source 'paper': 服务上海的客户"));
	}

	@Test
	void theSourceTextsAreKeptWithoutWhitespaceBySourceId() {
		TinySeed files = TinySeed.in(this.directory);
		Seed seed = SeedValidator.load(files.resource());

		assertThat(SeedValidator.sourceTexts(seed, files.resource()))
			.containsExactlyEntriesOf(Map.of("paper", SeedValidator.normalize(TinySeed.SOURCE_TEXT)));
	}

	@Test
	void everyCitationOfARelationIsCheckedAndNoneIsGivenTwice() {
		this.relations.set(0, new Relation("icbc", "RELEASED", "icbc-model", null, List.of(
				new Citation("paper", "1.2", "工商银行发布了金融大模型"), new Citation("paper", "2", "服务北京的客户"),
				new Citation("paper", "1.2", "工商银行发布了 金融大模型"), new Citation("paper", "x", "上海的客户")), null, null,
				null, REL));

		assertThat(problems()).containsExactly(
				"relations.yaml:2: duplicate citation in relation icbc:RELEASED:icbc-model: section 1.2, 工商银行发布了 金融大模型",
				"relations.yaml:2: section 'x' must look like 3.2.1",
				"relations.yaml:2: quote does not occur verbatim in source 'paper': 上海的客户");
	}

	@Test
	void theSamePassageMayCiteTwoSectionsAndTwoRelationsMayShareAPassage() {
		this.relations.set(0, new Relation("icbc", "RELEASED", "icbc-model", null, List.of(
				new Citation("paper", "1.2", "工商银行发布了金融大模型"), new Citation("paper", "3", "工商银行发布了金融大模型")),
				null, null, null, REL));
		this.relations.add(new Relation("icbc", "LOCATED_IN", "beijing", null, new Citation("paper", "1.2",
				"工商银行发布了金融大模型"), null, null, new Origin("relations.yaml", 9)));

		assertThat(problems()).isEmpty();
		assertThat(this.relations.getFirst().stored().citations()).hasSize(2);
	}

	@Test
	void aRelationWithoutCitationsIsReported() {
		this.relations.set(0, new Relation("icbc", "RELEASED", "icbc-model", null, List.of(), null, null, null, REL));

		assertThat(problems()).containsExactly(
				"relations.yaml:2: relation icbc:RELEASED:icbc-model has no citation (every relation cites its source)");
	}

	@Test
	void onlyATypeThatDeclaresRoleCarriesOneAndARoleIsLowercaseWords() {
		this.vocabulary.add(new RelationType("MARKET_FOR", List.of(Kind.of("Region")), List.of(Kind.of("Product")),
				"is a market for", List.of("role")));
		this.relations.add(new Relation("beijing", "MARKET_FOR", "icbc-model", null, List.of(new Citation("paper", "1",
				"服务北京的客户")), null, null, "early-mover", new Origin("relations.yaml", 9)));
		assertThat(problems()).isEmpty();

		this.relations.add(new Relation("icbc", "LOCATED_IN", "beijing", null, List.of(new Citation("paper", "1",
				"服务北京的客户")), null, null, "emerging", new Origin("relations.yaml", 19)));
		this.relations.set(1, new Relation("beijing", "MARKET_FOR", "icbc-model", null, List.of(new Citation("paper",
				"1", "服务北京的客户")), null, null, "Early Mover", new Origin("relations.yaml", 9)));
		assertThat(problems()).containsExactly(
				"relations.yaml:9: role 'Early Mover' must be lowercase words joined by '-' (early-mover)",
				"relations.yaml:19: `role` is not a fact of LOCATED_IN (only types whose entry in vocabulary.yaml declares "
						+ "`facts: [role]` carry it)");
	}

	private List<String> problems() {
		Seed seed = new Seed("1", this.defaultSource, "", this.sources,
				new Vocabulary(BUNDLED_KINDS, this.vocabulary), this.entities, this.relations);
		return SeedValidator.problems(seed, TEXTS);
	}

	private static Entity entity(String id, Kind kind, String name, String nameZh, List<String> aliases, Origin origin) {
		return new Entity(id, kind, name, nameZh, aliases, null, false, "d",
				List.of(new Citation("paper", "1", "工商银行")), null, null, null, null, origin);
	}

	private static Entity group(String id, int line) {
		return new Entity(id, Kind.of("Institution"), id, id, List.of(), null, true, "d",
				List.of(new Citation("paper", "1", "工商银行")), null, null, null, null, new Origin("institutions.yaml", line));
	}

	private static Entity event(String id, String date) {
		return new Entity(id, Kind.of("Event"), id, id, List.of(), null, false, "d",
				List.of(new Citation("paper", "1", "工商银行")), null, null, null, date, new Origin("events.yaml", 5));
	}

	private static Entity cited(String id, Citation citation, int line) {
		return new Entity(id, Kind.of("Institution"), id, id, List.of(), null, false, "d", List.of(citation), null, null,
				null, null, new Origin("institutions.yaml", line));
	}

	private static Entity indicator(String id, Double value, String unit, String period, int line) {
		return new Entity(id, Kind.of("Indicator"), id, id, List.of(), null, false, "d",
				List.of(new Citation("paper", "1", "100 亿元")), value, unit, period, null, new Origin("indicators.yaml", line));
	}

	private static Entity figure(String id, Double value, String unit, String period, int line) {
		return new Entity(id, Kind.of("Institution"), id, id, List.of(), null, false, "d",
				List.of(new Citation("paper", "1", "100 亿元")), value, unit, period, null, new Origin("institutions.yaml", line));
	}

	private static Relation relation(String from, String type, String to, Origin origin) {
		return new Relation(from, type, to, null, new Citation("paper", "1.2", "工商银行发布了金融大模型"), null, null, origin);
	}

	private static Relation dated(String date) {
		return new Relation("icbc", "RELEASED", "icbc-model", date, new Citation("paper", "1.2", "发布了金融大模型"), null, null,
				REL);
	}

}
