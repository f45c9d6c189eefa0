package com.fintechkg.kg.security;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fintechkg.kg.support.GraphFingerprint;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import com.fintechkg.kg.support.TestClients;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may use each HTTP route besides GraphQL (found in the service's own handler mappings, so a new route
 * without an entry here fails; the functional routes of GraphQL and GraphiQL are read from their predicates): every route is a read or a download, open to anonymous callers, readers and
 * curators alike; an unknown or malformed token is refused with 401 everywhere; no route accepts a write method
 * (POST, PUT, PATCH, DELETE); and nothing any of these calls does changes the graph. GraphQL's own route takes
 * writes only as curators' mutations ({@link AuthorizationMatrixTests}).
 */
@KnowledgeGraphTest
class HttpRouteAuthorizationTests {

	static final String CURATOR = AuthorizationMatrixTests.CURATOR;

	static final String READER = AuthorizationMatrixTests.READER;

	static final List<String> WRITE_METHODS = List.of("POST", "PUT", "PATCH", "DELETE");

	/** A route's documented answer to a GET: a page or download (200) or a redirect (302). */
	record Route(String example, int status) {
	}

	/** Every route pattern the service maps, with a concrete path to call and the status a GET answers. */
	static final Map<String, Route> ROUTES = Map.ofEntries(
			Map.entry("/export/graph.json", new Route("/export/graph.json?around=icbc&depth=1", 200)),
			Map.entry("/export/graph.graphml", new Route("/export/graph.graphml?around=icbc&depth=1", 200)),
			Map.entry("/export/nodes.csv", new Route("/export/nodes.csv", 200)),
			Map.entry("/export/relationships.csv", new Route("/export/relationships.csv", 200)),
			Map.entry("/export/seed.zip", new Route("/export/seed.zip", 200)),
			Map.entry("/browser", new Route("/browser", 302)),
			Map.entry("/browser/", new Route("/browser/", 302)),
			Map.entry("/browser/guide", new Route("/browser/guide", 302)),
			Map.entry("/browser/guide/", new Route("/browser/guide/", 302)),
			Map.entry("/browser/fintech-kg/guide.html", new Route("/browser/fintech-kg/guide.html", 200)),
			Map.entry("/browser/fintech-kg/style.json", new Route("/browser/fintech-kg/style.json", 200)),
			Map.entry("/actuator", new Route("/actuator", 200)),
			Map.entry("/actuator/health", new Route("/actuator/health", 200)),
			Map.entry("/actuator/health/**", new Route("/actuator/health/liveness", 200)),
			Map.entry("/actuator/info", new Route("/actuator/info", 200)));

	/** Spring Boot's error page: reached by forwarding, not a route of its own. */
	static final Set<String> NOT_ROUTES = Set.of("/error");

	@Autowired
	ApplicationContext context;

	@Autowired
	GraphQlHttp http;

	@Autowired
	GraphFingerprint graph;

