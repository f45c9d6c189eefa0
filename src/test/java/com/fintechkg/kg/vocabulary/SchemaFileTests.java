package com.fintechkg.kg.vocabulary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.seed.SeedReader;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schema.graphqls} is what the vocabulary generates, to the byte: editing either alone fails here (regenerate
 * with {@code ./mvnw -q compile exec:java@schema}). With the hand-written part it forms a valid schema in which every
 * typed field follows only types the vocabulary declares.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SchemaFileTests {

	private static final Vocabulary vocabulary = SeedReader.readVocabularyOf(new FileSystemResource("graph-seed/"));

	@Test
	void theSchemaFileIsWhatTheVocabularyGenerates() throws IOException {
		String file = Files.readString(Path.of("schema.graphqls"), StandardCharsets.UTF_8);

		assertThat(file).as("schema.graphqls is out of date with graph-seed/vocabulary.yaml: run "
				+ "`./mvnw -q compile exec:java@schema` and commit both").isEqualTo(SchemaGenerator.generate(vocabulary));
	}

	@Test
	void theGeneratedAndTheHandWrittenPartsFormOneValidSchema() throws IOException {
		TypeDefinitionRegistry registry = new SchemaParser().parse(SchemaGenerator.generate(vocabulary));
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			// the federation part needs federation-jvm's directives (FederationTests builds that schema)
			if (!text.contains("specs.apollo.dev/federation")) {
				registry.merge(new SchemaParser().parse(text));
			}
		}

		GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);

		assertThat(schema.getQueryType().getFieldDefinition("institutions")).isNotNull();
		assertThat(schema.getObjectType("Indicator").getFieldDefinition("value")).isNotNull();
		for (Vocabulary.KindDefinition kind : vocabulary.kinds()) {
			assertThat(schema.getObjectType(kind.kind().name())).as(kind.kind().name()).isNotNull();
			assertThat(schema.getQueryType().getFieldDefinition(SchemaGenerator.listField(kind))).isNotNull();
			assertThat(schema.getQueryType().getFieldDefinition(SchemaGenerator.lookupField(kind.kind()))).isNotNull();
		}
	}

	@Test
	void everyTypedFieldFollowsTypesTheVocabularyDeclares() throws IOException {
		TypeDefinitionRegistry registry = new SchemaParser().parse(Path.of("schema.graphqls").toFile());
		List<String> followed = registry.getTypes(ObjectTypeDefinition.class)
			.stream()
			.flatMap((type) -> type.getFieldDefinitions().stream())
			.filter((field) -> field.hasDirective("relation"))
			.flatMap(SchemaFileTests::types)
			.distinct()
			.toList();

		assertThat(followed).isNotEmpty().allSatisfy((type) -> assertThat(vocabulary.typeNames()).contains(type));
	}

	@Test
	void theCommandWritesTheFileAndSaysWhenItIsUpToDate(@org.junit.jupiter.api.io.TempDir Path directory)
			throws IOException {
		Path output = directory.resolve("schema.graphqls");
		var out = new java.io.ByteArrayOutputStream();
		var err = new java.io.ByteArrayOutputStream();

		int first = com.fintechkg.kg.command.SchemaCommand.run(new String[] { "graph-seed", output.toString() },
				new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
		int second = com.fintechkg.kg.command.SchemaCommand.run(new String[] { "graph-seed", output.toString() },
				new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(first).isZero();
		assertThat(second).isZero();
		assertThat(Files.readString(output)).isEqualTo(Files.readString(Path.of("schema.graphqls")));
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote").contains("is up to date");
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private static java.util.stream.Stream<String> types(FieldDefinition field) {
		return ((graphql.language.ArrayValue) field.getDirectives("relation").getFirst().getArgument("types").getValue())
			.getValues()
			.stream()
			.map((value) -> ((graphql.language.StringValue) value).getValue());
	}

}
