package com.fintechkg.kg.graphql;

import graphql.ErrorClassification;

/**
 * Error classifications of this service beyond Spring's {@link org.springframework.graphql.execution.ErrorType}
 * ({@code BAD_REQUEST}, {@code UNAUTHORIZED}, {@code FORBIDDEN}, {@code NOT_FOUND}, {@code INTERNAL_ERROR}).
 * They appear as {@code extensions.classification} in every error.
 */
public enum ServiceErrorType implements ErrorClassification {

	/** The database cannot be reached, or the query ran past the transaction timeout; retrying later may work. */
	UNAVAILABLE,

	/** A write was based on a stale version, or would clash with an existing entity or relation. */
	CONFLICT

}
