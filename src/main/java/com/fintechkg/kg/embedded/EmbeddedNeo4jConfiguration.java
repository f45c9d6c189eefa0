package com.fintechkg.kg.embedded;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts {@link EmbeddedNeo4j} unless {@code fintechkg.embedded.enabled=false}, points Spring Boot's Neo4j driver at
 * its Bolt port (Neo4j Browser and the driver read path talk to it like to any Neo4j server), lets the GraphQL API's
 * reads run in-process ({@link InProcessReads}) and runs the service's own writes in-process ({@link InProcessWrites}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "fintechkg.embedded.enabled", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties,
			@Value("${spring.neo4j.authentication.password:}") String password) {
		return EmbeddedNeo4j.start(properties, password);
	}

	/** The embedded database itself, for what runs in-process ({@link InProcessReads}). */
	@Bean
	GraphDatabaseService embeddedDatabase(EmbeddedNeo4j neo4j) {
		return neo4j.managementService().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/**
	 * Reads through the embedded database's Java API instead of the driver: no Bolt round trip for the GraphQL
	 * API's statements. {@code fintechkg.embedded.in-process-reads=false} sends them through the driver, as against
	 * a server.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "fintechkg.embedded.in-process-reads", matchIfMissing = true)
	InProcessReads inProcessReads(GraphDatabaseService embeddedDatabase,
			@Value("${spring.transaction.default-timeout:5s}") Duration timeout) {
		return new InProcessReads(embeddedDatabase, timeout);
	}

	/**
	 * The service's own writes (schema, seed, curation) run in-process: the one origin the database accepts changes
	 * from while Bolt is read-only ({@link BoltWriteGuard}).
	 */
	@Bean
	InProcessWrites graphWrites(GraphDatabaseService embeddedDatabase) {
		return new InProcessWrites(embeddedDatabase);
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
