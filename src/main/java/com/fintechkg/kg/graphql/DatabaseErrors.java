package com.fintechkg.kg.graphql;

import java.time.Duration;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.kernel.api.exceptions.Status;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns database failures into errors a client can act on, without leaking Cypher, driver messages or class
 * names: a query that ran past the transaction timeout, and a database that cannot be reached, are both
 * {@code UNAVAILABLE} with a {@code reason}. Anything else is left to Spring's opaque {@code INTERNAL_ERROR}.
 */
@Component
class DatabaseErrors extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(DatabaseErrors.class);

	/** The reasons given in {@code extensions.reason}. */
	enum Reason {

		TIMEOUT, DATABASE_UNAVAILABLE

	}

	private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	private final Duration timeout;

	DatabaseErrors(@Value("${spring.transaction.default-timeout:5s}") Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		Reason reason = reason(ex);
		if (reason == null) {
			return null;
		}
		logger.warn("Database error on " + env.getExecutionStepInfo().getPath() + " (" + reason + "): " + ex);
		String message = switch (reason) {
			case TIMEOUT -> "The query took longer than the " + this.timeout.toMillis()
					+ " ms limit and was stopped; ask for less (smaller first, depth or maxHops) and retry";
			case DATABASE_UNAVAILABLE -> "The graph database is unavailable; retry later";
		};
		return GraphqlErrorBuilder.newError(env)
			.errorType(ServiceErrorType.UNAVAILABLE)
			.message(message)
			.extensions(Map.of("reason", reason.name()))
			.build();
	}

	/** Why {@code ex} happened, when it is a timeout or an unreachable database; null otherwise. */
	static @Nullable Reason reason(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().startsWith(TIMED_OUT)) {
				return Reason.TIMEOUT; // over Bolt
			}
			if (cause instanceof Status.HasStatus status && status.status().code().serialize().startsWith(TIMED_OUT)) {
				return Reason.TIMEOUT; // in-process
			}
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException) {
				return Reason.DATABASE_UNAVAILABLE;
			}
		}
		return null;
	}

}
