package com.fintechkg.kg.browser;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps Neo4j Browser from reaching anything but this service and the Bolt endpoint it was pointed at: a
 * Content-Security-Policy limits its connections (telemetry, remote guides, update checks) to this origin and
 * WebSocket Bolt. Telemetry is also switched off in the embedded database's client configuration.
 */
@Component
class BrowserContentPolicy extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/browser");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", "connect-src 'self' ws: wss:; frame-src 'self'");
		response.setHeader("Referrer-Policy", "no-referrer");
		chain.doFilter(request, response);
	}

}
