package com.fintechkg.kg.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a GraphQL request body up front, at most {@code max} bytes: a larger body is refused with 413 whether or
 * not it declares its length, and a JSON body that is not an object (e.g. {@code null}) with 400, before the
 * GraphQL handler sees it. The body is then replayed to the handler from memory.
 */
final class GraphQlRequestBody extends OncePerRequestFilter {

	private final long max;

	GraphQlRequestBody(long max) {
		this.max = max;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.max) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request body larger than " + this.max + " bytes");
			return;
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.max + 1));
		}
		if (body.length > this.max) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request body larger than " + this.max + " bytes");
			return;
		}
		if (isJson(request) && !startsLikeAnObject(body)) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "Request body must be a JSON object with a \"query\"");
			return;
		}
		chain.doFilter(new ReplayedRequest(request, body), response);
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

	/** Whether the first non-blank character is '{' (an empty body is left to the handler's own 400). */
	private static boolean startsLikeAnObject(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).strip();
		return text.isEmpty() || text.startsWith("{");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String message) throws IOException {
		HttpErrors.write(request, response, status, ErrorType.BAD_REQUEST, message);
	}

}