	/** Route pattern → the methods it declares (none declared means any method). */
	Map<String, Set<String>> mappedRoutes() {
		Map<String, Set<String>> routes = new TreeMap<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = new TreeSet<>(info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList());
				for (String pattern : info.getPatternValues()) {
					if (!NOT_ROUTES.contains(pattern)) {
						routes.computeIfAbsent(pattern, (p) -> new TreeSet<>()).addAll(methods);
					}
				}
			}
		}
		assertThat(routes).as("routes mapped by the service").isNotEmpty();
		return routes;
	}

	@Test
	void everyMappedRouteHasADocumentedAccessAndOnlyReadMethods() {
		Map<String, Set<String>> routes = mappedRoutes();

		assertThat(routes.keySet()).as("routes with an entry in ROUTES").containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
		routes.forEach((pattern, methods) -> assertThat(methods).as("methods of %s", pattern).isNotEmpty()
			.allMatch((method) -> method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")));
	}

	@TestFactory
	Stream<DynamicTest> everyRouteByEveryCallerAndMethod() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String pattern : mappedRoutes().keySet()) {
			Route route = ROUTES.get(pattern);
			for (String caller : List.of("anonymous", "reader", "curator", "unknown token", "malformed header")) {
				tests.add(DynamicTest.dynamicTest(pattern + " by " + caller, () -> {
					assertThat(route).as("route %s has no entry in ROUTES: say who may use it", pattern).isNotNull();
					GraphFingerprint.Snapshot before = this.graph.snapshot();
					boolean refusedAtTheDoor = caller.equals("unknown token") || caller.equals("malformed header");

					Answer read = send("GET", route.example(), caller);
					assertThat(read.status()).as("GET %s by %s: %s", route.example(), caller, read.body())
						.isEqualTo(refusedAtTheDoor ? 401 : route.status());
					for (String method : WRITE_METHODS) {
						Answer write = send(method, route.example(), caller);
						assertThat(write.status()).as("%s %s by %s: %s", method, route.example(), caller, write.body())
							.isEqualTo(refusedAtTheDoor ? 401 : 405);
					}
					this.graph.assertUnchangedSince(before);
				}));
			}
		}
		return tests.stream();
	}

	/** Route path → the methods of the service's functional routes (GraphQL, GraphiQL), from their predicates. */
	Map<String, Set<String>> functionalRoutes() {
		Map<String, Set<String>> routes = new TreeMap<>();
		for (RouterFunctionMapping mapping : this.context.getBeansOfType(RouterFunctionMapping.class).values()) {
			RouterFunction<?> functions = mapping.getRouterFunction();
			if (functions == null) {
				continue;
			}
			functions.accept(new RouterFunctions.Visitor() {

				@Override
				public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
					Set<String> methods = new TreeSet<>();
					List<String> paths = new ArrayList<>();
					predicate.accept(new PredicateParts(methods, paths));
					if (paths.isEmpty() && predicate.getClass().getName().startsWith("org.springframework.graphql.")) {
						// Spring for GraphQL's own endpoint: its predicate hides the path and the method (GET or POST)
						paths.add("/graphql");
						methods.addAll(List.of("GET", "POST"));
					}
					assertThat(paths).as("a functional route without a path: %s", predicate).isNotEmpty();
					assertThat(methods).as("a functional route for any method: %s", predicate).isNotEmpty();
					paths.forEach((path) -> routes.computeIfAbsent(path, (p) -> new TreeSet<>()).addAll(methods));
				}

				@Override
				public void startNested(RequestPredicate predicate) {
				}

				@Override
				public void endNested(RequestPredicate predicate) {
				}

				@Override
				public void resources(java.util.function.Function<ServerRequest, java.util.Optional<org.springframework.core.io.Resource>> lookup) {
				}

				@Override
				public void attributes(Map<String, Object> attributes) {
				}

				@Override
				public void unknown(RouterFunction<?> function) {
					throw new AssertionError("a functional route this test cannot read: " + function);
				}

			});
		}
		return routes;
	}

	@Test
	void noFunctionalRouteTakesAWriteMethodButGraphQlsPost() {
		Map<String, Set<String>> routes = functionalRoutes();

		assertThat(routes).as("functional routes").containsKeys("/graphql", "/graphiql", "/graphql/schema");
		routes.forEach((path, methods) -> {
			if (path.equals("/graphql")) {
				assertThat(methods).as("methods of %s", path).containsExactlyInAnyOrder("GET", "POST");
			}
			else {
				assertThat(methods).as("methods of %s", path).containsOnly("GET");
			}
		});
	}

	@Test
	void graphQlTakesNoWriteMethodButPost() {
		for (String path : List.of("/graphql", "/graphiql", "/graphql/schema")) {
			for (String method : List.of("PUT", "PATCH", "DELETE")) {
				GraphFingerprint.Snapshot before = this.graph.snapshot();
				Answer answer = send(method, path, "curator");

				assertThat(answer.status()).as("%s %s by a curator", method, path).isIn(404, 405);
				this.graph.assertUnchangedSince(before);
			}
		}
	}

	/** Collects the methods and paths a route's predicate names; other conditions do not matter here. */
	private record PredicateParts(Set<String> methods, List<String> paths) implements RequestPredicates.Visitor {

		@Override
		public void method(Set<HttpMethod> methods) {
			methods.forEach((method) -> this.methods.add(method.name()));
		}

		@Override
		public void path(String pattern) {
			this.paths.add(pattern);
		}

		@Override
		public void pathExtension(String extension) {
		}

		@Override
		public void header(String name, String value) {
		}

		@Override
		public void param(String name, String value) {
		}

		@Override
		public void version(String version) {
		}

		@Override
		public void startAnd() {
		}

		@Override
		public void and() {
		}

		@Override
		public void endAnd() {
		}

		@Override
		public void startOr() {
		}

		@Override
		public void or() {
		}

		@Override
		public void endOr() {
		}

		@Override
		public void startNegate() {
		}

		@Override
		public void endNegate() {
		}

		@Override
		public void unknown(RequestPredicate predicate) {
		}

	}

	private Answer send(String method, String path, String caller) {
		HttpRequest.Builder request = TestClients.request(this.http.uri(path))
			.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString("{\"query\": \"mutation { deleteEntity }\"}"));
		if (!method.equals("GET")) {
			request.header("Content-Type", "application/json");
		}
		String authorization = authorization(caller);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build());
	}

	private static @Nullable String authorization(String caller) {
		return switch (caller) {
			case "anonymous" -> null;
			case "reader" -> "Bearer " + READER;
			case "curator" -> "Bearer " + CURATOR;
			case "unknown token" -> "Bearer not-a-configured-token-0123456789";
			case "malformed header" -> "Basic Y3VyYXRvcjpzZWNyZXQ=";
			default -> throw new IllegalArgumentException(caller);
		};
	}

}
