package com.fintechkg.kg.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The documents of automatic persisted queries (Apollo's protocol): a client sends a document once with its
 * SHA-256 hash ({@code extensions.persistedQuery.sha256Hash}), then the hash alone. Bounded: at most
 * {@code capacity} documents, least recently used out first; a client whose hash was dropped is told
 * {@code PersistedQueryNotFound} and sends the document again.
 */
final class PersistedQueries {

	private final Map<String, String> documents;

	PersistedQueries(int capacity) {
		this.documents = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The document stored under {@code hash}, if any. */
	@Nullable String find(String hash) {
		synchronized (this.documents) {
			return this.documents.get(hash.toLowerCase(Locale.ROOT));
		}
	}

	/** Stores {@code document} under its hash. */
	void store(String document) {
		String hash = sha256(document);
		synchronized (this.documents) {
			this.documents.put(hash, document);
		}
	}

	int size() {
		synchronized (this.documents) {
			return this.documents.size();
		}
	}

	/** Lower-case hex SHA-256 of the UTF-8 bytes of {@code document}, as Apollo's clients compute it. */
	static String sha256(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
