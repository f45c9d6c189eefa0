package com.fintechkg.kg.browser;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;

/**
 * Serves Neo4j Browser (the static app from {@code org.neo4j.client:neo4j-browser}) at {@code /browser/}, pointed
 * at the Bolt port of the very database the API serves: {@code /browser/} redirects to itself with
 * {@code connectURL} set to the embedded database's bound port (or the configured {@code spring.neo4j.uri}).
 * The app's static files are served by {@link BrowserResources}.
 */
@Controller
class BrowserController {

	private static final Resource INDEX = new ClassPathResource("browser/index.html");

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final String externalUri;

	BrowserController(ObjectProvider<EmbeddedNeo4j> embedded, @Value("${spring.neo4j.uri:}") String externalUri) {
		this.embedded = embedded;
		this.externalUri = externalUri;
	}

	@GetMapping("/browser")
	ResponseEntity<Void> browserWithoutSlash(HttpServletRequest request) {
		return redirect(request);
	}

	@GetMapping("/browser/")
	ResponseEntity<?> browser(HttpServletRequest request, @RequestParam(required = false) @Nullable String connectURL) {
		if (connectURL == null) {
			return redirect(request);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.cacheControl(CacheControl.noCache())
			.body(INDEX);
	}

	private ResponseEntity<Void> redirect(HttpServletRequest request) {
		UriComponentsBuilder target = UriComponentsBuilder.fromPath("/browser/").queryParam("connectURL", boltUrl(request));
		EmbeddedNeo4j neo4j = this.embedded.getIfAvailable();
		if (neo4j != null && !neo4j.authEnabled()) {
			// auth is off on the loopback-only embedded database: Browser connects at once, no login form
			target.queryParam("preselectAuthMethod", "NO_AUTH");
		}
		return ResponseEntity.status(302).header(HttpHeaders.LOCATION, target.build().encode().toUriString()).build();
	}

	/** The Bolt URL a browser on the user's machine should connect to. */
	String boltUrl(HttpServletRequest request) {
		EmbeddedNeo4j neo4j = this.embedded.getIfAvailable();
		if (neo4j != null) {
			String host = request.getServerName();
			return "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + neo4j.boltPort();
		}
		return this.externalUri;
	}

}
