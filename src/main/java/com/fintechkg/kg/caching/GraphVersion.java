package com.fintechkg.kg.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fintechkg.kg.graph.GraphReads;

import org.springframework.stereotype.Component;

/**
 * The version of the graph: it changes whenever what a read can answer changes. The graph changes only through a
 * seed load (recorded on the {@code :SeedInfo} node: checksum and load time) or a curated write (each adds one
 * {@code :Change} to the log, which only grows). The version is a digest of the seed's checksum and load time, the
 * number of changes and the id of the latest one. The count is what makes it safe: two writers that commit at
 * once can record their changes with timestamps in either order, so the latest change alone could stay the same
 * across a commit, but the count cannot.
 *
 * <p>
 * Read from the database on every call (three index or count-store lookups), so every instance of the service
 * in front of one database agrees, and a change is seen by the very next request.
 */
@Component
public class GraphVersion {

	// language=cypher
	private static final String CYPHER = """
			OPTIONAL MATCH (seed:SeedInfo {id: 'seed'})
			CALL () { MATCH (c:Change) RETURN count(c) AS changes }
			CALL () { MATCH (c:Change) WHERE c.at IS NOT NULL WITH c ORDER BY c.at DESC LIMIT 1 RETURN collect(c.id) AS latest }
			RETURN seed.checksum AS checksum, toString(seed.loadedAt) AS loadedAt, changes, latest[0] AS latest
			""";

	private final GraphReads reads;

	GraphVersion(GraphReads reads) {
		this.reads = reads;
	}

	/** The current version: a short hex digest, equal for equal graphs, different after any change. */
	public String current() {
		String state = this.reads.query(CYPHER)
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("checksum").asString("") + '|' + row.get("loadedAt").asString("") + '|'
					+ row.get("changes").asLong() + '|' + row.get("latest").asString(""))
			.all()
			.stream()
			.findFirst()
			.orElse("||0|");
		return digest(state);
	}

	static String digest(String state) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
