package com.fintechkg.kg.curation;

import java.util.Map;

import com.fintechkg.kg.graphql.ClientErrorException;
import com.fintechkg.kg.graphql.ServiceErrorType;
import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/** A curated write refused: invalid, about something that does not exist, or in conflict. Nothing was written. */
class CurationException extends ClientErrorException {

	private CurationException(ErrorClassification type, String message, Map<String, Object> extensions) {
		super(type, message, extensions);
	}

	static CurationException invalid(String message) {
		return new CurationException(ErrorType.BAD_REQUEST, message, Map.of());
	}

	static CurationException notFound(String message) {
		return new CurationException(ErrorType.NOT_FOUND, message, Map.of());
	}

	static CurationException conflict(String message) {
		return new CurationException(ServiceErrorType.CONFLICT, message, Map.of());
	}

	/** The version the writer expected is not the stored one. */
	static CurationException stale(String what, String id, int expected, int actual) {
		return new CurationException(ServiceErrorType.CONFLICT,
				what + " '" + id + "' is at version " + actual + ", not " + expected
						+ ": it was changed since you read it; read it again and reapply your change",
				Map.of("expectedVersion", expected, "currentVersion", actual));
	}

}
