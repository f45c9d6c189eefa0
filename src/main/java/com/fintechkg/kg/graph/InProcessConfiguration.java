package com.fintechkg.kg.graph;

import java.time.Duration;

import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read and write paths inside this JVM when the database is embedded ({@code fintechkg.embedded.enabled}, the
 * default): the {@code embedded} package starts the database and offers it as a {@link GraphDatabaseService}; the
 * service reads and writes it here, through its Java API. Against a server or cluster the driver is used instead
 * ({@link DriverWritesConfiguration}, and {@link GraphReads}' driver path).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "fintechkg.embedded.enabled", matchIfMissing = true)
class InProcessConfiguration {

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
	 * The service's own writes (schema, seed, curation) run in-process: the one origin the embedded database
	 * accepts changes from while Bolt is read-only.
	 */
	@Bean
	InProcessWrites graphWrites(GraphDatabaseService embeddedDatabase) {
		return new InProcessWrites(embeddedDatabase);
	}

}
