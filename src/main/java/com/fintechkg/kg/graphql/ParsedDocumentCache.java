package com.fintechkg.kg.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct operation text once: clients send the same few operations over and over
 * with different variables, and graphql-java would otherwise parse and validate the text on every request
 * (see {@code RequestPipelineBenchmark} and docs/performance.md). Only valid documents are kept, at most
 * {@link #MAX_ENTRIES}, least recently used out first; the depth and complexity limits still run on every request.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	static final int MAX_ENTRIES = 500;

	private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry entry;
		synchronized (this.entries) {
			entry = this.entries.get(query);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				synchronized (this.entries) {
					this.entries.put(query, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

}
