package com.fintechkg.kg.graphql;

import com.fintechkg.kg.entity.Entity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Cross-cutting GraphQL wiring: the object type of an {@code Entity} is its kind. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer entityTypeResolver() {
		return (wiring) -> wiring.type("Entity", (type) -> type
			.typeResolver((env) -> env.getSchema().getObjectType(((Entity) env.getObject()).kind().typeName())));
	}

}
