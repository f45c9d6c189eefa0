package com.fintechkg.kg.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary.KindDefinition;
import com.fintechkg.kg.vocabulary.Vocabulary.Style;
import com.fintechkg.kg.vocabulary.Vocabulary;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The Neo4j Browser guide ({@code :guide <url>}): slides in the HTML form Browser 5 reads ({@code <slide>} elements,
 * {@code <pre class="code runnable">} blocks that run on a click), built from the queries of {@code docs/cypher/}
 * (copied into the jar) and the graph style {@code browser-guide/style.json}, so neither can drift from the guide.
 */
@Component
class BrowserGuide {

	static final String QUERIES = "classpath:browser-guide/cypher/*.cypher";

	/** Where the graph style is served, from the vocabulary's kinds. */
	static final String STYLE = "/browser/fintech-kg/style.json";

	private final List<GuideQuery> queries;

	private final Map<String, Map<String, String>> style;

	BrowserGuide(Vocabulary vocabulary) {
		this.queries = readQueries();
		this.style = style(vocabulary);
	}

	/** The graph style as Neo4j Browser's JSON (its {@code neo4j.grass} setting). */
	String styleJson() {
		return JsonMapper.builder().build().writeValueAsString(this.style);
	}

	List<GuideQuery> queries() {
		return this.queries;
	}

	/** The graph style as a {@code :style} command, with node captions from {@code captionProperty}. */
	String styleCommand(String captionProperty) {
		return ":style\n" + this.style.entrySet().stream().map((rule) -> {
			String declarations = rule.getValue().entrySet().stream().map((declaration) -> {
				String value = declaration.getValue();
				if (declaration.getKey().equals("caption")) {
					value = "'" + (rule.getKey().startsWith("node") ? "{" + captionProperty + "}" : value) + "'";
				}
				return declaration.getKey() + ": " + value + ";";
			}).collect(Collectors.joining(" "));
			return rule.getKey() + " {" + declarations + "}";
		}).collect(Collectors.joining("\n"));
	}

	/** The guide as HTML; {@code origin} (e.g. {@code http://localhost:8080}) makes its links absolute. */
	String html(String origin) {
		StringBuilder html = new StringBuilder("""
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><title>FinTech KG: China's fintech ecosystem</title></head>
				<body><article class="guide"><carousel class="deck container-fluid">
				""");
		html.append(introSlide());
		for (int index = 0; index < this.queries.size(); index++) {
			html.append(querySlide(index + 1, this.queries.get(index)));
		}
		html.append(moreSlide(origin));
		return html.append("</carousel></article></body></html>\n").toString();
	}

	private String introSlide() {
		return """
				<slide class="row-fluid">
				<div class="col-sm-3"><h3>FinTech KG</h3>
				<p class="lead">China's fintech ecosystem as CAICT's <em>China FinTech Ecosystem Whitepaper (2023)</em> describes
				it: %d ready-to-run queries, one per slide.</p></div>
				<div class="col-sm-9">
				<p>Every node is an <code>:Entity</code> with one kind label: <code>:Institution</code>, <code>:Technology</code>,
				<code>:Regulation</code>, <code>:Product</code>, <code>:Scenario</code>, <code>:Region</code> or
				<code>:Indicator</code>. Properties: <code>id</code> (stable, e.g. <code>icbc</code>), <code>name</code>
				(English), <code>nameZh</code> (as the whitepaper writes it), <code>aliases</code>, <code>description</code>,
				and the sentences that name it in <code>citationSections</code> / <code>citationQuotes</code>.</p>
				<p>Every relationship states one fact and cites every passage that states it, as nodes do:
				<code>citationSections</code> / <code>citationQuotes</code> / <code>citationSources</code> (parallel lists, the
				whitepaper's own sentences, in order), and <code>date</code>, <code>value</code>, <code>unit</code>,
				<code>role</code> where the text gives them. Click a block to put it in the editor, or its ▶ to run it.</p>
				<p>Read anything; the database refuses changes from Browser. A correction goes through curation (the
				GraphQL mutations, with a curator's token: validated, versioned, logged) or the seed files.</p>
				<p>The graph view is styled for this graph (colour per kind, Chinese names as captions). Switch the
				captions to English, or back:</p>
				<pre class="code runnable">%s</pre>
				<pre class="code runnable">%s</pre>
				</div>
				</slide>
				""".formatted(this.queries.size(), htmlEscape(styleCommand("name")), htmlEscape(styleCommand("nameZh")));
	}

	private static String querySlide(int number, GuideQuery query) {
		String description = query.description()
			.stream()
			.map((paragraph) -> "<p>" + htmlEscape(paragraph) + "</p>")
			.collect(Collectors.joining("\n"));
		return """
				<slide class="row-fluid">
				<div class="col-sm-3"><h3>%d. %s</h3></div>
				<div class="col-sm-9">
				%s
				<pre class="code runnable" data-query="%s">%s</pre>
				</div>
				</slide>
				""".formatted(number, htmlEscape(query.title()), description, htmlEscape(query.file()),
				htmlEscape(query.cypher()));
	}

	private static String moreSlide(String origin) {
		return """
				<slide class="row-fluid">
				<div class="col-sm-3"><h3>More</h3></div>
				<div class="col-sm-9">
				<p>The same database answers GraphQL: the <a href="%1$s/" target="_blank" rel="noopener">explorer</a>
				draws neighbourhoods with their citations, <a href="%1$s/graphiql" target="_blank" rel="noopener">GraphiQL</a>
				documents the API.</p>
				<p>These queries are the files of <code>docs/cypher/</code> in the repository; the test suite runs each one
				against the seeded graph.</p>
				</div>
				</slide>
				""".formatted(htmlEscape(origin));
	}

	private static List<GuideQuery> readQueries() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(QUERIES);
			return Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(BrowserGuide::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static GuideQuery parse(Resource file) {
		try {
			return GuideQuery.parse(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Browser's defaults, then a rule per kind of the vocabulary: its colours and diameter, Chinese names. */
	private static Map<String, Map<String, String>> style(Vocabulary vocabulary) {
		Map<String, Map<String, String>> rules = new LinkedHashMap<>();
		rules.put("node", ordered("diameter", "50px", "color", "#A5ABB6", "border-color", "#9AA1AC", "border-width", "2px",
				"text-color-internal", "#FFFFFF", "font-size", "10px", "caption", "{nameZh}"));
		rules.put("relationship", ordered("color", "#A5ABB6", "shaft-width", "1px", "font-size", "8px", "padding", "3px",
				"text-color-external", "#000000", "text-color-internal", "#FFFFFF", "caption", "<type>"));
		rules.put("node." + Kind.ENTITY_LABEL, ordered("caption", "{nameZh}"));
		for (KindDefinition kind : vocabulary.kinds()) {
			Style look = kind.style();
			rules.put("node." + kind.kind().name(), ordered("color", look.color(), "border-color", look.border(),
					"text-color-internal", look.text(), "diameter", look.diameter() + "px", "caption", "{nameZh}"));
		}
		return rules;
	}

	private static Map<String, String> ordered(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
