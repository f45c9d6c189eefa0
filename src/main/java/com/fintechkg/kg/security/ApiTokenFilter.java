package com.fintechkg.kg.security;

import java.io.IOException;
import java.util.List;

import com.fintechkg.kg.graphql.HttpErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that sends {@code Authorization: Bearer <token>} with a configured token, as the token's
 * name with its roles. A request with no token stays anonymous (a READER); a request with a wrong or malformed
 * token is refused with 401, so a typo never silently turns a curator into an anonymous reader.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(ApiTokenFilter.class);

	private static final String BEARER = "Bearer ";

	private final CuratorTokens tokens;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenFilter(CuratorTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
			refuse(request, response, "The Authorization header must be 'Bearer <token>'");
			return;
		}
		String presented = header.substring(BEARER.length()).strip();
		CuratorTokens.Token token = this.tokens.match(presented).orElse(null);
		if (token == null) {
			logger.warn("Refused an unknown API token from " + request.getRemoteAddr());
			refuse(request, response, "Unknown API token");
			return;
		}
		List<SimpleGrantedAuthority> authorities = token.roles().stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		var context = this.contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(token.name(), null, authorities));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"fintech-kg\"");
		HttpErrors.write(request, response, HttpStatus.UNAUTHORIZED, ErrorType.UNAUTHORIZED, message);
	}

}
