package com.fintechkg.kg.graphiql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.HeadlessChromium;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL as served by the service: every file it needs comes from the service under a CSP of {@code 'self'}; in a
 * real headless Chromium it runs a query, shows the docs, keeps a history and sends the headers typed into its
 * headers editor, and no request leaves for another host. A browser opening {@code GET /graphql} lands on it;
 * other clients keep the GraphQL-over-HTTP answers.
 */
@KnowledgeGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class GraphiQlPageTests {

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

	@Autowired
	GraphQlHttp http;

	HeadlessChromium chromium;

	@AfterAll
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void thePageAndEverythingItLoadsComeFromTheServiceUnderAStrictPolicy() throws Exception {
		HttpResponse<String> page = get("/graphiql", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(GraphiQlPage.POLICY);
		assertThat(GraphiQlPage.POLICY).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
			.doesNotContain("unsafe", "http", "*");
		assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page.body()).find()).as("inline script").isFalse();

		Matcher references = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
		int count = 0;
		while (references.find()) {
			String reference = references.group(1);
			assertThat(reference).as("a file of the service itself").startsWith("/").doesNotStartWith("//");
			HttpResponse<String> file = get(reference, "*/*");
			assertThat(file.statusCode()).as(reference).isEqualTo(200);
			assertThat(file.body()).as(reference).isNotEmpty();
			count++;
		}
		assertThat(count).as("stylesheets, React, ReactDOM, GraphiQL, its explorer plugin, the page's script").isGreaterThanOrEqualTo(8);
	}

	@Test
	void aBrowserOpeningTheEndpointIsSentToGraphiQlWhileOtherClientsGetGraphQlAnswers() throws Exception {
		HttpResponse<String> browser = get("/graphql", BROWSER_ACCEPT);
		assertThat(browser.statusCode()).isEqualTo(303);
		assertThat(browser.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/graphiql"));

		for (String accept : List.of("application/graphql-response+json", "application/json", "*/*")) {
			HttpResponse<String> client = get("/graphql", accept);
			assertThat(client.statusCode()).as(accept).isNotEqualTo(303).isGreaterThanOrEqualTo(400);
			assertThat(client.headers().firstValue("Location")).as(accept).isEmpty();
		}

		HttpResponse<String> query = get("/graphql?query=%7Bentity(id:%22icbc%22)%7BnameZh%7D%7D", BROWSER_ACCEPT);
		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.body()).contains("\"nameZh\":\"工商银行\"");
	}

	@Test
	void runsAQueryShowsTheDocsKeepsAHistoryAndSendsTheHeadersWithNothingFromAnotherHost() {
		this.chromium = HeadlessChromium.start(1400, 900);
		String origin = this.http.uri("/").toString().replaceAll("/$", "");
		this.chromium.driver().get(this.http.uri("/graphql").toString());
		this.chromium.await((page) -> page.getCurrentUrl().endsWith("/graphiql") ? true : null);
		this.chromium.await((page) -> page.findElements(By.cssSelector(".graphiql-query-editor .CodeMirror")).isEmpty() ? null : true);

		// a query typed into the editor and run (anonymous: GraphiQL sends the operation name it last parsed, which
		// a named query would leave behind for the next document if that is run at once)
		setEditor(".graphiql-query-editor", "{ entity(id: \"icbc\") { name nameZh } }");
		this.chromium.driver().findElement(By.cssSelector(".graphiql-execute-button")).click();
		// a click that lands while GraphiQL is still taking in the (large) introspected schema is lost: the button
		// reads "Execute query" again with no response shown, so it is clicked again (never while it reads "Stop")
		this.chromium.await((page) -> {
			if (response().contains("\"nameZh\": \"工商银行\"")) {
				return true;
			}
			WebElement execute = page.findElement(By.cssSelector(".graphiql-execute-button"));
			if (response().isBlank() && String.valueOf(execute.getDomAttribute("aria-label")).startsWith("Execute")) {
				execute.click();
			}
			return null;
		});

		// the docs explorer lists the schema's root fields
		this.chromium.driver().findElement(By.cssSelector("[aria-label='Show Documentation Explorer']")).click();
		this.chromium.await((page) -> page.findElement(By.cssSelector(".graphiql-doc-explorer")).getText().contains("Query") ? true : null);
		this.chromium.driver().findElement(By.linkText("Query")).click();
		this.chromium.await((page) -> page.findElement(By.cssSelector(".graphiql-doc-explorer")).getText().contains("entities") ? true : null);

		// the history remembers the query
		this.chromium.driver().findElement(By.cssSelector("[aria-label='Show History']")).click();
		this.chromium.await((page) -> page.findElement(By.cssSelector(".graphiql-history")).getText().contains("icbc") ? true : null);

		// the headers editor: a reader's token is sent, so a mutation is FORBIDDEN rather than UNAUTHORIZED
		this.chromium.driver().findElement(By.xpath("//button[normalize-space()='Headers']")).click();
		// the tools hold the variables editor, then the headers editor; wait until the headers one is shown
		String headersEditor = ".graphiql-editor-tool .graphiql-editor:nth-of-type(2):not(.hidden)";
		this.chromium.await((page) -> page.findElements(By.cssSelector(headersEditor + " .CodeMirror")).isEmpty() ? null : true);
		setEditor(headersEditor, "{\"Authorization\": \"Bearer test-reader-token-0123456789\"}");
		setEditor(".graphiql-query-editor", """
				mutation { deleteRelation(input: {id: "icbc:RELEASED:x", expectedVersion: 1,
				  citation: {section: "1", quote: "x"}, reason: "test"}) { id } }""");
		this.chromium.driver().findElement(By.cssSelector(".graphiql-execute-button")).click();
		String answer = this.chromium.await((page) -> response().contains("deleteRelation") || response().contains("errors")
				&& !response().contains("工商银行") ? response() : null);
		assertThat(answer).as("a reader's token was sent: signed in, but not a curator").contains("FORBIDDEN");

		this.chromium.screenshot(Path.of("target/screenshots/graphiql.png"));
		List<String> elsewhere = this.chromium.script(
				"return performance.getEntriesByType('resource').map((entry) => entry.name)"
						+ ".filter((url) => !url.startsWith(arguments[0] + '/'))", origin);
		assertThat(elsewhere).as("requests for another host").isEmpty();
		assertThat(this.chromium.<List<String>>script(
				"return performance.getEntriesByType('resource').map((entry) => entry.name)")).isNotEmpty();
		assertThat(this.chromium.cspViolations()).isEmpty();
		assertThat(this.chromium.severeLogs()).isEmpty();
	}

	private void setEditor(String selector, String text) {
		this.chromium.script("document.querySelector(arguments[0] + ' .CodeMirror').CodeMirror.setValue(arguments[1])",
				selector, text);
	}

	private String response() {
		return this.chromium.script("const cm = document.querySelector('.graphiql-response .CodeMirror');"
				+ " return cm ? cm.CodeMirror.getValue() : ''");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.http.uri("/").toString().replaceAll("/$", "") + path))
				.header("Accept", accept)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
