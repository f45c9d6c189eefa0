package com.fintechkg.kg.curation;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Refused curated writes as GraphQL errors: BAD_REQUEST, NOT_FOUND or CONFLICT, with details in extensions. */
@ControllerAdvice
class CurationErrors {

	@GraphQlExceptionHandler
	GraphQLError refused(GraphqlErrorBuilder<?> error, CurationException ex) {
		return error.errorType(ex.type()).message(ex.getMessage()).extensions(ex.extensions()).build();
	}

}
