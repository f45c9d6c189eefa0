package com.fintechkg.kg.browser;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Neo4j Browser guide at {@value BrowserController#GUIDE}: in Browser, {@code :guide <this URL>}. Browser
 * fetches it from the page's own origin (no CORS needed), and only from hosts the server allows
 * ({@code fintechkg.embedded.browser-guide-hosts}). Beside it, the graph style at {@value BrowserGuide#STYLE}.
 */
@Controller
class BrowserGuideController {

	private final BrowserGuide guide;

	BrowserGuideController(BrowserGuide guide) {
		this.guide = guide;
	}

	/** The graph style the preset script installs: a colour per kind of the vocabulary, Chinese names as captions. */
	@GetMapping(BrowserGuide.STYLE)
	ResponseEntity<String> style() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.body(this.guide.styleJson());
	}

	@GetMapping(BrowserController.GUIDE)
	ResponseEntity<String> guide(HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(this.guide.html(BrowserController.origin(request)));
	}

}
