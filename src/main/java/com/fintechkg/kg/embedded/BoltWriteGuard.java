package com.fintechkg.kg.embedded;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.internal.event.InternalTransactionEventListener;

/**
 * Makes Bolt a door for reading: the embedded database refuses to commit any transaction that changes something
 * (data or schema) unless it was begun inside this JVM through the database's Java API, which is how the service's
 * own writers (schema, seed, curation: {@code graph.InProcessWrites}) run. Where a transaction comes from is recorded by
 * Neo4j itself when it begins (the connector it arrived on), not said by the client, so a Bolt client (Neo4j
 * Browser, cypher-shell, any driver) cannot pass itself off as the service: no metadata, user agent or parameter
 * changes it. The refusal tells the client how the graph is changed instead.
 * <p>
 * Registered by {@link EmbeddedNeo4j} on the default database unless {@code fintechkg.embedded.bolt-writes=true}.
 * It sees schema changes too (it is an {@link InternalTransactionEventListener}, which Neo4j calls for every
 * transaction with changes, not only data changes).
 */
final class BoltWriteGuard implements InternalTransactionEventListener<Object> {

	static final String MESSAGE = "This FinTech KG database is read-only over Bolt (Neo4j Browser, cypher-shell, "
			+ "drivers): read anything, change nothing. Change the graph through the curation API (the GraphQL "
			+ "mutations upsertEntity, upsertRelation, deleteRelation and deleteEntity, with a curator's API token), "
			+ "which validates, versions and logs every change, or edit the seed files (graph-seed/) and load them "
			+ "(fintechkg.seed.mode=always, or `java -jar fintech-kg.jar seed load`). An administrator can open Bolt "
			+ "for writes by starting the service with fintechkg.embedded.bolt-writes=true.";

	@Override
	public Object beforeCommit(TransactionData data, KernelTransaction transaction, GraphDatabaseService database) {
		if (!transaction.clientInfo().isEmbedded()) {
			throw new Refused();
		}
		return null;
	}

	@Override
	public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		// Neo4j calls the KernelTransaction variant above for internal listeners; this one is never reached.
		throw new Refused();
	}

	@Override
	public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
	}

	@Override
	public void afterRollback(TransactionData data, Object state, GraphDatabaseService database) {
	}

	/** The refusal, with a status a Bolt client shows as {@code Neo.ClientError.Security.Forbidden}. */
	static final class Refused extends RuntimeException implements Status.HasStatus {

		Refused() {
			super(MESSAGE, null, false, false);
		}

		@Override
		public Status status() {
			return Status.Security.Forbidden;
		}

	}

}
