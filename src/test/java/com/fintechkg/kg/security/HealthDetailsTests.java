package com.fintechkg.kg.security;

import java.net.http.HttpRequest;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/health}: anyone may ask whether the service is up; only a caller with an API token sees its
 * components and their details (the database, the disk and the data directory's path).
 */
@KnowledgeGraphTest
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class HealthDetailsTests {

	private static final String CURATOR_TOKEN = "test-curator-token-0123456789";

	private static final String READER_TOKEN = "test-reader-token-0123456789";

	@Autowired
	GraphQlHttp graphQl;

	@Test
	void anAnonymousCallerGetsTheStatusAlone() {
		Answer health = health(null);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.<String>read("$.status")).isEqualTo("UP");
		assertThat(health.<java.util.Map<String, Object>>read("$")).containsOnlyKeys("status", "groups");
		assertThat(health.body()).doesNotContain("components", "details", "diskSpace", "path", "neo4j");
	}

	@ParameterizedTest
	@ValueSource(strings = { CURATOR_TOKEN, READER_TOKEN })
	void aCallerWithAnApiTokenSeesTheComponentsAndTheirDetails(String token) {
		Answer health = health(token);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.<String>read("$.status")).isEqualTo("UP");
		assertThat(health.<String>read("$.components.neo4j.status")).isEqualTo("UP");
		assertThat(health.<String>read("$.components.diskSpace.details.path")).isNotBlank();
	}

	@Test
	void aWrongTokenIsRefusedRatherThanTreatedAsAnonymous() {
		assertThat(health("not-a-token-of-this-service").status()).isEqualTo(401);
	}

	private Answer health(String token) {
		HttpRequest.Builder request = TestClients.request(this.graphQl.uri("/actuator/health"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.graphQl.send(request.GET().build());
	}

}
