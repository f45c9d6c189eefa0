package com.fintechkg.kg.graphql;

import java.nio.charset.StandardCharsets;

import com.fintechkg.kg.vocabulary.SchemaGenerator;
import com.fintechkg.kg.vocabulary.Vocabulary;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * Cross-cutting GraphQL wiring: the typed part of the schema is generated from the vocabulary (beside the hand-written
 * part in {@code classpath:graphql/}); parsed operations are cached.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer typedSchema(Vocabulary vocabulary) {
		Resource typed = new ByteArrayResource(SchemaGenerator.generate(vocabulary).getBytes(StandardCharsets.UTF_8),
				"schema generated from the vocabulary");
		return (builder) -> builder.schemaResources(typed);
	}

	@Bean
	ParsedDocumentCache parsedDocumentCache() {
		return new ParsedDocumentCache();
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer(ParsedDocumentCache cache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

}
