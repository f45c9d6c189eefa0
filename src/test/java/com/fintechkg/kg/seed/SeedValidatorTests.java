package com.fintechkg.kg.seed;

import java.nio.file.Path;

import com.fintechkg.kg.seed.SeedModel.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the seed validator accepts and how it reports what it rejects: every problem names the file, the line
 * and the problem.
 */
class SeedValidatorTests {

	@TempDir
	Path directory;

	@Test
	void shouldAcceptTheBundledSeed() {
		Seed seed = SeedValidator.load(SeedFixture.copyOfBundled(this.directory).resource());

		assertThat(seed.entities()).isNotEmpty();
		assertThat(seed.relations()).isNotEmpty();
		assertThat(seed.version()).isNotBlank();
	}

	@Test
	void shouldNameFileAndLineOfMalformedYaml() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory)
			.replace("relations.yaml", "relations:\n", "relations:\n  - {from: icbc, type: [RELEASED\n");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("relations.yaml:")
			.withMessageContaining("malformed YAML");
	}

	@Test
	void shouldRejectAnUnknownKind() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory)
			.replace("scenarios.yaml", "kind: Scenario", "kind: Scenery");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("scenarios.yaml:" + seed.lineOf("scenarios.yaml", "kind: Scenery"))
			.withMessageContaining("unknown kind 'Scenery'");
	}

	@Test
	void shouldRejectADanglingRelationshipEnd() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("relations.yaml", """
				  - {from: icbc, type: PARTNERS_WITH, to: no-such-bank, section: "3.2.1",
				     quote: 工行发布基于昇腾 AI 的金融行业通用大模型}
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("relations.yaml:" + seed.lineOf("relations.yaml", "no-such-bank"))
			.withMessageContaining("dangling relationship end")
			.withMessageContaining("'no-such-bank'");
	}

	@Test
	void shouldRejectADuplicateId() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("institutions.yaml", """
				  - id: icbc
				    name: Another ICBC
				    nameZh: 另一个工行
				    description: A duplicate.
				    citations:
				      - {section: "3.2.1", quote: 工行发布基于昇腾 AI 的金融行业通用大模型}
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("institutions.yaml:" + seed.lastLineOf("institutions.yaml", "- id: icbc") + ":")
			.withMessageContaining("duplicate id 'icbc'");
	}

	@Test
	void shouldRejectAnAliasThatNamesAnotherEntity() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("institutions.yaml", """
				  - id: industrial-and-commercial
				    name: Industrial and Commercial
				    nameZh: 工商
				    aliases: [工行]
				    description: The same bank under another id.
				    citations:
				      - {section: "3.2.1", quote: 工行发布基于昇腾 AI 的金融行业通用大模型}
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("'工行'")
			.withMessageContaining("already used by 'icbc'");
	}

	@Test
	void shouldRejectAnEntityWithoutCitation() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("institutions.yaml", """
				  - id: uncited-bank
				    name: Uncited Bank
				    nameZh: 无引用银行
				    description: Nothing in the source names it.
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("institutions.yaml:" + seed.lineOf("institutions.yaml", "uncited-bank"))
			.withMessageContaining("has no citation");
	}

	@Test
	void shouldRejectARelationWithoutQuote() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("relations.yaml", """
				  - {from: abc, type: PARTNERS_WITH, to: icbc, section: "3.2.1"}
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("relations.yaml:" + seed.lineOf("relations.yaml", "from: abc, type: PARTNERS_WITH"))
			.withMessageContaining("missing required `quote`");
	}

	@Test
	void shouldRejectAQuoteThatIsNotInTheSource() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("relations.yaml", """
				  - {from: abc, type: PARTNERS_WITH, to: icbc, section: "3.2.1", quote: 农行与工行成立联合实验室}
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("quote does not occur verbatim")
			.withMessageContaining("农行与工行成立联合实验室");
	}

	@Test
	void shouldRejectARelationshipTypeOutsideTheVocabulary() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("relations.yaml", """
				  - {from: abc, type: LIKES, to: icbc, section: "3.2.1", quote: 农行发布自主金融 AI 大模型 ChatABC}
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("unknown relationship type 'LIKES'");
	}

	@Test
	void shouldRejectEndsOfKindsTheTypeDoesNotAllow() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("relations.yaml", """
				  - {from: large-model, type: RELEASED, to: icbc, section: "3.2.1", quote: 农行发布自主金融 AI 大模型 ChatABC}
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("RELEASED cannot start at Technology 'large-model'")
			.withMessageContaining("RELEASED cannot end at Institution 'icbc'");
	}

	@Test
	void shouldRejectUnknownKeysSoTyposAreNotSilentlyDropped() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory)
			.replace("institutions.yaml", "    nameZh: \"工商银行\"", "    nameZH: \"工商银行\"");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("unknown key 'nameZH'")
			.withMessageContaining("missing required `nameZh`");
	}

	@Test
	void shouldReportAMissingFile() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory);
		seed.directory().resolve("relations.yaml").toFile().delete();

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.withMessageContaining("relations.yaml: missing");
	}

	@Test
	void shouldListEveryProblemAtOnce() {
		SeedFixture seed = SeedFixture.copyOfBundled(this.directory).append("relations.yaml", """
				  - {from: abc, type: LIKES, to: icbc, section: "3.2.1", quote: 农行发布自主金融 AI 大模型 ChatABC}
				  - {from: abc, type: PARTNERS_WITH, to: nobody, section: "3.2.1", quote: 农行发布自主金融 AI 大模型 ChatABC}
				""");

		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedValidator.load(seed.resource()))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(2));
	}

}
