package com.fintechkg.kg.support;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * A Neo4j server in Docker (the same version as the embedded one), for running suites against a server by URI.
 * Imported with {@code @ImportTestcontainers}; classes using it are skipped where no Docker engine runs.
 */
public interface Neo4jServerContainer {

	@Container
	@ServiceConnection
	Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();

}
