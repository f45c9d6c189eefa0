package com.fintechkg.kg.graphql;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs every statement of one GraphQL query in one read transaction: one Bolt transaction per request instead of
 * one per statement (a nested query runs one statement per level), and one consistent snapshot for the whole
 * answer. The query beans are {@code @Transactional(readOnly = true)} and join it; the transaction's timeout
 * ({@code spring.transaction.default-timeout}) now bounds the whole request.
 *
 * <p>
 * Only for operations known to be queries: the document must be in the {@link ParsedDocumentCache} (so the first
 * request of an operation text runs with one transaction per statement, as does any mutation, which opens its
 * own write transaction). Resolvers run on the request's thread ({@link RequestThreadExecution}), where the
 * transaction is bound; a resolver on any other thread would simply open its own, as before. If the transaction
 * cannot begin (the database is away), the request runs without it and each resolver reports the outage as it
 * always has.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadTransactionPerRequest implements WebGraphQlInterceptor {

	private static final Log logger = LogFactory.getLog(ReadTransactionPerRequest.class);

	private static final TransactionDefinition READ_ONLY;

	static {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		definition.setName(ReadTransactionPerRequest.class.getSimpleName());
		READ_ONLY = definition;
	}

	private final PlatformTransactionManager transactions;

	private final ParsedDocumentCache documents;

	ReadTransactionPerRequest(PlatformTransactionManager transactions, ParsedDocumentCache documents) {
		this.transactions = transactions;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.documents.isQuery(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		return Mono.deferContextual((context) -> {
			TransactionStatus transaction = begin();
			if (transaction == null) {
				return chain.next(request);
			}
			try {
				return Mono.justOrEmpty(chain.next(request).contextWrite(context).block());
			}
			finally {
				end(transaction);
			}
		});
	}

	private @Nullable TransactionStatus begin() {
		try {
			return this.transactions.getTransaction(READ_ONLY);
		}
		catch (RuntimeException ex) {
			logger.debug("No request transaction; statements open their own", ex);
			return null;
		}
	}

	/**
	 * Ends the read transaction. A resolver that failed has already marked it rollback-only, and its error is in
	 * the answer; nothing was written, so there is nothing else to report.
	 */
	private void end(TransactionStatus transaction) {
		try {
			if (transaction.isRollbackOnly()) {
				this.transactions.rollback(transaction);
			}
			else {
				this.transactions.commit(transaction);
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Ending a read transaction failed after the answer was complete", ex);
		}
	}

}
