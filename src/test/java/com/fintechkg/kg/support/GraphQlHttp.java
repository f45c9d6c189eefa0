package com.fintechkg.kg.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * A GraphQL client over real HTTP (the JDK's HttpClient) for tests: POST or GET, and JsonPath on the answer.
 */
@TestComponent
public class GraphQlHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = TestClients.http();

	private final Environment environment;

	public GraphQlHttp(Environment environment) {
		this.environment = environment;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.environment.getProperty("local.server.port") + path);
	}

	/** POSTs {@code query} with {@code variables} to /graphql and returns the answer. */
	public Answer post(String query, Map<String, ?> variables) {
		return post(query, variables, null);
	}

	/** POSTs {@code query} with {@code variables} to /graphql as the holder of API token {@code token}. */
	public Answer post(String query, Map<String, ?> variables, String token) {
		HttpRequest.Builder request = postRequest(query, variables);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	/** A POST of {@code query} with {@code variables} to /graphql, to add headers to before sending. */
	public HttpRequest.Builder postRequest(String query, Map<String, ?> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		return TestClients.request(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
	}

	public Answer post(String query) {
		return post(query, Map.of());
	}

	/** GETs /graphql?query=... and returns the answer. */
	public Answer get(String query) {
		return send(TestClients.request(uri("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.header("Accept", "application/graphql-response+json")
			.GET()
			.build());
	}

	public Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(TestClients.bounded(request), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An HTTP answer: status, content type and body, with JsonPath reads on the body. */
	public record Answer(int status, String contentType, String body) {

		public <T> T read(String path) {
			return JsonPath.read(this.body, path);
		}

		public List<Map<String, Object>> errors() {
			return this.body.contains("\"errors\"") ? read("$.errors") : List.of();
		}

		public List<String> errorClassifications() {
			return errors().stream().map((error) -> {
				Object extensions = error.get("extensions");
				return (extensions instanceof Map<?, ?> map) ? String.valueOf(map.get("classification")) : "";
			}).toList();
		}

	}

}
