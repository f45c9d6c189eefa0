package com.fintechkg.kg.graphql;

import java.util.Map;

import graphql.ErrorClassification;

/**
 * A request refused for a reason the client can act on: the error's classification, message and extensions, as
 * the client sees them. {@link GraphQlErrorHandler} turns every one into a GraphQL error; subclasses only say which.
 */
public class ClientErrorException extends RuntimeException {

	private final ErrorClassification type;

	private final Map<String, Object> extensions;

	protected ClientErrorException(ErrorClassification type, String message, Map<String, Object> extensions) {
		super(message);
		this.type = type;
		this.extensions = Map.copyOf(extensions);
	}

	/** The error's {@code extensions.classification}. */
	public ErrorClassification type() {
		return this.type;
	}

	/** Details beside the classification, e.g. the versions of a stale write. */
	public Map<String, Object> extensions() {
		return this.extensions;
	}

}
