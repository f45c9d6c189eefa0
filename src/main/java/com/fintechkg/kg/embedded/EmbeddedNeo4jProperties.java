package com.fintechkg.kg.embedded;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fintechkg.embedded.*}: the Neo4j database started inside this JVM.
 *
 * @param enabled start the embedded database (false: use {@code spring.neo4j.uri})
 * @param boltPort Bolt port; 0 picks a free one (the actual port is reported and used by the Browser)
 * @param listenAddress address Bolt listens on; loopback by default. Any other address requires
 * {@code spring.neo4j.authentication.password}, which then becomes the password of user {@code neo4j}
 * @param dataDir where the database lives; kept across restarts
 * @param transactionTimeout server-side limit for every transaction
 * @param pageCache page cache size, e.g. {@code 256MB}
 * @param browserGuideHosts host names Neo4j Browser may load guides and styles from (Neo4j's
 * {@code browser.remote_content_hostname_whitelist}): the names this service is reached by, so that
 * {@code :guide http://localhost:8080/browser/fintech-kg/guide.html} works
 * @param boltWrites whether Bolt clients (Neo4j Browser, cypher-shell, drivers) may change the graph. Off by
 * default: the database refuses every change that does not come from the service's own writers, which run inside
 * this JVM ({@link BoltWriteGuard}). On, for an administrator's session, Bolt is a door for writes too, bypassing
 * curation's tokens, validation, versions and change log
 */
@ConfigurationProperties("fintechkg.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("7687") int boltPort,
		@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("./data") Path dataDir,
		@DefaultValue("5s") Duration transactionTimeout, @DefaultValue("256MB") DataSize pageCache,
		@DefaultValue("localhost,127.0.0.1") String browserGuideHosts, @DefaultValue("false") boolean boltWrites) {

	static final String DEFAULT_BROWSER_GUIDE_HOSTS = "localhost,127.0.0.1";

	@ConstructorBinding
	public EmbeddedNeo4jProperties {
	}

	/** The settings with the default {@code browserGuideHosts}, Bolt read-only. */
	public EmbeddedNeo4jProperties(boolean enabled, int boltPort, String listenAddress, Path dataDir,
			Duration transactionTimeout, DataSize pageCache) {
		this(enabled, boltPort, listenAddress, dataDir, transactionTimeout, pageCache, DEFAULT_BROWSER_GUIDE_HOSTS,
				false);
	}

	/** These settings with Bolt writes allowed or refused. */
	public EmbeddedNeo4jProperties withBoltWrites(boolean allowed) {
		return new EmbeddedNeo4jProperties(this.enabled, this.boltPort, this.listenAddress, this.dataDir,
				this.transactionTimeout, this.pageCache, this.browserGuideHosts, allowed);
	}

	/** Whether Bolt listens on a loopback address only. */
	public boolean isLoopbackOnly() {
		try {
			return InetAddress.getByName(this.listenAddress).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
