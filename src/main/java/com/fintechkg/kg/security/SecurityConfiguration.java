package com.fintechkg.kg.security;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Reads are public; writes need a curator. Every HTTP request is allowed through (everyone is a READER); an
 * API token signs a request in with the token's roles, and the GraphQL mutations check for CURATOR themselves
 * ({@code @PreAuthorize}), so an anonymous mutation is {@code UNAUTHORIZED} and a reader's {@code FORBIDDEN}.
 * Stateless: no session, no cookie, so no CSRF token is needed; there is no login form and no default user.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CuratorTokens tokens) throws Exception {
		if (tokens.tokens().isEmpty()) {
			logger.info("No API tokens configured (fintechkg.security.tokens): the graph is read-only");
		}
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.anonymous((anonymous) -> anonymous.principal("anonymous").authorities("ROLE_READER"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.frameOptions((frames) -> frames.sameOrigin())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	/**
	 * Authentication is done by the token filter alone. Declaring this provider also keeps Spring Boot from
	 * creating its default user with a generated password.
	 */
	@Bean
	AuthenticationProvider noPasswordLogin() {
		return new AuthenticationProvider() {

			@Override
			public org.springframework.security.core.Authentication authenticate(
					org.springframework.security.core.Authentication authentication) {
				throw new ProviderNotFoundException("Sign in with an API token, not a password");
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return false;
			}

		};
	}

}
