package com.fintechkg.kg.vocabulary;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.seed.SeedException;
import com.fintechkg.kg.seed.SeedReader;
import com.fintechkg.kg.support.TinySeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A vocabulary that would generate a schema answering wrongly is refused with the kind, field and reason: a typed
 * field following a misspelt type (it would answer empty lists), a type that cannot link the field's ends, an unknown
 * kind, clashing names and files.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class VocabularyRulesUnitTests {

	@TempDir
	Path directory;

	@Test
	void theTinyVocabularyIsConsistent() {
		Vocabulary vocabulary = SeedReader.readVocabularyOf(TinySeed.in(this.directory).resource());

		assertThat(vocabulary.problems()).isEmpty();
		assertThat(vocabulary.kindList()).extracting(Kind::name)
			.containsExactly("Institution", "Technology", "Regulation", "Product", "Scenario", "Region", "Indicator");
		assertThat(vocabulary.kind(Kind.of("Institution")).orElseThrow().fields()).extracting(Vocabulary.RelationField::name)
			.containsExactly("products", "regions");
	}

	@Test
	void aFieldFollowingATypeTheVocabularyLacksIsRefused() {
		TinySeed seed = TinySeed.in(this.directory).replace("vocabulary.yaml", "products: {types: [RELEASED]",
				"products: {types: [RELEASSED]");

		assertThat(problems(seed)).containsExactly("vocabulary.yaml: kind Institution, field products: follows type "
				+ "'RELEASSED', which the vocabulary does not declare");
	}

	@Test
	void aFieldWhoseTypeCannotLinkItsEndsIsRefused() {
		TinySeed seed = TinySeed.in(this.directory).replace("vocabulary.yaml",
				"products: {types: [RELEASED], direction: OUTGOING", "products: {types: [RELEASED], direction: INCOMING");

		assertThat(problems(seed))
			.containsExactly("vocabulary.yaml: kind Institution, field products: type RELEASED cannot link Institution "
					+ "incoming to Product");
	}

	@Test
	void unknownKindsDirectionsAndClashesAreRefused() {
		TinySeed seed = TinySeed.in(this.directory)
			.replace("vocabulary.yaml", "direction: OUTGOING, of: Region", "direction: SIDEWAYS, of: Place")
			.replace("vocabulary.yaml", "releasedBy: {", "relations: {")
			.replace("vocabulary.yaml", "file: regulations.yaml", "file: technologies.yaml");

		assertThat(problems(seed)).containsExactlyInAnyOrder(
				"vocabulary.yaml: kind Institution, field regions: direction is OUTGOING, INCOMING or BOTH, not 'SIDEWAYS'",
				"vocabulary.yaml: kind Institution, field regions: `of` names kind 'Place', which the vocabulary does not declare",
				"vocabulary.yaml: kind Institution, field regions: type LOCATED_IN cannot link Institution sideways to Place",
				"vocabulary.yaml: kind Regulation: seed file 'technologies.yaml' is used by another kind",
				"vocabulary.yaml: kind Product, field relations: clashes with another field of the kind");
	}

	@Test
	void aPropertyTheStoredShapeCannotHoldIsRefused() {
		TinySeed seed = TinySeed.in(this.directory).replace("vocabulary.yaml", "period: {type: String!",
				"colour: {type: String!");

		assertThat(problems(seed)).singleElement()
			.asString()
			.startsWith("vocabulary.yaml: kind Indicator: property 'colour: String!' is not one the stored shape holds");
	}

	@Test
	void aTypeNamingAnUndeclaredKindIsRefusedWithTheLine() {
		TinySeed seed = TinySeed.in(this.directory).replace("vocabulary.yaml", "RELEASED: {from: [Institution]",
				"RELEASED: {from: [Company]");

		assertThat(problems(seed)).anySatisfy((problem) -> assertThat(problem)
			.startsWith("vocabulary.yaml:" + seed.lineOf("vocabulary.yaml", "RELEASED: {from: [Company]") + ": unknown kind 'Company'"));
	}

	private static java.util.List<String> problems(TinySeed seed) {
		return assertThatExceptionOfType(SeedException.class)
			.isThrownBy(() -> SeedReader.readVocabularyOf(seed.resource()))
			.actual()
			.problems();
	}

}
