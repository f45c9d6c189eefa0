package com.fintechkg.kg.curation;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.curation.CurationInputs.CitationInput;
import com.fintechkg.kg.curation.CurationInputs.UpsertEntityInput;
import com.fintechkg.kg.curation.CurationInputs.UpsertRelationInput;
import com.fintechkg.kg.seed.SeedModel;
import com.fintechkg.kg.seed.SeedProperties.SeedMode;
import com.fintechkg.kg.seed.SeedProperties;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.support.TinySeed;
import com.fintechkg.kg.vocabulary.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A curated write is checked by the seed's own rules against the configured seed's sources and vocabulary, and
 * refused as {@code BAD_REQUEST} listing every problem of the input (never problems of the stored graph).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CurationRulesUnitTests {

	private static final CitationInput QUOTE = new CitationInput(" paper ", " 1.2 ", " 工商银行发布了金融大模型 ");

	@TempDir
	Path directory;

	private TinySeed seed;

	private CurationRules rules;

	@BeforeEach
	void rules() {
		this.seed = TinySeed.in(this.directory);
		this.rules = new CurationRules(new DefaultResourceLoader(), new SeedProperties(SeedMode.NEVER, this.seed.location()));
	}

	@Test
	void aValidEntityIsTakenWithItsTextTrimmedAndEmptyOptionalFieldsDropped() {
		SeedModel.Entity entity = this.rules.entity(new UpsertEntityInput("abc", Kind.of("Institution"), " ABC ", " 农行 ",
				List.of(" 农业银行 ", "", "农业银行", " AgBank"), "  ", " A bank. ", null, " ", null, List.of(QUOTE), null));

		assertThat(entity.id()).isEqualTo("abc");
		assertThat(entity.kind()).isEqualTo(Kind.of("Institution"));
		assertThat(entity.name()).isEqualTo("ABC");
		assertThat(entity.nameZh()).isEqualTo("农行");
		assertThat(entity.aliases()).containsExactly("农业银行", "AgBank");
		assertThat(entity.category()).isNull();
		assertThat(entity.unit()).isNull();
		assertThat(entity.description()).isEqualTo("A bank.");
		assertThat(entity.citations()).containsExactly(new Citation("paper", "1.2", "工商银行发布了金融大模型"));
	}

	@Test
	void anIndicatorKeepsItsFigures() {
		SeedModel.Entity entity = this.rules.entity(new UpsertEntityInput("size", Kind.of("Indicator"), "Size", "规模",
				List.of(), " market ", "Market size.", 100.0, " 亿元 ", " 2023 ", List.of(QUOTE), 1));

		assertThat(entity.value()).isEqualTo(100.0);
		assertThat(entity.unit()).isEqualTo("亿元");
		assertThat(entity.period()).isEqualTo("2023");
		assertThat(entity.category()).isEqualTo("market");
	}

	@Test
	void anEntityWithoutCitationOrTextIsRefusedListingEveryProblem() {
		assertThatExceptionOfType(CurationException.class)
			.isThrownBy(() -> this.rules.entity(new UpsertEntityInput("new-bank", Kind.of("Institution"), " ", "", List.of(),
					null, "\t", null, null, null, List.of(), null)))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo(ErrorType.BAD_REQUEST))
			.withMessage("Invalid input: an entity needs at least one citation (source, section and a verbatim quote);"
					+ " `name` must not be blank; `nameZh` must not be blank; `description` must not be blank;"
					+ " entity 'new-bank' has no citation (every entity cites its source)");
	}

	@Test
	void anEntityIsCheckedByTheSeedsRules() {
		assertThatExceptionOfType(CurationException.class)
			.isThrownBy(() -> this.rules.entity(new UpsertEntityInput("New Bank", Kind.of("Region"), "Bank", "银行",
					List.of(), null, "A bank.", 5.0, null, null,
					List.of(new CitationInput("paper", "1", "上海的客户"), new CitationInput("book", "1", "x")), null)))
			.withMessage("Invalid input: entity id 'New Bank' must be lowercase letters and digits joined by '-';"
					+ " quote does not occur verbatim in source 'paper': 上海的客户; citation source 'book' is not in sources.yaml;"
					+ " 'New Bank' is a Region: only indicators have `value` and `period`");
	}

	@Test
	void aValidRelationIsTakenBetweenTheStoredEnds() {
		SeedModel.Relation relation = this.rules.relation(new UpsertRelationInput("icbc", "RELEASED", "new-model", " 2023-05 ",
				null, " ", null, QUOTE, null, null), Kind.of("Institution"), Kind.of("Product"));

		assertThat(relation.id()).isEqualTo("icbc:RELEASED:new-model");
		assertThat(relation.date()).isEqualTo("2023-05");
		assertThat(relation.unit()).isNull();
		assertThat(relation.citations()).containsExactly(new Citation("paper", "1.2", "工商银行发布了金融大模型"));
	}

	@Test
	void aRelationFollowsTheVocabularyAndTheSeedsRules() {
		assertThatExceptionOfType(CurationException.class)
			.isThrownBy(() -> this.rules.relation(new UpsertRelationInput("beijing", "RELEASED", "icbc", "2023-13", null,
					"km", null, new CitationInput("paper", "1", "服务北京的客户"), null, null), Kind.of("Region"), Kind.of("Institution")))
			.withMessage("Invalid input: RELEASED cannot start at Region 'beijing' (allowed: [Institution]);"
					+ " RELEASED cannot end at Institution 'icbc' (allowed: [Product]);"
					+ " date '2023-13' must be YYYY, YYYY-MM or YYYY-MM-DD; `unit` without `value`");
		assertThatExceptionOfType(CurationException.class)
			.isThrownBy(() -> this.rules.relation(new UpsertRelationInput("icbc", "OWNS", "icbc", "", 1.0, "%", null, QUOTE, null, 2),
					Kind.of("Institution"), Kind.of("Institution")))
			.withMessage("Invalid input: unknown relationship type 'OWNS' (the vocabulary in vocabulary.yaml has LOCATED_IN,"
					+ " RELEASED); relation from 'icbc' to itself");
	}

	@Test
	void aDeletionGivesAReasonAndAVerbatimCitation() {
		assertThat(this.rules.deletion(QUOTE, "merged into icbc")).isEqualTo(new Citation("paper", "1.2", "工商银行发布了金融大模型"));

		assertThatExceptionOfType(CurationException.class)
			.isThrownBy(() -> this.rules.deletion(new CitationInput("paper", "one", "农业银行"), " "))
			.withMessage("Invalid input: `reason` must not be blank; section 'one' must look like 3.2.1;"
					+ " quote does not occur verbatim in source 'paper': 农业银行");
	}

	@Test
	void theSeedIsReadOnceOnFirstUse() {
		this.rules.deletion(QUOTE, "first use");
		this.seed.delete("sources/paper.txt").delete("vocabulary.yaml");

		assertThat(this.rules.deletion(QUOTE, "second use")).isNotNull();
	}

}
