package com.fintechkg.kg.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
		OncePerRequestFilter filter = new GraphQlRequestBody(limits.maxRequestSize().toBytes());
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(path, path + "/*");
		return registration;
	}

}
