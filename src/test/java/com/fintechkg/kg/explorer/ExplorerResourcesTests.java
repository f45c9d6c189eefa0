package com.fintechkg.kg.explorer;

import java.net.http.HttpRequest;
import java.util.regex.Pattern;

import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer page over plain HTTP: served at /, under a strict CSP, with its graph library from the jar. */
@KnowledgeGraphTest
class ExplorerResourcesTests {

	@Autowired
	GraphQlHttp http;

	@Test
	void shouldServeThePageWithAStrictContentSecurityPolicy() {
		Answer page = get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("<script type=\"module\" src=\"/explorer/main.js\"></script>");
		assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page.body()).find()).as("inline script").isFalse();
		assertThat(page.body()).as("inline style").doesNotContain("style=").doesNotContain("<style");
		assertThat(header("/", "Content-Security-Policy")).isEqualTo(ExplorerContentPolicy.POLICY)
			.contains("script-src 'self'", "connect-src 'self'")
			.doesNotContain("unsafe-inline", "http");
		assertThat(header("/explorer/main.js", "Content-Security-Policy")).isEqualTo(ExplorerContentPolicy.POLICY);
	}

	@Test
	void shouldServeCytoscapeFromItsWebJarAndImportNothingFromElsewhere() {
		Answer library = get("/webjars/cytoscape/dist/cytoscape.esm.min.mjs");
		assertThat(library.status()).isEqualTo(200);
		assertThat(library.contentType()).startsWith("text/javascript");

		for (String module : new String[] { "main.js", "api.js", "graph.js", "suggest.js" }) {
			Answer script = get("/explorer/" + module);
			assertThat(script.status()).as(module).isEqualTo(200);
			assertThat(script.body()).as(module).doesNotContain("http://", "https://");
		}
	}

	@Test
	void shouldLeaveOtherPathsToTheirOwnPolicies() {
		assertThat(header("/graphiql", "Content-Security-Policy")).isNotEqualTo(ExplorerContentPolicy.POLICY);
	}

	private Answer get(String path) {
		return this.http.send(TestClients.request(this.http.uri(path)).GET().build());
	}

	private String header(String path, String name) {
		try {
			return TestClients.http()
				.send(TestClients.request(this.http.uri(path)).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding())
				.headers()
				.firstValue(name)
				.orElse("");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
