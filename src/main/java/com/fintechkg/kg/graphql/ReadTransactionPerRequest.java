package com.fintechkg.kg.graphql;

import com.fintechkg.kg.graph.GraphReads;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Runs every statement of one GraphQL query in one read transaction ({@link GraphReads#openScope()}): one
 * transaction per request instead of one per statement (a nested query runs one statement per level). Like every
 * Neo4j transaction it reads committed data, so it is not a snapshot: a curator's write committed between two
 * levels of a nested query can show in the later level. The transaction's timeout
 * ({@code spring.transaction.default-timeout}) bounds the whole request.
 *
 * <p>
 * Only for operations known to be queries: the document must be in the {@link ParsedDocumentCache} (so the first
 * request of an operation text runs with one transaction per statement, as does any mutation, which opens its
 * own write transaction). Resolvers run on the request's thread ({@link RequestThreadExecution}), where the
 * transaction is bound; a resolver on any other thread would simply open its own. If the transaction cannot
 * begin (the database is away), the request runs without it and each resolver reports the outage as it always
 * has.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadTransactionPerRequest implements WebGraphQlInterceptor {

	private final GraphReads reads;

	private final ParsedDocumentCache documents;

	ReadTransactionPerRequest(GraphReads reads, ParsedDocumentCache documents) {
		this.reads = reads;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.documents.isQuery(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		return Mono.deferContextual((context) -> {
			try (GraphReads.Scope scope = this.reads.openScope()) {
				return Mono.justOrEmpty(chain.next(request).contextWrite(context).block());
			}
		});
	}

}
