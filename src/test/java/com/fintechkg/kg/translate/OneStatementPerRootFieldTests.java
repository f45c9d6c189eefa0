package com.fintechkg.kg.translate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.StatementCounter;
import com.fintechkg.kg.translate.RootFieldTranslator.Translation;
import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A root field and everything selected below it as one statement: on the driver path, where each statement is a
 * round trip, a question three levels deep is one statement; the statement's text depends only on the selection
 * (the database plans it once), and every value the client sent is a parameter.
 */
@KnowledgeGraphTest
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class OneStatementPerRootFieldTests {

	/** The benchmark's nested question (bench QueryMix "nested3"): three levels below the root. */
	static final String NESTED3 = """
			query($id: ID!) { institution(id: $id) { name nameZh
			  productsConnection(edge: {type: {eq: "RELEASED"}}) { totalCount edges { cursor direction
			    properties { date quote section source { id } }
			    node { name nameZh appliedTo { name nameZh }
			      basedOn { name nameZh ... on Technology { appliedTo { name nameZh } } } } }
			    pageInfo { hasNextPage endCursor } } } }""";

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	GraphReads reads;

	@Autowired
	RootFieldTranslator translator;

	@Autowired
	GraphQlSource source;

	@Test
	void shouldAnswerAQuestionThreeLevelsDeepWithOneStatementOnTheDriverPath() {
		assumeFalse(this.reads.inProcess(), "the driver path (fintechkg.embedded.in-process-reads=false)");
		this.statements.reset();
		Answer answer = this.graphQl.post(NESTED3, Map.of("id", "icbc"));

		assertThat(answer.errors()).as(answer.body()).isEmpty();
		assertThat(this.statements.count()).as("statements for one root field three levels deep").isEqualTo(1);
		assertThat(answer.<List<?>>read("$.data.institution.productsConnection.edges[*].node.basedOn[*]")).isNotEmpty();
	}

	@Test
	void shouldAnswerAPageOfEntitiesWithTheirRelationsWithOneStatementOnTheDriverPath() {
		assumeFalse(this.reads.inProcess(), "the driver path (fintechkg.embedded.in-process-reads=false)");
		this.statements.reset();
		Answer answer = this.graphQl.post("""
				{ institutions(first: 5, orderBy: [{field: NAME}]) { totalCount edges { cursor node { id
				    relations(first: 3) { type other { id ... on Institution { products { id } } } to { id } }
				    productsConnection(first: 2) { totalCount edges { node { id basedOn { id } } } } } } } }""");

		assertThat(answer.errors()).as(answer.body()).isEmpty();
		assertThat(this.statements.count()).as("statements for one root field").isEqualTo(1);
		assertThat(answer.<List<?>>read("$.data.institutions.edges[*].node.relations[*]")).isNotEmpty();
	}

	@Test
	void shouldLeaveAFieldWithAnArgumentOutOfRangeToItsResolvers() {
		Answer answer = this.graphQl.post(
				"{ institution(id: \"icbc\") { id productsConnection(first: 500) { totalCount } } }");

		assertThat(answer.errorClassifications()).containsExactly("BAD_REQUEST");
		assertThat(answer.<String>read("$.data.institution.id")).isEqualTo("icbc");
		assertThat(answer.<Object>read("$.data.institution.productsConnection")).isNull();
	}

	@Test
	void shouldGiveTheSameStatementTextForTheSameSelection() {
		Translation icbc = translate(NESTED3, Map.of("id", "icbc"));
		Translation ant = translate(NESTED3, Map.of("id", "ant-group"));

		assertThat(ant.cypher()).isEqualTo(icbc.cypher());
		assertThat(ant.parameters()).isNotEqualTo(icbc.parameters());
		assertThat(ant.parameters()).containsValue("ant-group");
	}

	@Test
	void shouldPassEveryValueTheClientSentAsAParameter() {
		Translation translation = translate("""
				query($where: EntityWhere) { institutions(first: 7, where: $where) { totalCount edges { node { id
				  productsConnection(first: 3, edge: {quote: {contains: "大模型"}}) { edges { node { id } } }
				  relations(types: ["RELEASED"], first: 9) { id } } } } }""",
				Map.of("where", Map.of("name", Map.of("startsWith", "Industrial"))));

		assertThat(translation.cypher()).doesNotContain("Industrial", "大模型", "RELEASED")
			.doesNotContainPattern("LIMIT \\d");
		assertThat(translation.parameters()).containsValues("Industrial", "大模型", List.of("RELEASED"), 8, 9);
	}

	@Test
	void shouldTranslateEachKindsRootFieldsFromTheVocabulary() {
		for (String root : List.of("entity(id: \"icbc\") { id }", "technology(id: \"large-model\") { id }",
				"entities(first: 1) { edges { node { id } } }", "regulations(first: 1) { edges { node { id } } }")) {
			assertThat(this.translator.translate(field("{ " + root + " }", Map.of()), schema())).as(root).isPresent();
		}
	}

	private Translation translate(String query, Map<String, Object> variables) {
		return this.translator.translate(field(query, variables), schema()).orElseThrow();
	}

	private graphql.normalized.ExecutableNormalizedField field(String query, Map<String, Object> variables) {
		return ExecutableNormalizedOperationFactory
			.createExecutableNormalizedOperationWithRawVariables(schema(), Parser.parse(query), null,
					RawVariables.of(variables))
			.getTopLevelFields()
			.getFirst();
	}

	private GraphQLSchema schema() {
		return this.source.schema();
	}

}
