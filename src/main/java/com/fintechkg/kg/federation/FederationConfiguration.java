package com.fintechkg.kg.federation;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import com.apollographql.federation.graphqljava.Federation;
import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.vocabulary.Vocabulary;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;

/**
 * Builds the schema as a federation subgraph (federation-jvm): every kind of the {@link Vocabulary} gets
 * {@code @key(fields: "id")}, and the schema {@code _service { sdl }} and {@code _entities(representations:)},
 * the latter answered by {@link EntityReferences} for any kind. The object type of an entity is its kind, as
 * everywhere else in the schema. A kind added to the vocabulary is a federation entity without code.
 */
@Configuration(proxyBeanMethods = false)
public class FederationConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer federationSchema(Vocabulary vocabulary, EntityReferences references) {
		String keys = vocabulary.kinds()
			.stream()
			.map(KindDefinition::kind)
			.map((kind) -> "extend type " + kind.name() + " @key(fields: \"id\")")
			.collect(Collectors.joining("\n", "", "\n"));
		ByteArrayResource keyed = new ByteArrayResource(keys.getBytes(StandardCharsets.UTF_8),
				"federation keys of the vocabulary's kinds");
		return (builder) -> builder.schemaResources(keyed)
			.schemaFactory((registry, wiring) -> Federation.transform(registry, wiring)
				.fetchEntities(references::fetch)
				.resolveEntityType((env) -> env.getSchema().getObjectType(((Entity) env.getObject()).kind().name()))
				.build());
	}

}
