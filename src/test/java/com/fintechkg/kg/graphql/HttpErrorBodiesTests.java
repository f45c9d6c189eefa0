package com.fintechkg.kg.graphql;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors answered over HTTP before GraphQL runs — a wrong API token (401), an oversized body (413), a body that is
 * not a JSON object with a query (400), a GET without a query (400), a mutation over GET (405) — all have exactly the shape of a
 * GraphQL error ({@code message} and {@code extensions.classification}, nothing else) and the same media type for
 * the same {@code Accept}, whichever filter or route refuses them; and a GET and a POST of the same refused query
 * get the same answer.
 */
@KnowledgeGraphTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HttpErrorBodiesTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final List<String> ACCEPTS = List.of("application/json", "application/graphql-response+json",
			"*/*", "application/graphql-response+json, application/json;q=0.9");

	@Autowired
	GraphQlHttp graphQl;

	/** A refusal: how to provoke it with a given {@code Accept}, its status and its classification. */
	record Refusal(String name, Function<String, HttpRequest> request, int status, String classification) {
	}

	private List<Refusal> refusals() {
		String stats = "{\"query\": \"{ stats { entities } }\"}";
		String oversized = "{\"query\": \"{ stats { entities } }\", \"variables\": {\"p\": \"" + "x".repeat(200_000)
				+ "\"}}";
		return List.of(
				new Refusal("unknown API token", (accept) -> post(stats, accept).header("Authorization", "Bearer nope")
					.build(), 401, "UNAUTHORIZED"),
				new Refusal("malformed Authorization header", (accept) -> post(stats, accept)
					.header("Authorization", "Basic YWxpY2U6c2VjcmV0").build(), 401, "UNAUTHORIZED"),
				new Refusal("oversized body", (accept) -> post(oversized, accept).build(), 413, "BAD_REQUEST"),
				new Refusal("body not a JSON object", (accept) -> post("null", accept).build(), 400, "BAD_REQUEST"),
				new Refusal("empty body", (accept) -> post("", accept).build(), 400, "BAD_REQUEST"),
				new Refusal("body not JSON", (accept) -> post("{\"query\": ", accept).build(), 400, "BAD_REQUEST"),
				new Refusal("JSON object without a query", (accept) -> post("{}", accept).build(), 400, "BAD_REQUEST"),
				new Refusal("GET without a query", (accept) -> get("", accept), 400, "BAD_REQUEST"),
				new Refusal("GET with variables that are not an object", (accept) -> get("?query="
						+ encode("{ stats { entities } }") + "&variables=" + encode("[1]"), accept), 400, "BAD_REQUEST"),
				new Refusal("mutation over GET", (accept) -> get("?query=" + encode("mutation { deleteRelation(input: "
						+ "{id: \"x\", expectedVersion: 1, reason: \"r\", citation: {section: \"1\", quote: \"q\"}}) { id } }"),
						accept), 405, "BAD_REQUEST"));
	}

	@Test
	void everyErrorAnsweredBeforeGraphQlRunsHasExactlyTheShapeOfAGraphQlError() {
		for (Refusal refusal : refusals()) {
			for (String accept : ACCEPTS) {
				Answer answer = this.graphQl.send(refusal.request().apply(accept));
				String what = refusal.name() + " (Accept: " + accept + "): " + answer.body();

				assertThat(answer.status()).as(what).isEqualTo(refusal.status());
				assertThat(answer.contentType()).as(what).startsWith(accept.startsWith("application/graphql-response+json")
						? "application/graphql-response+json" : "application/json");
				Map<String, Object> body = json.readValue(answer.body(), LinkedHashMap.class);
				assertThat(body.keySet()).as(what).containsExactly("errors");
				assertThat(answer.errors()).as(what).singleElement().satisfies((error) -> {
					assertThat(error.keySet()).containsExactly("message", "extensions");
					assertThat((String) error.get("message")).isNotBlank();
					assertThat(error.get("extensions")).isEqualTo(Map.of("classification", refusal.classification()));
				});
			}
		}
	}

	@Test
	void aMutationOverGetAllowsPostAndAWrongTokenSaysWhichScheme() {
		Refusal mutation = refusals().getLast();
		Refusal token = refusals().getFirst();

		assertThat(this.graphQl.send(mutation.request().apply("application/json")).body()).contains("POST");
		assertThat(TestClients.http().sendAsync(TestClients.bounded(mutation.request().apply("application/json")),
				java.net.http.HttpResponse.BodyHandlers.discarding()).join().headers().firstValue("Allow"))
			.hasValue("POST");
		assertThat(TestClients.http().sendAsync(TestClients.bounded(token.request().apply("application/json")),
				java.net.http.HttpResponse.BodyHandlers.discarding()).join().headers().firstValue("WWW-Authenticate"))
			.hasValue("Bearer realm=\"fintech-kg\"");
	}

	@Test
	void aRefusedQueryGetsTheSameAnswerOverGetAsOverPost() {
		for (String query : List.of("{ entity(id: ", "{ entity(id: \"icbc\") { nope } }",
				"{ entities(first: 101) { edges { cursor } } }", "{ search(query: \"x\", first: 0) { score } }",
				"{ entities(after: \"not-a-cursor\") { totalCount } }",
				"{ institution(id: \"icbc\") { productsConnection(first: 101) { totalCount } } }")) {
			Answer post = this.graphQl.post(query);
			Answer get = this.graphQl.get(query);

			assertThat(post.errorClassifications()).as(post.body()).containsOnly("BAD_REQUEST").isNotEmpty();
			assertThat(get.status()).as(query).isEqualTo(post.status());
			assertThat(get.contentType()).as(query).isEqualTo(post.contentType());
			assertThat(json.readTree(get.body())).as(query).isEqualTo(json.readTree(post.body()));
		}
	}

	private HttpRequest.Builder post(String body, String accept) {
		return TestClients.request(this.graphQl.uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest get(String parameters, String accept) {
		return TestClients.request(this.graphQl.uri("/graphql" + parameters)).header("Accept", accept).GET().build();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
