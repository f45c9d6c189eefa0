package com.fintechkg.kg.graph;

import java.time.Duration;
import java.util.HashMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * {@link GraphWrites} through the driver, for a Neo4j server or cluster reached by URI: a managed write transaction
 * (sent to the leader in a cluster, retried by the driver on a transient failure such as a deadlock).
 */
public final class DriverWrites implements GraphWrites {

	private final Driver driver;

	private final SessionConfig session;

	public DriverWrites(Driver driver, SessionConfig session) {
		this.driver = driver;
		this.session = session;
	}

	/** Sessions on the configured database (Spring Data Neo4j's selection), or the server's default. */
	public static SessionConfig session(DatabaseSelectionProvider databases) {
		DatabaseSelection selection = databases.getDatabaseSelection();
		return (selection.getValue() != null && !selection.equals(DatabaseSelection.undecided()))
				? SessionConfig.forDatabase(selection.getValue()) : SessionConfig.defaultConfig();
	}

	@Override
	public <T> T inTransaction(Duration timeout, Work<T> work) {
		try (Session db = this.driver.session(this.session)) {
			return db.executeWrite((tx) -> work.run((cypher, parameters) -> tx.run(cypher, new HashMap<String, Object>(parameters)).list()),
					TransactionConfig.builder().withTimeout(timeout).build());
		}
	}

}
