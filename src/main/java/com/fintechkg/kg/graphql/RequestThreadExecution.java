package com.fintechkg.kg.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where a request's resolvers run, and what is observed per request.
 *
 * <p>
 * Requests already run on virtual threads ({@code spring.threads.virtual.enabled}), so a blocking controller
 * method can run on the request's own thread. Spring Boot would otherwise hand every controller method to the
 * task executor: one more virtual thread and a context snapshot per field, measured at 0.3–0.5 ms per request
 * with no gain (the resolvers of one request do not run in parallel against the single Bolt connection pool any
 * faster on two cores). Benchmarks: {@code docs/performance.md}.
 *
 * <p>
 * Spring Security's per-filter observations (a dozen per request) are turned off; the request observation
 * {@code http.server.requests} stays.
 */
@Configuration(proxyBeanMethods = false)
class RequestThreadExecution {

	@Bean
	static BeanPostProcessor resolversOnTheRequestThread() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate((method) -> false);
				}
				return bean;
			}

		};
	}

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
