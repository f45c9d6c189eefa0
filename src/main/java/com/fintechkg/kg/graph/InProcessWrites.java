package com.fintechkg.kg.graph;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * {@link GraphWrites} inside this JVM, through the embedded database's Java API: the origin Neo4j records for
 * these transactions is the embedded API, the one the embedded database's Bolt write guard
 * ({@code embedded.BoltWriteGuard}) accepts changes from. No driver, no Bolt
 * round trip. A statement that fails, or a commit the database refuses, comes back as a Spring
 * {@link org.springframework.dao.DataAccessException} with the database's own exception (and status) as its cause,
 * as on the read path ({@link InProcessReads}); what the work itself throws passes through unchanged.
 */
public final class InProcessWrites implements GraphWrites {

	private final GraphDatabaseAPI database;

	public InProcessWrites(GraphDatabaseService database) {
		this.database = (GraphDatabaseAPI) database;
	}

	@Override
	public <T> T inTransaction(Duration timeout, Work<T> work) {
		InternalTransaction transaction;
		try {
			transaction = this.database.beginTransaction(KernelTransaction.Type.EXPLICIT, LoginContext.AUTH_DISABLED,
					ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			throw InProcessReads.translate(ex);
		}
		try (transaction) {
			T result = work.run((cypher, parameters) -> InProcessReads.execute(transaction, cypher,
					InProcessReads.arguments(parameters)));
			try {
				transaction.commit();
			}
			catch (RuntimeException ex) {
				throw InProcessReads.translate(ex);
			}
			return result;
		}
	}

}
