package com.fintechkg.kg.caching;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Wires HTTP caching and persisted queries in front of {@code /graphql}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HttpCachingConfiguration {

	@Bean
	PersistedQueries persistedQueries(HttpCacheProperties properties) {
		return new PersistedQueries(properties.persistedQueries());
	}

	@Bean
	FilterRegistrationBean<ReadCachingFilter> readCachingFilter(GraphVersion version, PersistedQueries queries,
			HttpCacheProperties properties, @Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<ReadCachingFilter> registration = new FilterRegistrationBean<>(
				new ReadCachingFilter(version, queries, properties));
		registration.addUrlPatterns(path);
		return registration;
	}

	/** Before every other interceptor: the persisted document must be checked before anything uses it. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ReadCachingInterceptor readCachingInterceptor(PersistedQueries queries, HttpCacheProperties properties) {
		return new ReadCachingInterceptor(queries, properties);
	}

}
