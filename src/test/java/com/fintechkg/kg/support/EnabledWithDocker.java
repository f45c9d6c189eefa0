package com.fintechkg.kg.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the annotated class only where a Docker engine answers; elsewhere it is skipped with a one-line reason.
 * Where there is plainly no engine (no {@code DOCKER_HOST}, no socket), Testcontainers is not asked at all, so its
 * multi-line ERROR about every strategy it tried does not appear for an expected skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(EnabledWithDocker.Condition.class)
public @interface EnabledWithDocker {

	/** The check behind the annotation. */
	final class Condition implements ExecutionCondition {

		private static final Path SOCKET = Path.of("/var/run/docker.sock");

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (System.getenv("DOCKER_HOST") == null && !Files.exists(SOCKET)
					&& !Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))) {
				return ConditionEvaluationResult.disabled("needs a Docker engine for a Neo4j server container: "
						+ "none here (DOCKER_HOST unset, no " + SOCKET + ")");
			}
			if (!DockerClientFactory.instance().isDockerAvailable()) {
				return ConditionEvaluationResult.disabled("needs a Docker engine for a Neo4j server container: "
						+ "Docker is configured but does not answer");
			}
			return ConditionEvaluationResult.enabled("a Docker engine answers");
		}

	}

}
