package com.fintechkg.kg.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * the same way. graphql-java's own classification stays in {@code extensions.reason}. Every message is put in the
 * client's terms ({@link ClientMessages}): no AST or Java class text reaches a client.
 */
@Component
class RequestErrorClassifier implements WebGraphQlInterceptor {

	private static final Set<String> REQUEST_ERRORS = Set.of("InvalidSyntax", "ValidationError", "ExecutionAborted",
			"OperationNotSupported");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.stream().noneMatch((error) -> isRequestError(error) || needsCleaning(error))) {
				return response;
			}
			return response.transform((builder) -> builder.errors(errors.stream().map(RequestErrorClassifier::classify).toList()));
		});
	}

	private static boolean isRequestError(GraphQLError error) {
		ErrorClassification type = error.getErrorType();
		return type != null && REQUEST_ERRORS.contains(type.toString());
	}

	private static boolean needsCleaning(GraphQLError error) {
		return !Objects.equals(error.getMessage(), ClientMessages.clean(error.getMessage()));
	}

	private static GraphQLError classify(GraphQLError error) {
		if (!isRequestError(error) && !needsCleaning(error)) {
			return error;
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		ErrorClassification type = error.getErrorType();
		if (isRequestError(error)) {
			extensions.put("reason", type.toString());
			extensions.remove("classification");
			type = ErrorType.BAD_REQUEST;
		}
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(ClientMessages.clean(error.getMessage()))
			.extensions(extensions);
		if (type != null) {
			builder.errorType(type);
		}
		if (error.getLocations() != null) {
			builder.locations(error.getLocations());
		}
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		return builder.build();
	}

}
