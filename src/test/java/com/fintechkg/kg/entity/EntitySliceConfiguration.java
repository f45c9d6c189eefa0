package com.fintechkg.kg.entity;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockReset;

/**
 * What every controller slice needs of {@code entity}: {@link KindRootFields} (a {@code RuntimeWiringConfigurer},
 * so always in a slice) resolves each entity's object type and wires the kinds' root fields through
 * {@link EntityController}, which therefore is in every slice, over a mock of {@link EntityQueries} (reset after
 * each test; a slice that stubs it declares its own {@code @MockitoBean}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(EntityController.class)
public class EntitySliceConfiguration {

	@Bean
	EntityQueries entityQueries() {
		return Mockito.mock(EntityQueries.class, MockReset.withSettings(MockReset.AFTER));
	}

}
