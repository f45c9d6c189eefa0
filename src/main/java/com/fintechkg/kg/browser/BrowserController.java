package com.fintechkg.kg.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import com.fintechkg.kg.embedded.EmbeddedNeo4j;

/**
 * Serves Neo4j Browser (the static app from {@code org.neo4j.client:neo4j-browser}) at {@code /browser/}, pointed
 * at the Bolt port of the very database the API serves: {@code /browser/} redirects to itself with
 * {@code connectURL} set to the embedded database's bound port (or the configured {@code spring.neo4j.uri}).
 * {@code /browser/guide} does the same and opens the FinTech KG guide ({@link BrowserGuide}). The app's page gets
 * one script added, {@code fintech-kg/preset.js}, which presets the graph style; its other static files are served
 * by {@link BrowserResources}.
 */
@Controller
class BrowserController {

	private static final Resource INDEX = new ClassPathResource("browser/index.html");

	static final String PRESET = "<script src=\"fintech-kg/preset.js\"></script>";

	static final String GUIDE = "/browser/fintech-kg/guide.html";

	private static final Set<String> LOOPBACK_ADDRESSES = Set.of("127.0.0.1", "::1", "[::1]", "0:0:0:0:0:0:0:1");

	private final String index;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final String externalUri;

	BrowserController(ObjectProvider<EmbeddedNeo4j> embedded, @Value("${spring.neo4j.uri:}") String externalUri) {
		this.embedded = embedded;
		this.externalUri = externalUri;
		this.index = withPreset(INDEX);
	}

	/** The Browser's page with the preset script first in {@code <head>}, so it runs before the Browser's own. */
	static String withPreset(Resource page) {
		try {
			String html = page.getContentAsString(StandardCharsets.UTF_8);
			int head = html.indexOf("<head>");
			if (head < 0) {
				throw new IllegalStateException(page + " has no <head>: cannot add " + PRESET);
			}
			int at = head + "<head>".length();
			return html.substring(0, at) + PRESET + html.substring(at);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/browser")
	ResponseEntity<Void> browserWithoutSlash(HttpServletRequest request) {
		return redirect(request, false);
	}

	/** Neo4j Browser, connected, with the FinTech KG guide open (Browser runs {@code cmd=guide} from its URL). */
	@GetMapping({ "/browser/guide", "/browser/guide/" })
	ResponseEntity<Void> browserWithGuide(HttpServletRequest request) {
		if (LOOPBACK_ADDRESSES.contains(request.getServerName())) {
			// Browser runs cmd=guide before it has connected and read the server's allowlist; until then it
			// trusts the host name "localhost" only, so the guide must be fetched from there
			String onLocalhost = ServletUriComponentsBuilder.fromRequest(request).host("localhost").build().toUriString();
			return ResponseEntity.status(302).header(HttpHeaders.LOCATION, onLocalhost).build();
		}
		return redirect(request, true);
	}

	@GetMapping("/browser/")
	ResponseEntity<?> browser(HttpServletRequest request, @RequestParam(required = false) @Nullable String connectURL) {
		if (connectURL == null) {
			return redirect(request, false);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(this.index);
	}

	private ResponseEntity<Void> redirect(HttpServletRequest request, boolean guide) {
		UriComponentsBuilder target = UriComponentsBuilder.fromPath("/browser/").queryParam("connectURL", boltUrl(request));
		EmbeddedNeo4j neo4j = this.embedded.getIfAvailable();
		if (neo4j != null && !neo4j.authEnabled()) {
			// auth is off on the loopback-only embedded database: Browser connects at once, no login form
			target.queryParam("preselectAuthMethod", "NO_AUTH");
		}
		if (guide) {
			target.queryParam("cmd", "guide").queryParam("arg", origin(request) + GUIDE);
		}
		return ResponseEntity.status(302).header(HttpHeaders.LOCATION, target.build().encode().toUriString()).build();
	}

	/** This service as the user's browser reaches it, e.g. {@code http://localhost:8080}. */
	static String origin(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).build().toUriString();
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
