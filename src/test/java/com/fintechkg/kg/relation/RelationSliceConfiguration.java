package com.fintechkg.kg.relation;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockReset;

/**
 * What every controller slice needs of {@code relation}: {@link TypedRelationFields} (a
 * {@code RuntimeWiringConfigurer}, so always in a slice) over a mock of {@link RelationQueries} (reset after each
 * test; a slice that stubs it declares its own {@code @MockitoBean}), and the {@link RelationVocabulary} that
 * checks relationship-type arguments against the vocabulary.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(RelationVocabulary.class)
public class RelationSliceConfiguration {

	@Bean
	RelationQueries relationQueries() {
		return Mockito.mock(RelationQueries.class, MockReset.withSettings(MockReset.AFTER));
	}

}
