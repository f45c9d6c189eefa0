package com.fintechkg.kg.federation;

import com.fintechkg.kg.entity.Entity;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.federation.FederationSchemaFactory;

/**
 * Builds the schema as a federation subgraph (federation-jvm through {@link FederationSchemaFactory}): adds
 * {@code _service { sdl }} and {@code _entities(representations:)}, and answers the latter with the
 * {@code @EntityMapping} methods of {@link EntityReferences}. The object type of an entity is its kind, as
 * everywhere else in the schema.
 */
@Configuration(proxyBeanMethods = false)
class FederationConfiguration {

	@Bean
	FederationSchemaFactory federationSchemaFactory() {
		FederationSchemaFactory factory = new FederationSchemaFactory();
		factory.setTypeResolver((env) -> env.getSchema().getObjectType(((Entity) env.getObject()).kind().typeName()));
		return factory;
	}

	@Bean
	GraphQlSourceBuilderCustomizer federationSchema(FederationSchemaFactory factory) {
		return (builder) -> builder.schemaFactory(factory::createGraphQLSchema);
	}

}
