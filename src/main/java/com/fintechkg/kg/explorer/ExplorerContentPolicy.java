package com.fintechkg.kg.explorer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy for the explorer page ({@code /}, static files in {@code static/}): scripts,
 * styles and data only from this service (the graph library comes from its WebJar in the jar), no inline script
 * or style, no framing. The page needs nothing else, so anything else is refused by the browser.
 */
@Component
class ExplorerContentPolicy extends OncePerRequestFilter {

	static final String POLICY = String.join("; ", "default-src 'none'", "script-src 'self'", "style-src 'self'",
			"img-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'",
			"frame-ancestors 'none'");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.equals("/") || path.equals("/index.html") || path.startsWith("/explorer/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", POLICY);
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Content-Type-Options", "nosniff");
		chain.doFilter(request, response);
	}

}
