package com.fintechkg.kg.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts {@link EmbeddedNeo4j} unless {@code fintechkg.embedded.enabled=false}, and points Spring Boot's Neo4j
 * driver at its Bolt port (so every other part of the service talks to it like to any Neo4j server).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "fintechkg.embedded.enabled", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties,
			@Value("${spring.neo4j.authentication.password:}") String password) {
		return EmbeddedNeo4j.start(properties, password);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j,
			@Value("${spring.neo4j.authentication.password:}") String password) {
		URI uri = neo4j.boltUri();
		AuthToken auth = password.isBlank() ? AuthTokens.none() : AuthTokens.basic("neo4j", password);
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return auth;
			}

		};
	}

}
