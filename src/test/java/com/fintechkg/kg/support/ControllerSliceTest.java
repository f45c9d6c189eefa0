package com.fintechkg.kg.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fintechkg.kg.entity.EntitySliceConfiguration;
import com.fintechkg.kg.graphql.SchemaSliceConfiguration;
import com.fintechkg.kg.relation.RelationSliceConfiguration;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A controller slice: Spring for GraphQL with the whole schema (the hand-written part and the part generated from
 * the vocabulary), the given controllers, the error mapping ({@code @ControllerAdvice} classes and exception
 * resolvers) and the runtime wiring, with no database and no HTTP. The controllers' collaborators are
 * {@code @MockitoBean}s declared by the test; {@code EntityController} (over a mock {@code EntityQueries}) is always
 * present, as the kinds' root fields and the entity type resolution go through it. Requests go through
 * {@code GraphQlTester} with documents from {@code src/test/resources/graphql-test/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// the driver path's one-statement translation (package translate) reads the database: no part of a slice
@GraphQlTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.fintechkg\\.kg\\.translate\\..*"))
@ActiveProfiles("test")
@Import({ SchemaSliceConfiguration.class, EntitySliceConfiguration.class, RelationSliceConfiguration.class })
public @interface ControllerSliceTest {

	/** The controllers under test, besides {@code EntityController}. */
	@AliasFor(annotation = GraphQlTest.class, attribute = "controllers")
	Class<?>[] value();

}
