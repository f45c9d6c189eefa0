package com.fintechkg.kg.stored;

import java.util.List;

/**
 * The properties every stored node and relationship of the graph carries about where it comes from and who changed
 * it last, and the values of {@link #ORIGIN}.
 */
public final class StoredProvenance {

	/** {@value #SEED}, {@value #CURATED} or {@value #SYNTHETIC}. */
	public static final String ORIGIN = "origin";

	/** The optimistic-concurrency version; facts written before versions existed read as 1. */
	public static final String VERSION = "version";

	public static final String CREATED_AT = "createdAt";

	public static final String UPDATED_AT = "updatedAt";

	public static final String UPDATED_BY = "updatedBy";

	/** Loaded from graph-seed/. */
	public static final String SEED = "seed";

	/** Created or changed by a curator; the seed loader never overwrites it. */
	public static final String CURATED = "curated";

	/** Written by the synthetic generator, for benchmarks only. */
	public static final String SYNTHETIC = "synthetic";

	/** All of them, in the order exports list them. */
	public static final List<String> PROPERTIES = List.of(ORIGIN, VERSION, CREATED_AT, UPDATED_AT, UPDATED_BY);

	private StoredProvenance() {
	}

}
