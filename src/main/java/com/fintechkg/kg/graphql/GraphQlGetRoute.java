package com.fintechkg.kg.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP GET, as the GraphQL-over-HTTP spec describes: {@code ?query=...&variables=...&operationName=...}.
 * Queries only (a mutation over GET is a 405). The request is handed to Spring's own {@link GraphQlHttpHandler},
 * so GET and POST answer alike (media types, status codes) and GETs stay cacheable by URL. A GET without a
 * {@code query} is a 400 whose JSON body says how to ask, in the shape of every other error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGetRoute {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRouterFunction(GraphQlHttpHandler handler,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route(RequestPredicates.GET(path).and(RequestPredicates.param("query", (q) -> true)),
				(request) -> handle(request, handler));
	}

	/** Ordered after any route that serves pages on the same path (a browser's GET), before Spring's 405. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	RouterFunction<ServerResponse> graphQlGetWithoutQueryRouterFunction(
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route(RequestPredicates.GET(path).and((request) -> request.param("query").isEmpty()),
				(request) -> error(request, HttpStatus.BAD_REQUEST, "A GET request needs a 'query' parameter, e.g. "
						+ path + "?query={stats{entities}} (URL-encoded); or POST a JSON body {\"query\": \"...\"}"));
	}

	private static ServerResponse handle(ServerRequest request, GraphQlHttpHandler handler) throws Exception {
		String query = request.param("query").orElse("");
		String operationName = request.param("operationName").filter((name) -> !name.isBlank()).orElse(null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("operationName", operationName);
		try {
			body.put("variables", request.param("variables").filter((v) -> !v.isBlank()).map(GraphQlGetRoute::object)
				.orElse(null));
			body.put("extensions", request.param("extensions").filter((v) -> !v.isBlank()).map(GraphQlGetRoute::object)
				.orElse(null));
		}
		catch (JacksonException | ClassCastException ex) {
			return error(request, HttpStatus.BAD_REQUEST, "Parameters 'variables' and 'extensions' must be JSON objects");
		}
		if (isMutation(query, operationName)) {
			return error(request, HttpStatus.METHOD_NOT_ALLOWED, "Mutations must use POST");
		}
		ServerRequest post = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.body(json.writeValueAsString(body))
			.build();
		return handler.handleRequest(post);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(String text) {
		return (Map<String, Object>) json.readValue(text, Map.class);
	}

	/** Whether the operation to run is a mutation; unparsable documents are left to the engine to report. */
	private static boolean isMutation(String query, String operationName) {
		try {
			Document document = Parser.parse(query);
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
				.anyMatch((operation) -> operation.getOperation() != OperationDefinition.Operation.QUERY);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

	/** An error answered before GraphQL runs, by the one writer of such errors; a 405 allows POST. */
	private static ServerResponse error(ServerRequest request, HttpStatus status, String message) {
		return HttpErrors.response(request, status, ErrorType.BAD_REQUEST, message, (headers) -> {
			if (status == HttpStatus.METHOD_NOT_ALLOWED) {
				headers.setAllow(Set.of(HttpMethod.POST));
			}
		});
	}

}
