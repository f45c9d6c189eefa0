package com.fintechkg.kg.seed;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;
import com.fintechkg.kg.graph.DriverWrites;
import com.fintechkg.kg.graph.GraphWrites;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

	/** The vocabulary of the configured seed: kinds, relationship types and the typed fields of the API. */
	@Bean
	Vocabulary vocabulary(SeedProperties properties, ResourceLoader resources) {
		return SeedReader.readVocabularyOf(resources.getResource(properties.directoryLocation()));
	}

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
