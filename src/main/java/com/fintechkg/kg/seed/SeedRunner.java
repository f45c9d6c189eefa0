package com.fintechkg.kg.seed;

import java.time.Duration;

import com.fintechkg.kg.seed.SeedLoader.LoadResult;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedProperties.SeedMode;
import com.fintechkg.kg.vocabulary.Vocabulary;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the seed at start-up according to {@code fintechkg.seed.mode}. The whole seed is read and validated
 * before anything is written; an invalid seed stops start-up with every problem listed, and the database is
 * left as it was. It runs as the context starts, before the web server opens its port, so the API never serves
 * a half-loaded graph. A database that already holds the seed (the checksum of its files, recorded by the load)
 * skips all of that: a restart reads the vocabulary and ensures the schema only.
 * <p>
 * With an external database ({@code fintechkg.embedded.enabled=false}) that cannot be reached at start-up, the
 * service starts anyway (health DOWN, queries {@code UNAVAILABLE}) and keeps trying in the background, with a
 * growing pause of at most {@link #MAX_RETRY_PAUSE}; once the database answers, the schema is ensured and the seed
 * loaded as configured, with no restart. An invalid seed still stops start-up.
 */
public class SeedRunner implements SmartLifecycle {

	/** Before the web server (which starts in a late phase) and before anything that reads the graph. */
	static final int PHASE = 0;

	private static final Log logger = LogFactory.getLog(SeedRunner.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	private final ResourceLoader resources;

	static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(500);

	static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);

	private final boolean externalDatabase;

	private volatile @Nullable Thread retrying;

	SeedRunner(SeedLoader loader, SeedProperties properties, ResourceLoader resources, boolean externalDatabase) {
		this.loader = loader;
		this.properties = properties;
		this.resources = resources;
		this.externalDatabase = externalDatabase;
	}

	private volatile boolean running;

	@Override
	public void start() {
		if (!this.externalDatabase) {
			run();
		}
		else if (!isCurrentIfReachable()) {
			Seed seed = validatedSeed();
			try {
				apply(seed);
			}
			catch (RuntimeException ex) {
				if (!isUnreachable(ex)) {
					throw ex;
				}
				logger.warn("The Neo4j database cannot be reached (" + ex.getMessage() + "); starting without it: health "
						+ "is DOWN and queries answer UNAVAILABLE until it can be reached. Retrying in the background.");
				this.retrying = Thread.ofVirtual().name("seed-retry").start(() -> retry(seed));
			}
		}
		this.running = true;
	}

	@Override
	public void stop() {
		Thread thread = this.retrying;
		if (thread != null) {
			thread.interrupt();
		}
		this.running = false;
	}

	/** Whether the seed has been applied (or deliberately skipped); false while waiting for the database. */
	public boolean isSettled() {
		Thread thread = this.retrying;
		return this.running && (thread == null || !thread.isAlive());
	}

	private void retry(Seed seed) {
		Duration pause = FIRST_RETRY_PAUSE;
		while (!Thread.currentThread().isInterrupted()) {
			try {
				Thread.sleep(pause);
				apply(seed);
				logger.info("The Neo4j database can be reached again");
				return;
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (!isUnreachable(ex)) {
					logger.error("Loading the seed failed after the database came back; fix the cause and restart", ex);
					return;
				}
				pause = (pause.compareTo(MAX_RETRY_PAUSE.dividedBy(2)) > 0) ? MAX_RETRY_PAUSE : pause.multipliedBy(2);
			}
		}
	}

	/** Whether {@code ex} means the database could not be reached (rather than refused what was asked). */
	static boolean isUnreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** Loads the seed as configured. */
	public void run() {
		if (!isCurrent()) {
			apply(validatedSeed());
		}
	}

	/** {@link #isCurrent()}, or false when the database cannot be reached (the caller then retries). */
	private boolean isCurrentIfReachable() {
		try {
			return isCurrent();
		}
		catch (RuntimeException ex) {
			if (isUnreachable(ex)) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Whether the database already holds the configured seed: the checksum of the seed's files equals the one the
	 * database recorded when it loaded them, which were validated then. The seed is then neither read nor
	 * validated nor written again (in any mode but {@code never}); the schema is still ensured.
	 */
	private boolean isCurrent() {
		if (this.properties.mode() == SeedMode.NEVER) {
			return false;
		}
		Resource location = this.resources.getResource(this.properties.directoryLocation());
		Vocabulary vocabulary = SeedReader.readVocabularyOf(location);
		String checksum = SeedReader.checksumOf(location, vocabulary);
		if (this.externalDatabase) {
			this.loader.driver().verifyConnectivity();
		}
		if (!checksum.equals(this.loader.loadedChecksum())) {
			return false;
		}
		GraphSchema.ensure(this.loader.writes(), vocabulary);
		logger.info("Database already holds the seed at " + location.getDescription() + " (checksum " + checksum
				+ "); not validated or loaded again");
		return true;
	}

	/** The configured seed, read and validated; null when loading is off. */
	private @Nullable Seed validatedSeed() {
		if (this.properties.mode() == SeedMode.NEVER) {
			return null;
		}
		return SeedValidator.load(this.resources.getResource(this.properties.directoryLocation()));
	}

	private void apply(@Nullable Seed seed) {
		SeedMode mode = this.properties.mode();
		if (this.externalDatabase) {
			// Fails at once when the server is unreachable (a transaction would be retried by the driver for 30 s).
			this.loader.driver().verifyConnectivity();
		}
		// Always, also for a database that already holds the graph: a newer version may add indexes.
		GraphSchema.ensure(this.loader.writes(), (seed != null) ? seed.vocabulary()
				: SeedReader.readVocabularyOf(this.resources.getResource(this.properties.directoryLocation())));
		if (seed == null) {
			logger.info("Seed loading is off (fintechkg.seed.mode=never)");
			return;
		}
		Resource location = this.resources.getResource(this.properties.directoryLocation());
		long start = System.nanoTime();
		if (mode == SeedMode.IF_EMPTY && !this.loader.isEmpty()) {
			logger.info("Database already holds the graph; seed " + seed.version() + " not loaded (mode if-empty)");
			return;
		}
		LoadResult result = this.loader.load(seed, mode == SeedMode.ALWAYS);
		logger.info("Loaded seed %s from %s: %d entities, %d relations (removed %d stale entities, %d stale relations) in %d ms"
			.formatted(result.version(), location.getDescription(), result.entities(), result.relations(),
					result.removedEntities(), result.removedRelations(), (System.nanoTime() - start) / 1_000_000));
	}

}
