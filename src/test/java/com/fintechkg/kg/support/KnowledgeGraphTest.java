package com.fintechkg.kg.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a free HTTP port, with the embedded Neo4j on a free Bolt port and the bundled seed
 * loaded. Every class with this annotation shares one application context, so the database starts once per JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ GraphQlHttp.class, StatementCounter.class, GraphFingerprint.class })
public @interface KnowledgeGraphTest {

}
