package com.fintechkg.kg.entity;

import com.fintechkg.kg.support.EnabledWithDocker;
import com.fintechkg.kg.support.Neo4jServerContainer;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.test.context.TestPropertySource;

/**
 * The same specification as {@link EntityApiTests}, against a Neo4j server reached by URI (the scale-out path)
 * instead of the embedded database. Needs Docker: skipped, with that reason, where none runs.
 */
@EnabledWithDocker
@Testcontainers
@ImportTestcontainers(Neo4jServerContainer.class)
@TestPropertySource(properties = "fintechkg.embedded.enabled=false")
class EntityApiOnNeo4jServerIT extends EntityApiTests {

}
