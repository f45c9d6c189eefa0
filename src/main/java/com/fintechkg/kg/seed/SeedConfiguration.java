package com.fintechkg.kg.seed;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.graph.DriverWrites;
import com.fintechkg.kg.graph.GraphWrites;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

	@Bean
	SeedLoader seedLoader(Driver driver, DatabaseSelectionProvider databases, GraphWrites writes) {
		return new SeedLoader(driver, DriverWrites.session(databases), writes);
	}

	@Bean
	SeedRunner seedRunner(SeedLoader loader, SeedProperties properties, ResourceLoader resources,
			ObjectProvider<EmbeddedNeo4j> embedded) {
		return new SeedRunner(loader, properties, resources, embedded.getIfAvailable() == null);
	}

}
