package com.fintechkg.kg.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the query classes read the graph: a statement, its parameters and a mapping from rows, run
 * read-only on whichever path this deployment has.
 * <ul>
 * <li><b>In-process</b> when the database is embedded in this JVM ({@link InProcessReads}): the statement runs
 * through the database's Java API, with no driver and no Bolt round trip.</li>
 * <li><b>Driver</b> otherwise (a Neo4j server or cluster by URI, or {@code fintechkg.embedded.in-process-reads=false}):
 * through Spring Data Neo4j's {@link Neo4jClient}, in a read-only transaction (routed to a reader in a
 * cluster).</li>
 * </ul>
 * Both paths hand the mapping function the same driver {@link Record}, so every query is written once. A caller
 * that already runs in a Spring transaction (a curator's write, which must see its own changes) joins it on the
 * driver path. {@link #openScope()} makes every read of one unit of work (a GraphQL request) share one
 * transaction on either path (read-committed, as every Neo4j transaction: it sees what others commit meanwhile).
 */
@Component
public class GraphReads {

	private static final Log logger = LogFactory.getLog(GraphReads.class);

	private static final TransactionDefinition READ_ONLY;

	static {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		definition.setName(GraphReads.class.getSimpleName());
		READ_ONLY = definition;
	}

	private final Neo4jClient client;

	private final PlatformTransactionManager transactions;

	private final TransactionTemplate readOnly;

	private final @Nullable InProcessReads inProcess;

	@Autowired
	GraphReads(Neo4jClient client, PlatformTransactionManager transactions, ObjectProvider<InProcessReads> inProcess) {
		this(client, transactions, inProcess.getIfAvailable());
	}

	/**
	 * Reads through {@code inProcess} when given, else through {@code client} in read-only transactions of
	 * {@code transactions}.
	 */
	public GraphReads(Neo4jClient client, PlatformTransactionManager transactions, @Nullable InProcessReads inProcess) {
		this.client = client;
		this.transactions = transactions;
		this.readOnly = new TransactionTemplate(transactions, READ_ONLY);
		this.inProcess = inProcess;
	}

	/** Whether reads run in-process (embedded database) rather than through the driver. */
	public boolean inProcess() {
		return this.inProcess != null;
	}

	/** A statement to read with; values go in as parameters only. */
	public Statement query(String cypher) {
		return new Statement(cypher);
	}

	/** One unit of work's read transaction; every read this thread makes until it is closed joins it. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Opens one read transaction for the reads this thread makes until the scope closes: one BEGIN/COMMIT for a
	 * whole GraphQL request. If the transaction cannot begin (the database is away), the scope is empty and each
	 * read reports the failure itself.
	 */
	public Scope openScope() {
		try {
			if (this.inProcess != null) {
				return this.inProcess.bind()::close;
			}
			TransactionStatus transaction = this.transactions.getTransaction(READ_ONLY);
			return () -> end(transaction);
		}
		catch (RuntimeException ex) {
			logger.debug("No request transaction; statements open their own", ex);
			return () -> {
			};
		}
	}

	/**
	 * Ends a driver read transaction. A read that failed has already marked it rollback-only, and its error is in
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
			logger.debug("Ending a read transaction failed after the work was done", ex);
		}
	}

	/** A statement and its parameters. */
	public final class Statement {

		private final String cypher;

		private final Map<String, @Nullable Object> parameters = new HashMap<>();

		private Statement(String cypher) {
			this.cypher = cypher;
		}

		/** Binds one value; name it with {@link Binding#to(String)}. */
		public Binding bind(@Nullable Object value) {
			return (name) -> {
				this.parameters.put(name, value);
				return this;
			};
		}

		public Statement bindAll(Map<String, ?> values) {
			this.parameters.putAll(values);
			return this;
		}

		/**
		 * Rows as {@code type}: mapped by {@link Fetch#mappedBy}, or, without a mapping, the single column of each
		 * row converted to {@code type} (a count, an id).
		 */
		public <T> Fetch<T> fetchAs(Class<T> type) {
			return new Fetch<>(this, type);
		}

	}

	/** Names a bound value. */
	@FunctionalInterface
	public interface Binding {

		Statement to(String name);

	}

	/** The rows of a statement, mapped. */
	public final class Fetch<T> {

		private final Statement statement;

		private final Class<T> type;

		private @Nullable BiFunction<TypeSystem, Record, T> mapping;

		private Fetch(Statement statement, Class<T> type) {
			this.statement = statement;
			this.type = type;
		}

		public Fetch<T> mappedBy(BiFunction<TypeSystem, Record, T> mapping) {
			this.mapping = mapping;
			return this;
		}

		/** All rows. */
		public List<T> all() {
			return rows();
		}

		/** The first row, if any. */
		public Optional<T> first() {
			List<T> rows = rows();
			return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
		}

		/**
		 * The only row, if any.
		 * @throws IncorrectResultSizeDataAccessException when there is more than one
		 */
		public Optional<T> one() {
			List<T> rows = rows();
			if (rows.size() > 1) {
				throw new IncorrectResultSizeDataAccessException(1, rows.size());
			}
			return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
		}

		private List<T> rows() {
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				return viaDriver(); // the caller's transaction, e.g. a curator's write that must see its own changes
			}
			if (GraphReads.this.inProcess != null) {
				List<Record> records = GraphReads.this.inProcess.run(this.statement.cypher, this.statement.parameters);
				return records.stream().map(this::map).toList();
			}
			return GraphReads.this.readOnly.execute((status) -> viaDriver());
		}

		private List<T> viaDriver() {
			Neo4jClient.MappingSpec<T> spec = GraphReads.this.client.query(this.statement.cypher)
				.bindAll(this.statement.parameters)
				.fetchAs(this.type);
			Collection<T> rows = (this.mapping != null) ? spec.mappedBy(this.mapping).all() : spec.all();
			return List.copyOf(rows);
		}

		private @Nullable T map(Record record) {
			if (this.mapping != null) {
				return this.mapping.apply(TypeSystem.getDefault(), record);
			}
			if (record.size() != 1) {
				throw new IncorrectResultSizeDataAccessException(
						"fetchAs(" + this.type.getSimpleName() + ") without a mapping needs one column", 1, record.size());
			}
			return record.get(0).isNull() ? null : record.get(0).as(this.type);
		}

	}

}
