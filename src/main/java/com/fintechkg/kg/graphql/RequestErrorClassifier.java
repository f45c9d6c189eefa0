package com.fintechkg.kg.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives the errors graphql-java raises itself (syntax, validation, and the depth and complexity limits, which
 * abort execution) the service's {@code BAD_REQUEST} classification, so a client handles every refused request
 * the same way. graphql-java's own classification stays in {@code extensions.reason}.
 */
@Component
class RequestErrorClassifier implements WebGraphQlInterceptor {

	private static final Set<String> REQUEST_ERRORS = Set.of("InvalidSyntax", "ValidationError", "ExecutionAborted",
			"OperationNotSupported");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.stream().noneMatch(RequestErrorClassifier::isRequestError)) {
				return response;
			}
			return response.transform((builder) -> builder.errors(errors.stream().map(RequestErrorClassifier::classify).toList()));
		});
	}

	private static boolean isRequestError(GraphQLError error) {
		ErrorClassification type = error.getErrorType();
		return type != null && REQUEST_ERRORS.contains(type.toString());
	}

	private static GraphQLError classify(GraphQLError error) {
		if (!isRequestError(error)) {
			return error;
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put("reason", error.getErrorType().toString());
		extensions.remove("classification");
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(ErrorType.BAD_REQUEST)
			.extensions(extensions);
		if (error.getLocations() != null) {
			builder.locations(error.getLocations());
		}
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		return builder.build();
	}

}
