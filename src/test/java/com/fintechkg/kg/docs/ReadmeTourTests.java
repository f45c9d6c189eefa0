package com.fintechkg.kg.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's tour: its queries run, and the graph holds the ICBC chain as the README tells it. */
@KnowledgeGraphTest
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class ReadmeTourTests {

	static final Path README = Path.of("README.md");

	private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern INLINE = Pattern.compile("`(\\w+\\(id: \"[^`]+ \\})`");

	@Autowired
	GraphQlHttp graphQl;

	@Test
	void everyQueryOfTheReadmeAnswersWithoutErrors() throws IOException {
		List<String> queries = queries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(4);

		for (String query : queries) {
			Answer answer = this.graphQl.post(query);
			assertThat(answer.errors()).as(query + "\n" + answer.body()).isEmpty();
			assertThat(answer.<Map<String, Object>>read("$.data").values()).as(query).doesNotContainNull();
		}
	}

	@Test
	void theModelIcbcReleasedIsBuiltOnAscendAndAppliedToTheTwoAssistantsNotToCustomerService() throws IOException {
		Answer answer = this.graphQl.post(queries().getFirst());

		assertThat(answer.<List<String>>read("$.data.entity.relations[*].other.name"))
			.containsExactly("ICBC financial industry general large model");
		assertThat(answer.<String>read("$.data.entity.relations[0].date")).isEqualTo("2023-03");
		List<Map<String, Object>> modelRelations = answer.read("$.data.entity.relations[0].other.relations");
		assertThat(modelRelations).extracting((relation) -> relation.get("type") + " " + relation.get("direction") + " "
				+ ((Map<?, ?>) relation.get("other")).get("nameZh"))
			.contains("BASED_ON OUTGOING 昇腾 AI", "APPLIED_TO OUTGOING 知识运营助手", "APPLIED_TO OUTGOING 金融市场投研助手",
					"RELEASED INCOMING 工商银行")
			.noneMatch((line) -> line.contains("智能客服"));
	}

	@Test
	void largeModelsInGeneralAreAppliedToCustomerService() throws IOException {
		String inline = queries().stream().filter((query) -> query.contains("large-model")).findFirst().orElseThrow();

		Answer answer = this.graphQl.post(inline);

		assertThat(answer.<List<String>>read("$.data.technology.relations[*].other.name"))
			.contains("Intelligent customer service");
	}

	private static List<String> queries() throws IOException {
		String readme = Files.readString(README);
		List<String> queries = new ArrayList<>();
		Matcher block = BLOCK.matcher(readme);
		while (block.find()) {
			queries.add(block.group(1));
		}
		Matcher inline = INLINE.matcher(readme);
		while (inline.find()) {
			queries.add("{ " + inline.group(1) + " }");
		}
		return queries;
	}

}
