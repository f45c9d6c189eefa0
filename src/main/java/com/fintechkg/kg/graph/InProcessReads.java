package com.fintechkg.kg.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataRetrievalFailureException;

/**
 * Runs read statements inside this JVM's embedded database through its Java API: no driver, no Bolt encoding,
 * no loopback socket. Every transaction is read-only in the database's own terms (its security context allows
 * reads only, so a write is refused by Neo4j, not by convention) and ends after the configured timeout.
 *
 * <p>
 * A caller may {@link #bind() bind} one transaction to its thread for a unit of work (a GraphQL request); every
 * statement that thread runs until the binding is closed joins it. (Neo4j reads committed data: a transaction sees what others commit
 * meanwhile; it is not a snapshot.) Without a binding each
 * statement runs in a transaction of its own. Results come back as driver {@link Record}s
 * ({@link InProcessValues}), so callers map them exactly as they map a Bolt result.
 */
public final class InProcessReads {

	private static final Log logger = LogFactory.getLog(InProcessReads.class);

	private final GraphDatabaseAPI database;

	private final long timeoutMillis;

	private final LoginContext readOnly;

	private final ThreadLocal<Bound> bound = new ThreadLocal<>();

	public InProcessReads(GraphDatabaseService database, Duration timeout) {
		this.database = (GraphDatabaseAPI) database;
		this.timeoutMillis = timeout.toMillis();
		this.readOnly = SecurityContext.authDisabled(StaticAccessMode.READ, ClientConnectionInfo.EMBEDDED_CONNECTION,
				database.databaseName());
	}

	/** A unit of work's transaction, bound to the thread that opened it until closed. */
	interface Binding extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Binds a read transaction to this thread: statements this thread runs join it until the returned binding is
	 * closed. The transaction begins with the first statement, so a unit of work that never reads (an
	 * introspection query, {@code __typename}) costs nothing. Nested bindings join the outer one.
	 */
	Binding bind() {
		if (this.bound.get() != null) {
			return () -> {
			};
		}
		Bound binding = new Bound();
		this.bound.set(binding);
		return () -> {
			this.bound.remove();
			if (binding.transaction != null) {
				end(binding.transaction);
			}
		};
	}

	/**
	 * Runs one statement and returns its rows: in the thread's bound transaction if there is one, else in a
	 * transaction of its own.
	 * @throws DataAccessException when the statement fails, or no transaction can begin; the database's own
	 * exception is the cause
	 */
	public List<Record> run(String cypher, Map<String, ?> parameters) {
		Map<String, Object> arguments = arguments(parameters);
		Bound binding = this.bound.get();
		if (binding != null) {
			if (binding.transaction == null) {
				binding.transaction = begin();
			}
			return execute(binding.transaction, cypher, arguments);
		}
		InternalTransaction own = begin();
		try {
			List<Record> rows = execute(own, cypher, arguments);
			own.commit();
			return rows;
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
		finally {
			own.close();
		}
	}

	/** A thread's binding; its transaction begins with the first statement. */
	private static final class Bound {

		@Nullable InternalTransaction transaction;

	}

	private InternalTransaction begin() {
		try {
			return this.database.beginTransaction(KernelTransaction.Type.EXPLICIT, this.readOnly,
					ClientConnectionInfo.EMBEDDED_CONNECTION, this.timeoutMillis, TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	/** Driver-style parameter values as the embedded database's Java API takes them. */
	static Map<String, Object> arguments(Map<String, ?> parameters) {
		Map<String, Object> arguments = new LinkedHashMap<>();
		parameters.forEach((name, value) -> arguments.put(name, InProcessValues.parameter(value)));
		return arguments;
	}

	/** Runs one statement in {@code transaction}; its rows as driver records. */
	static List<Record> execute(InternalTransaction transaction, String cypher, Map<String, Object> arguments) {
		try (Result result = transaction.execute(cypher, arguments)) {
			List<String> keys = result.columns();
			List<Record> rows = new ArrayList<>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				List<Value> values = new ArrayList<>(keys.size());
				for (String key : keys) {
					values.add(InProcessValues.toDriver(row.get(key)));
				}
				rows.add(new InternalRecord(keys, values));
			}
			return rows;
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	/** Ends a bound transaction; it only read, so there is nothing to commit and nothing to report. */
	private static void end(InternalTransaction transaction) {
		try {
			transaction.close();
		}
		catch (RuntimeException ex) {
			logger.debug("Closing a read transaction failed after its work was done", ex);
		}
	}

	/**
	 * The database's exception as Spring's: an unavailable database as a resource failure (what the driver path
	 * reports too), anything else as a retrieval failure. The original stays the cause, with its status code.
	 */
	static DataAccessException translate(RuntimeException ex) {
		if (ex instanceof DataAccessException translated) {
			return translated;
		}
		if (ex instanceof DatabaseShutdownException || unavailable(ex)) {
			return new DataAccessResourceFailureException("The embedded database is unavailable: " + ex.getMessage(), ex);
		}
		return new DataRetrievalFailureException(ex.getMessage(), ex);
	}

	private static boolean unavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Status.HasStatus status
					&& status.status().code().serialize().startsWith("Neo.TransientError.General.DatabaseUnavailable")) {
				return true;
			}
		}
		return false;
	}

}
