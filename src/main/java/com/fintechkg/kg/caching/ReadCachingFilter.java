package com.fintechkg.kg.caching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fintechkg.kg.graphql.HttpErrors;
import com.fintechkg.kg.graphql.ReplayedRequest;
import graphql.ErrorClassification;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of {@code /graphql}: answers a {@code GET} whose {@code If-None-Match} names the graph's current
 * version with {@code 304 Not Modified} (no query runs), and turns an automatic persisted query sent by hash alone
 * ({@code GET ?extensions=...} or a {@code POST} body without {@code query}) into an ordinary request carrying
 * the stored document, or answers {@code PersistedQueryNotFound} when the hash is unknown. The version read
 * before the query runs goes with the request ({@link #ETAG}); {@link ReadCachingInterceptor} puts it on a
 * successful answer, so an answer is never tagged newer than the data it was built from.
 */
final class ReadCachingFilter extends OncePerRequestFilter {

	private static final ErrorClassification PERSISTED_QUERY_NOT_FOUND = ErrorClassification
		.errorClassification("PERSISTED_QUERY_NOT_FOUND");


	/** Request attribute: the {@code ETag} of the graph version the request is answered at. */
	static final String ETAG = ReadCachingFilter.class.getName() + ".etag";

	/** Largest POST body looked at for a persisted query sent by hash (such a body is a few hundred bytes). */
	private static final int MAX_HASH_ONLY_BODY = 64 * 1024;

	private static final Log logger = LogFactory.getLog(ReadCachingFilter.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final GraphVersion version;

	private final PersistedQueries queries;

	private final HttpCacheProperties properties;

	ReadCachingFilter(GraphVersion version, PersistedQueries queries, HttpCacheProperties properties) {
		this.version = version;
		this.queries = queries;
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest effective = request;
		if ("GET".equals(request.getMethod())) {
			if (isBlank(request.getParameter("query"))) {
				String hash = hashOf(parse(request.getParameter("extensions")));
				if (hash != null) {
					String document = this.queries.find(hash);
					if (document == null) {
						notFound(request, response);
						return;
					}
					effective = new WithQuery(request, document);
				}
			}
			if (!isBlank(effective.getParameter("query"))) {
				String etag = currentETag();
				if (etag != null) {
					if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
						response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
						response.setHeader(HttpHeaders.ETAG, etag);
						response.setHeader(HttpHeaders.CACHE_CONTROL, this.properties.cacheControl());
						response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
						return;
					}
					effective.setAttribute(ETAG, etag);
				}
			}
		}
		else if ("POST".equals(request.getMethod()) && isJson(request) && request.getContentLengthLong() >= 0
				&& request.getContentLengthLong() <= MAX_HASH_ONLY_BODY) {
			byte[] body;
			try (InputStream in = request.getInputStream()) {
				body = in.readNBytes(MAX_HASH_ONLY_BODY + 1);
			}
			if (contains(body, "persistedQuery")) {
				Map<String, Object> parsed = parse(new String(body, StandardCharsets.UTF_8));
				String hash = hashOf(parsed);
				if (parsed != null && hash != null && isBlank(parsed.get("query"))) {
					String document = this.queries.find(hash);
					if (document == null) {
						notFound(request, response);
						return;
					}
					Map<String, Object> resolved = new LinkedHashMap<>(parsed);
					resolved.put("query", document);
					body = json.writeValueAsBytes(resolved);
				}
			}
			effective = new ReplayedRequest(request, body);
		}
		chain.doFilter(effective, response);
	}

	/** {@code W/"<version>"}, or null when the version cannot be read (the request then runs uncached). */
	private @Nullable String currentETag() {
		try {
			return "W/\"" + this.version.current() + "\"";
		}
		catch (RuntimeException ex) {
			logger.debug("Graph version unavailable; answering without an ETag", ex);
			return null;
		}
	}

	/** Weak comparison (RFC 9110, 13.1.2): {@code *} or any listed tag with the same opaque value. */
	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || (!tag.isEmpty() && opaque(tag).equals(opaque))) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	/** The SHA-256 hash of {@code extensions.persistedQuery} in a request body or extensions object, if any. */
	private static @Nullable String hashOf(@Nullable Map<String, Object> map) {
		if (map == null) {
			return null;
		}
		Object extensions = map.containsKey("persistedQuery") ? map : map.get("extensions");
		if (extensions instanceof Map<?, ?> ext && ext.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash && !hash.isBlank()) {
			return hash;
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return (json.readValue(text, Object.class) instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Apollo's answer to an unknown hash: the client then sends the document with its hash. */
	private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		HttpErrors.write(request, response, HttpStatus.OK, PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound",
				"PERSISTED_QUERY_NOT_FOUND");
	}

	private static boolean isBlank(@Nullable Object value) {
		return !(value instanceof String text) || text.isBlank();
	}

	private static boolean isJson(HttpServletRequest request) {
		try {
			return request.getContentType() != null
					&& MediaType.parseMediaType(request.getContentType()).getSubtype().endsWith("json");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean contains(byte[] body, String word) {
		return new String(body, StandardCharsets.ISO_8859_1).contains(word);
	}

	/** A GET with the stored document as its {@code query} parameter. */
	private static final class WithQuery extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		WithQuery(HttpServletRequest request, String document) {
			super(request);
			Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
			parameters.put("query", new String[] { document });
			this.parameters = Collections.unmodifiableMap(parameters);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return this.parameters.get(name);
		}

	}

}
