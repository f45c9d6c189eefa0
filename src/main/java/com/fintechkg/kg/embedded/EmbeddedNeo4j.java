package com.fintechkg.kg.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;

/**
 * A Neo4j Community database running in this JVM with the Bolt connector on, so that the service, Neo4j Browser,
 * cypher-shell and any driver share one database. Auth is off only while Bolt listens on loopback. Bolt is for
 * reading: unless {@code fintechkg.embedded.bolt-writes=true}, the database refuses every change that does not
 * come from inside this JVM ({@link BoltWriteGuard}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final int boltPort;

	private final String host;

	private final boolean authEnabled;

	private EmbeddedNeo4j(DatabaseManagementService service, int boltPort, String host, boolean authEnabled) {
		this.service = service;
		this.boltPort = boltPort;
		this.host = host;
		this.authEnabled = authEnabled;
	}

	/**
	 * Starts the database.
	 * @param password the {@code neo4j} user's password; required (and auth turned on) unless Bolt listens on
	 * loopback only
	 * @throws IllegalStateException when Bolt would listen beyond loopback without a password
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, @Nullable String password) {
		boolean loopback = properties.isLoopbackOnly();
		if (!loopback && (password == null || password.isBlank())) {
			throw new IllegalStateException("fintechkg.embedded.listen-address=" + properties.listenAddress()
					+ " exposes Neo4j beyond this machine: set spring.neo4j.authentication.password (the password "
					+ "of user neo4j) or listen on 127.0.0.1. Refusing to start an open database.");
		}
		Path home = properties.dataDir().toAbsolutePath().normalize();
		long start = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, !loopback)
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.setConfig(ServerSettings.allow_telemetry, false)
			// Neo4j Browser reads this after connecting (dbms.clientConfig) and fetches :guide and :style URLs only
			// from these hosts; before connecting it trusts "localhost" alone
			.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, properties.browserGuideHosts())
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.build();
		try {
			if (!properties.boltWrites()) {
				service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, new BoltWriteGuard());
			}
			if (!loopback) {
				setPassword(service, password);
			}
			GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			ConnectorPortRegister ports = ((GraphDatabaseAPI) database).getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class);
			int port = ports.getLocalAddress(ConnectorType.BOLT).getPort();
			String host = loopback ? properties.listenAddress() : "127.0.0.1";
			logger.info("Embedded Neo4j started in %d ms: data in %s, Bolt on %s:%d (auth %s, %s)".formatted(
					(System.nanoTime() - start) / 1_000_000, home, properties.listenAddress(), port,
					loopback ? "off, loopback only" : "on", properties.boltWrites()
							? "writes allowed: fintechkg.embedded.bolt-writes=true" : "read-only"));
			if (properties.boltWrites()) {
				logger.warn("Bolt clients may change the graph (fintechkg.embedded.bolt-writes=true): such changes "
						+ "bypass curation's validation, versions and change log");
			}
			return new EmbeddedNeo4j(service, port, host.contains(":") ? "[" + host + "]" : host, !loopback);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
	}

	private static void setPassword(DatabaseManagementService service, String password) {
		service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
	}

	/** The Bolt port actually bound (differs from the configured one when that is 0). */
	public int boltPort() {
		return this.boltPort;
	}

	/** Whether clients must authenticate (only when Bolt listens beyond loopback). */
	public boolean authEnabled() {
		return this.authEnabled;
	}

	/** The URI this JVM's driver connects to. */
	public URI boltUri() {
		return URI.create("bolt://" + this.host + ":" + this.boltPort);
	}

	public DatabaseManagementService managementService() {
		return this.service;
	}

	@Override
	public void close() {
		logger.info("Stopping embedded Neo4j");
		this.service.shutdown();
	}

}
