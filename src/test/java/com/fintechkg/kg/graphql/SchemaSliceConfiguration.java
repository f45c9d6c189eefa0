package com.fintechkg.kg.graphql;

import com.fintechkg.kg.federation.EntityReferences;
import com.fintechkg.kg.federation.FederationConfiguration;
import com.fintechkg.kg.graph.GraphReads;
import com.fintechkg.kg.seed.SeedReader;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.FileSystemResource;

/**
 * The whole schema in a controller slice: the bundled vocabulary ({@code graph-seed/vocabulary.yaml}) and the
 * customizer that adds the schema generated from it to the hand-written part ({@link GraphQlConfiguration}, which
 * {@code @GraphQlTest} does not pick up by itself), and the federation subgraph's schema factory (the hand-written
 * part links the federation directives).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ GraphQlConfiguration.class, FederationConfiguration.class, EntityReferences.class })
public class SchemaSliceConfiguration {

	/** No database in a slice: the per-request read scope ({@code ReadTransactionPerRequest}) opens nothing. */
	@Bean
	GraphReads graphReads() {
		GraphReads reads = Mockito.mock(GraphReads.class);
		Mockito.when(reads.openScope()).thenReturn(() -> {
		});
		return reads;
	}

	@Bean
	Vocabulary vocabulary() {
		return SeedReader.readVocabularyOf(new FileSystemResource("graph-seed/"));
	}

}
