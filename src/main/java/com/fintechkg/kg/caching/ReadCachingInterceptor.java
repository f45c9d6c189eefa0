package com.fintechkg.kg.caching;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * Registers automatic persisted queries (a document sent with {@code extensions.persistedQuery.sha256Hash} is
 * stored under that hash once the hash is checked and the document is valid), and tags a successful
 * {@code GET} read with the graph version it was answered at: {@code ETag} and {@code Cache-Control}. An answer
 * with errors gets {@code Cache-Control: no-store}: a time-out or an outage is not kept by any cache.
 */
final class ReadCachingInterceptor implements WebGraphQlInterceptor {

	private final PersistedQueries queries;

	private final HttpCacheProperties properties;

	ReadCachingInterceptor(PersistedQueries queries, HttpCacheProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String hash = (request.getExtensions().get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String value) ? value : null;
		if (hash != null && !PersistedQueries.sha256(request.getDocument()).equalsIgnoreCase(hash)) {
			return Mono.just(refused(request, "provided sha does not match query: sha256Hash must be the SHA-256 "
					+ "(lower-case hex) of the UTF-8 bytes of 'query'"));
		}
		Object etag = request.getAttributes().get(ReadCachingFilter.ETAG);
		return chain.next(request).map((response) -> {
			if (hash != null && response.isValid()) {
				this.queries.store(request.getDocument());
			}
			if (etag instanceof String tag) {
				HttpHeaders headers = response.getResponseHeaders();
				if (response.isValid() && response.getErrors().isEmpty()) {
					headers.set(HttpHeaders.ETAG, tag);
					headers.set(HttpHeaders.CACHE_CONTROL, this.properties.cacheControl());
					headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT);
				}
				else {
					headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
				}
			}
			return response;
		});
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.errors(List.of(GraphqlErrorBuilder.newError()
				.message(message)
				.errorType(ErrorType.BAD_REQUEST)
				.extensions(Map.of("code", "PERSISTED_QUERY_HASH_MISMATCH"))
				.build()))
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
