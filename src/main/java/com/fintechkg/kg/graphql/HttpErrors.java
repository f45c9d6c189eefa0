package com.fintechkg.kg.graphql;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import graphql.ErrorClassification;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The one writer of errors answered before GraphQL runs (a wrong API token, an oversized or malformed body, a GET
 * without a query, a mutation over GET), for servlet filters and functional routes alike. The body has the shape
 * of every GraphQL error, {@code {"errors":[{"message":…,"extensions":{"classification":…}}]}}, as
 * {@code application/graphql-response+json} when the client accepts it by name, else {@code application/json}.
 */
public final class HttpErrors {

	private static final JsonMapper json = JsonMapper.builder().build();

	private HttpErrors() {
	}

	/** Answers {@code status} with the error body from a servlet filter; set any extra header before. */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			ErrorClassification type, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(mediaType(Collections.list(request.getHeaders(HttpHeaders.ACCEPT))).toString());
		response.getOutputStream().write(json.writeValueAsBytes(body(type, message)));
	}

	/**
	 * Answers {@code status} with the error body from a servlet filter, its extensions also naming a {@code code}
	 * (for conventions clients test by code, e.g. Apollo's {@code PERSISTED_QUERY_NOT_FOUND}).
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			ErrorClassification type, String message, String code) throws IOException {
		response.setStatus(status.value());
		response.setContentType(mediaType(Collections.list(request.getHeaders(HttpHeaders.ACCEPT))).toString());
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("code", code, "classification", type.toString()));
		response.getOutputStream().write(json.writeValueAsBytes(Map.of("errors", List.of(error))));
	}

	/** The same answer from a functional route, with any extra headers (e.g. {@code Allow} on a 405). */
	public static ServerResponse response(ServerRequest request, HttpStatus status, ErrorClassification type,
			String message, Consumer<HttpHeaders> headers) {
		return ServerResponse.status(status)
			.headers(headers)
			.contentType(mediaType(request.headers().header(HttpHeaders.ACCEPT)))
			.body(body(type, message));
	}

	/** The body: one error with its message and classification, nothing else. */
	static Map<String, Object> body(ErrorClassification type, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("classification", type.toString()));
		return Map.of("errors", List.of(error));
	}

	/** {@code application/graphql-response+json} when an {@code Accept} value names it (no wildcard), else JSON. */
	static MediaType mediaType(List<String> accept) {
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> !type.isWildcardType() && type.isCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE))
					? MediaType.APPLICATION_GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_JSON;
		}
	}

}
