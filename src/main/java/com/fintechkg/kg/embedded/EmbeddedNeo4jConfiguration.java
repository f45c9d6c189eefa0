package com.fintechkg.kg.embedded;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts {@link EmbeddedNeo4j} unless {@code fintechkg.embedded.enabled=false}, points Spring Boot's Neo4j driver at
 * its Bolt port (Neo4j Browser and the driver read path talk to it like to any Neo4j server) and offers the database
 * itself as a {@link GraphDatabaseService} bean, through which the {@code graph} package reads and writes
 * in-process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "fintechkg.embedded.enabled", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	/** Starts the database while the rest of the context is created (a bean factory post-processor: static). */
	@Bean
	static EmbeddedNeo4jStart embeddedNeo4jStart(Environment environment) {
		return new EmbeddedNeo4jStart(environment);
	}

	/** The database {@link EmbeddedNeo4jStart} started (and closes). */
	@Bean(destroyMethod = "")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jStart start) {
		return start.database();
	}

	/** The embedded database itself, for what runs in-process (the {@code graph} package's reads and writes). */
	@Bean
	GraphDatabaseService embeddedDatabase(EmbeddedNeo4j neo4j) {
		return neo4j.managementService().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
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
