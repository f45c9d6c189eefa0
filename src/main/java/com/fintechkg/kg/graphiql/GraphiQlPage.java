package com.fintechkg.kg.graphiql;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL served by the service itself, with nothing from another host: the page ({@code graphiql/index.html}),
 * GraphiQL and its explorer plugin as vendored npm builds ({@code static/graphiql/vendor/}), React from its WebJars.
 * A Content-Security-Policy allows nothing but this service (fonts and icons inlined in GraphiQL's stylesheet
 * as {@code data:} URLs). A browser that opens {@code GET /graphql} without a query (Accept: text/html first) is sent
 * to GraphiQL; every other client gets the GraphQL-over-HTTP answers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphiQlPage {

	static final String PATH = "/graphiql";

	static final String POLICY = String.join("; ", "default-src 'none'", "script-src 'self'", "style-src 'self'",
			"font-src 'self' data:", "img-src 'self' data:", "connect-src 'self'", "base-uri 'none'",
			"form-action 'none'", "frame-ancestors 'none'");

	private static final Resource PAGE = new ClassPathResource("graphiql/index.html");

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphiQlRoutes(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		return RouterFunctions.route()
			.GET(PATH, (request) -> ServerResponse.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.header("Content-Security-Policy", POLICY)
				.header("Referrer-Policy", "no-referrer")
				.header("X-Content-Type-Options", "nosniff")
				.body(PAGE))
			.GET(graphQlPath, GraphiQlPage::isBrowserWithoutQuery,
					(request) -> ServerResponse.seeOther(URI.create(PATH)).build())
			.build();
	}

	/**
	 * A person's browser opening the endpoint: no {@code query} parameter, and of the media types it accepts the
	 * most preferred specific one is HTML (browsers send {@code text/html,...}; GraphQL clients ask for JSON, curl
	 * for anything).
	 */
	static boolean isBrowserWithoutQuery(ServerRequest request) {
		if (request.param("query").isPresent()) {
			return false;
		}
		List<MediaType> accepted = request.headers().accept();
		return accepted.stream()
			.filter((type) -> !type.isWildcardType() && !type.isWildcardSubtype())
			.max(Comparator.comparingDouble(MediaType::getQualityValue)) // the first of equals
			.map((type) -> type.isCompatibleWith(MediaType.TEXT_HTML))
			.orElse(false);
	}

}
