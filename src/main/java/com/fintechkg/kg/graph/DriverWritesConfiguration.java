package com.fintechkg.kg.graph;

import org.neo4j.driver.Driver;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * The service's writes through the driver when the database is a server or cluster reached by URI
 * ({@code fintechkg.embedded.enabled=false}); with the embedded database they run in-process instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "fintechkg.embedded.enabled", havingValue = false)
class DriverWritesConfiguration {

	@Bean
	DriverWrites graphWrites(Driver driver, DatabaseSelectionProvider databases) {
		return new DriverWrites(driver, DriverWrites.session(databases));
	}

}
