package com.fintechkg.kg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityProjection;
import com.fintechkg.kg.paging.Bounds;
import com.fintechkg.kg.search.SearchQueries.Candidate;
import com.fintechkg.kg.vocabulary.Kind;
import graphql.schema.DataFetchingFieldSelectionSet;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Bilingual search. The full-text index (CJK analyzer: Chinese as character bigrams, English as words) finds
 * candidates; they are re-ranked so that an exact name or alias match comes first, then names and aliases that
 * contain the query, then the rest by the index's relevance. Queries the index finds nothing for (a single Chinese
 * character, part of a word) fall back to a substring match on names and aliases.
 */
@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 200;

	static final int CANDIDATES = 100;

	private static final double EXACT = 100;

	private static final double NAME_CONTAINS = 10;

	private final SearchQueries queries;

	SearchController(SearchQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	List<SearchHit> search(@Argument @Size(max = MAX_QUERY_LENGTH) String query,
			@Argument @Nullable List<Kind> kinds, @Argument @Range(min = 1, max = Bounds.MAX_FIRST) int first,
			DataFetchingFieldSelectionSet selection) {
		String text = query.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		List<String> kindNames = (kinds != null) ? kinds.stream().map(Kind::name).toList() : null;
		// What the client selected of each entity, and what the ranking below reads.
		EntityProjection projection = EntityProjection.of(selection, "entity/*").including("aliases", "description");
		Map<String, SearchHit> hits = new LinkedHashMap<>();
		String lucene = lucene(text);
		if (!lucene.isBlank()) {
			for (Candidate candidate : this.queries.fullText(lucene, kindNames, CANDIDATES, projection)) {
				hits.putIfAbsent(candidate.entity().id(), rank(candidate, text));
			}
		}
		// The substring match reads every entity (no index serves toLower(..) CONTAINS), so it only runs when
		// the full-text index found nothing: a single Chinese character, part of a word, a typo.
		if (hits.isEmpty()) {
			for (Candidate candidate : this.queries.names(text, kindNames, first, projection)) {
				hits.putIfAbsent(candidate.entity().id(), rank(candidate, text));
			}
		}
		return hits.values().stream()
			.sorted(Comparator.comparingDouble(SearchHit::score).reversed()
				.thenComparing((hit) -> hit.entity().id()))
			.limit(first)
			.toList();
	}

	private static SearchHit rank(Candidate candidate, String query) {
		Entity entity = candidate.entity();
		String wanted = normalize(query);
		List<String> names = new ArrayList<>();
		names.add(entity.name());
		names.add(entity.nameZh());
		names.addAll(entity.aliases());
		for (String name : names) {
			if (normalize(name).equals(wanted)) {
				return new SearchHit(entity, EXACT + candidate.score(), name);
			}
		}
		for (String name : names) {
			if (normalize(name).contains(wanted)) {
				return new SearchHit(entity, NAME_CONTAINS + candidate.score() + bonusForShortName(name), name);
			}
		}
		String matched = normalize(entity.description()).contains(wanted) ? entity.description() : null;
		return new SearchHit(entity, candidate.score(), matched);
	}

	/** Among names that contain the query, the shorter (closer to the query) the better. */
	private static double bonusForShortName(String name) {
		return 1.0 / (1 + name.length());
	}

	private static String normalize(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * The user's text as a Lucene query: every character Lucene treats as syntax is escaped, and the words are
	 * lowercased (so AND/OR/NOT are plain words). The text stays a parameter of the Cypher statement.
	 */
	static String lucene(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(ch) >= 0) {
				escaped.append('\\');
			}
			escaped.append(Character.isISOControl(ch) ? ' ' : ch);
		}
		return escaped.toString().strip();
	}

}
