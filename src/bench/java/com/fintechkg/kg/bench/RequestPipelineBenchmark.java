package com.fintechkg.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.bench.QueryMix.Question;
import com.fintechkg.kg.entity.Entity;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process steps every request pays before and after the database: graphql-java parsing and validating
 * the operation against the project's schema (repeated on every request unless a parsed document is cached), and
 * mapping a Neo4j node to an {@link Entity}. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RequestPipelineBenchmark {

	@Param({ "lookup", "nested3", "neighborhood2", "listPage" })
	public String question;

	private GraphQLSchema schema;

	private String query;

	private Document document;

	private Value node;

	@Setup
	public void setUp() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/graphql/schema.graphqls")) {
			String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			this.schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
		}
		this.query = QueryMix.standard().questions().stream().filter((q) -> q.name().equals(this.question))
			.map(Question::graphql).findFirst().orElseThrow();
		this.document = Parser.parse(this.query);
		List<ValidationError> errors = new Validator().validateDocument(this.schema, this.document, Locale.ROOT);
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.toString());
		}
		this.node = Values.value(Map.ofEntries(Map.entry("id", "icbc"), Map.entry("kind", "Institution"),
				Map.entry("name", "Industrial and Commercial Bank of China"), Map.entry("nameZh", "中国工商银行"),
				Map.entry("aliases", List.of("工商银行", "工行", "ICBC")), Map.entry("category", "bank"),
				Map.entry("description", "国有大型商业银行"),
				Map.entry("citationSources", List.of("caict-fintech-2023", "caict-fintech-2023")),
				Map.entry("citationSections", List.of("3.2.1", "4.1")),
				Map.entry("citationQuotes", List.of("工商银行发布了基于昇腾AI的金融行业通用模型", "工商银行……"))));
	}

	@Benchmark
	public Document parse() {
		return Parser.parse(this.query);
	}

	@Benchmark
	public List<ValidationError> validate() {
		return new Validator().validateDocument(this.schema, this.document, Locale.ROOT);
	}

	@Benchmark
	public Entity mapEntity() {
		return Entity.from(this.node);
	}

}
