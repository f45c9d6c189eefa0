package com.fintechkg.kg.curation;

import java.util.ArrayList;
import java.util.List;

import com.fintechkg.kg.vocabulary.Kind;
import org.jspecify.annotations.Nullable;

/** The GraphQL inputs of the curation mutations, one record per input type of the schema. */
final class CurationInputs {

	private CurationInputs() {
	}

	record CitationInput(String source, String section, String quote) {
	}

	record UpsertEntityInput(String id, Kind kind, String name, String nameZh, List<String> aliases,
			@Nullable String category, String description, @Nullable Double value, @Nullable String unit,
			@Nullable String period, List<CitationInput> citations, @Nullable Integer expectedVersion) {
	}

	/**
	 * A relation to write: its citations are {@code citation} (when given) followed by {@code citations} (when
	 * given); at least one in all.
	 */
	record UpsertRelationInput(String from, String type, String to, @Nullable String date, @Nullable Double value,
			@Nullable String unit, @Nullable String role, @Nullable CitationInput citation,
			@Nullable List<CitationInput> citations, @Nullable Integer expectedVersion) {

		List<CitationInput> allCitations() {
			List<CitationInput> all = new ArrayList<>();
			if (this.citation != null) {
				all.add(this.citation);
			}
			if (this.citations != null) {
				all.addAll(this.citations);
			}
			return all;
		}

	}

	record DeleteRelationInput(String id, int expectedVersion, CitationInput citation, String reason) {
	}

	record DeleteEntityInput(String id, int expectedVersion, boolean detach, CitationInput citation, String reason) {
	}

}
