package com.fintechkg.kg.seed;

import com.fintechkg.kg.seed.SeedLoader.LoadResult;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedProperties.SeedMode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the seed at start-up according to {@code fintechkg.seed.mode}. The whole seed is read and validated
 * before anything is written; an invalid seed stops start-up with every problem listed, and the database is
 * left as it was. It runs as the context starts, before the web server opens its port, so the API never serves
 * a half-loaded graph.
 */
public class SeedRunner implements SmartLifecycle {

	/** Before the web server (which starts in a late phase) and before anything that reads the graph. */
	static final int PHASE = 0;

	private static final Log logger = LogFactory.getLog(SeedRunner.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	private final ResourceLoader resources;

	SeedRunner(SeedLoader loader, SeedProperties properties, ResourceLoader resources) {
		this.loader = loader;
		this.properties = properties;
		this.resources = resources;
	}

	private volatile boolean running;

	@Override
	public void start() {
		run();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
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
		SeedMode mode = this.properties.mode();
		if (mode == SeedMode.NEVER) {
			logger.info("Seed loading is off (fintechkg.seed.mode=never)");
			return;
		}
		Resource location = this.resources.getResource(this.properties.directoryLocation());
		long start = System.nanoTime();
		Seed seed = SeedValidator.load(location);
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
