package com.fintechkg.kg.graphql;

import com.fintechkg.kg.entity.Entity;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Cross-cutting GraphQL wiring: the object type of an {@code Entity} is its kind; parsed operations are cached. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	ParsedDocumentCache parsedDocumentCache() {
		return new ParsedDocumentCache();
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer(ParsedDocumentCache cache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

	@Bean
	RuntimeWiringConfigurer entityTypeResolver() {
		return (wiring) -> wiring.type("Entity", (type) -> type
			.typeResolver((env) -> env.getSchema().getObjectType(((Entity) env.getObject()).kind().typeName())));
	}

}
