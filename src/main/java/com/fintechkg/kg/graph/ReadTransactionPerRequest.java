package com.fintechkg.kg.graph;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs every statement of one GraphQL query in one read transaction ({@link GraphReads#openScope()}): one
 * transaction per request instead of one per statement (a nested query runs one statement per level). Like every
 * Neo4j transaction it reads committed data, so it is not a snapshot: a curator's write committed between two
 * levels of a nested query can show in the later level. The transaction's timeout
 * ({@code spring.transaction.default-timeout}) bounds the whole request.
 *
 * <p>
 * The decision is taken from the operation graphql-java is about to execute, after parsing and validation, on
 * every request (the first of an operation text too): a {@code query} gets the transaction; a mutation opens its
 * own write transaction, and a request that fails validation executes nothing. The scope opens when the operation
 * begins and closes when graphql-java has dispatched it ({@link InstrumentationContext#onDispatched()}), both on the
 * request's thread and without blocking it: resolvers run on that thread (see
 * {@code graphql.RequestThreadExecution}), so the statements of a query, DataLoader batches included, run before
 * dispatch returns. A resolver on any other thread would simply open its own transaction. If the transaction
 * cannot begin (the database is away), the request runs without it and each resolver reports the outage as it
 * always has.
 *
 * <p>
 * Ordered last among the instrumentations. An operation aborted after the scope opened (the depth and complexity
 * limits also check it as it begins) never dispatches; graphql-java then hands its result to
 * {@link #instrumentExecutionResult}, still on the request's thread, which closes the scope.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadTransactionPerRequest implements Instrumentation {

	private static final Log logger = LogFactory.getLog(ReadTransactionPerRequest.class);

	private final GraphReads reads;

	ReadTransactionPerRequest(GraphReads reads) {
		this.reads = reads;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new RequestScope();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		if (!(state instanceof RequestScope request) || operation.getOperation() != OperationDefinition.Operation.QUERY) {
			return SimpleInstrumentationContext.noOp();
		}
		request.open(this.reads);
		return SimpleInstrumentationContext.whenDispatched(request::close);
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof RequestScope request) {
			request.close();
		}
		return CompletableFuture.completedFuture(result);
	}

	/** One execution's read scope: opened and closed on the request's thread, at most once. */
	private static final class RequestScope implements InstrumentationState {

		private GraphReads.@Nullable Scope scope;

		private @Nullable Thread thread;

		void open(GraphReads reads) {
			this.thread = Thread.currentThread();
			this.scope = reads.openScope();
		}

		/** Closes the scope if it is open; only the thread that opened it can (the transaction is bound to it). */
		void close() {
			GraphReads.@Nullable Scope open = this.scope;
			if (open == null) {
				return;
			}
			if (this.thread != Thread.currentThread()) {
				logger.warn("A request's read scope was not closed on the thread that opened it");
				return;
			}
			this.scope = null;
			open.close();
		}

	}

}
