package com.fintechkg.kg.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

/**
 * The one way the service's own writers (schema, seed loading, curation) change the graph: a unit of work in one
 * write transaction, committed when it returns and rolled back when it throws. With the embedded database the work
 * runs inside this JVM ({@code InProcessWrites}), the only origin the database accepts changes from while Bolt is
 * read-only; against a Neo4j server or cluster it runs through the driver ({@link DriverWrites}). Either way the
 * statements' rows come back as driver {@link Record}s.
 */
public interface GraphWrites {

	/**
	 * Runs {@code work} in one write transaction that ends after {@code timeout}.
	 * @throws RuntimeException what the work threw (the transaction rolled back), or a
	 * {@link org.springframework.dao.DataAccessException} when the database refused or failed
	 */
	<T> T inTransaction(Duration timeout, Work<T> work);

	/** A unit of work. */
	@FunctionalInterface
	interface Work<T> {

		T run(Statements statements);

	}

	/** Statements of one transaction; values go in as parameters only. */
	@FunctionalInterface
	interface Statements {

		/** Runs one statement and returns its rows. */
		List<Record> run(String cypher, Map<String, ? extends Object> parameters);

		default List<Record> run(String cypher) {
			return run(cypher, Map.of());
		}

	}

}
