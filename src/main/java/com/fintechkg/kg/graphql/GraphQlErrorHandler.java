package com.fintechkg.kg.graphql;

import graphql.GraphQLError;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import graphql.GraphqlErrorBuilder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps the service's exceptions to GraphQL errors in one place. Anything unexpected falls through to Spring's
 * opaque {@code INTERNAL_ERROR}, so no internals reach clients.
 */
@ControllerAdvice
class GraphQlErrorHandler {

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(GraphqlErrorBuilder<?> error, InvalidArgumentException ex) {
		return error.errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
	}

}
