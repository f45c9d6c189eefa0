package com.fintechkg.kg.graphql;

import java.io.IOException;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds on what one request may ask: depth and complexity (graphql-java's instrumentations, so an oversized
 * query is refused before any fetching), and the size of the request body.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestSizeLimit(QueryLimitsProperties limits,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		long max = limits.maxRequestSize().toBytes();
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if (request.getContentLengthLong() > max) {
					response.setStatus(413);
					response.setContentType(MediaType.APPLICATION_JSON_VALUE);
					response.getWriter().write("{\"errors\":[{\"message\":\"Request body larger than " + max
							+ " bytes\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
					return;
				}
				chain.doFilter(new LimitedBodyRequest(request, max), response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(path, path + "/*");
		return registration;
	}

}
