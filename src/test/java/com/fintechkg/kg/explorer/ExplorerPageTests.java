package com.fintechkg.kg.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.live.ChangeFeed;
import com.fintechkg.kg.support.TestClients;
import com.fintechkg.kg.support.GraphQlHttp.Answer;
import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.HeadlessChromium;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.graphdb.GraphDatabaseService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page at {@code /} in a real, headless Chromium against the running service: search, draw, expand,
 * re-centre, citations in the side panel, language, path finder, errors, phone width, and a strict CSP throughout.
 */
@KnowledgeGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerPageTests {

	static final Path WHITEPAPER = Path.of("graph-seed/sources/china-fintech-ecosystem-whitepaper-2023.zh.txt");

	@Autowired
	GraphQlHttp graphQl;

	/** The embedded database itself: the live-change test's clean-up writes in-process. */
	@Autowired
	GraphDatabaseService database;

	@Autowired
	ChangeFeed changes;

	HeadlessChromium chromium;

	String whitepaper;

	@BeforeAll
	void startBrowser() throws IOException {
		this.chromium = HeadlessChromium.start(1400, 900);
		this.whitepaper = Files.readString(WHITEPAPER);
	}

	@AfterAll
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.chromium.driver().manage().window().setSize(new Dimension(1400, 900));
		this.chromium.driver().get(this.graphQl.uri("/").toString());
		this.chromium.script("localStorage.clear()");
		this.chromium.driver().navigate().refresh();
		this.chromium.await((driver) -> driver.findElement(By.id("search-input")).isDisplayed());
	}

	@Test
	void shouldDrawExpandCiteTranslateAndFindPaths() {
		chooseFromSearch("search-input", "工商银行", "icbc");

		// ICBC and every neighbour the API names are drawn, and the canvas has been painted
		awaitReady();
		assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(neighbourIds("icbc"));
		assertThat(this.chromium.<Boolean>await((driver) -> canvasPainted() ? true : null)).isTrue();

		// download links: the whole graph and ICBC's neighbourhood, each answered by the export endpoints
		List<String> downloads = this.chromium.driver().findElements(By.cssSelector(".downloads a[href^='/export/']"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(downloads).hasSize(8).contains("/export/graph.json", "/export/nodes.csv?around=icbc&depth=1");
		downloads.forEach((href) -> assertThat(this.graphQl
			.send(TestClients.request(this.graphQl.uri(href)).GET().build())
			.status()).as(href).isEqualTo(200));

		// the kind filter hides the figures (indicators) around ICBC, and shows them again
		String visibleIndicators = "return fintechExplorer.cy.nodes('[kind = \"INDICATOR\"]').filter((node) => node.visible()).length";
		long indicators = this.chromium.<Long>script("return fintechExplorer.cy.nodes('[kind = \"INDICATOR\"]').length");
		assertThat(indicators).isPositive();
		this.chromium.driver().findElement(By.cssSelector("#filters summary")).click();
		WebElement indicatorBox = this.chromium.await((driver) -> {
			WebElement box = driver.findElement(By.cssSelector("#kind-filters input[value=INDICATOR]"));
			return box.isDisplayed() ? box : null;
		});
		indicatorBox.click();
		this.chromium.await((driver) -> this.chromium.<Long>script(visibleIndicators) == 0 ? true : null);
		indicatorBox.click();
		this.chromium.await((driver) -> this.chromium.<Long>script(visibleIndicators) == indicators ? true : null);
		this.chromium.driver().findElement(By.cssSelector("#filters summary")).click();

		// the side panel shows ICBC with the whitepaper's own sentences
		this.chromium.await((driver) -> "icbc".equals(details().getDomAttribute("data-selected")) ? true : null);
		List<String> entityQuotes = quotesShown();
		assertThat(entityQuotes).isNotEmpty().allSatisfy((quote) -> assertThat(this.whitepaper).contains(quote));

		// a relation's citation, opened from the panel's list of relations
		String relation = "icbc:RELEASED:icbc-financial-llm";
		details().findElement(By.cssSelector("button[data-relation='" + relation + "']")).click();
		this.chromium.await((driver) -> relation.equals(details().getDomAttribute("data-selected")) ? true : null);
		List<String> relationQuotes = quotesShown();
		assertThat(relationQuotes).hasSize(1);
		assertThat(this.whitepaper).contains(relationQuotes.getFirst());
		assertThat(relationQuotes.getFirst()).isEqualTo(this.graphQl
			.post("query Quote($id: ID!) { relations(where: {id: {eq: $id}}) { edges { node { quote } } } }",
					Map.of("id", relation))
			.<List<String>>read("$.data.relations.edges[*].node.quote")
			.getFirst());
		String sourceTitle = this.graphQl.post("{ sources { title } }").<List<String>>read("$.data.sources[*].title").getFirst();
		assertThat(details().findElement(By.cssSelector(".cite")).getText()).contains("3.2.1", sourceTitle);

		// clicking a node on the canvas selects it and expands it: its neighbours are added
		clickNode("icbc-financial-llm");
		this.chromium.await((driver) -> "icbc-financial-llm".equals(details().getDomAttribute("data-selected")) ? true : null);
		this.chromium.await((driver) -> drawnIds().containsAll(neighbourIds("icbc-financial-llm")) ? true : null);
		awaitReady();

		// English labels on the graph and in the panel
		this.chromium.driver().findElement(By.id("lang-en")).click();
		assertThat(this.chromium.<String>script("return fintechExplorer.cy.getElementById('icbc').data('label')"))
			.isEqualTo("Industrial and Commercial Bank of China");
		this.chromium.await((driver) -> details().findElement(By.tagName("h2")).getText()
			.equals("ICBC financial industry general large model") ? true : null);

		// double-clicking re-centres on the node: the drawing becomes its neighbourhood
		doubleClickNode("icbc-financial-llm");
		this.chromium.await((driver) -> "icbc-financial-llm"
			.equals(this.chromium.script("return fintechExplorer.state.centre && fintechExplorer.state.centre.id")) ? true : null);
		awaitReady();
		assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(neighbourIds("icbc-financial-llm"));

		// the path finder: ICBC to intelligent customer service, each hop listed with its relation type and quote
		chooseFromSearch("path-from", "工商银行", "icbc");
		chooseFromSearch("path-to", "智能客服", "customer-service");
		this.chromium.driver().findElement(By.id("path-find")).click();
		List<String> pathTypes = this.graphQl
			.post("query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { relations { type } } }",
					Map.of("from", "icbc", "to", "customer-service"))
			.read("$.data.shortestPath.relations[*].type");
		assertThat(pathTypes).isNotEmpty();
		List<WebElement> hops = this.chromium.await((driver) -> {
			List<WebElement> items = driver.findElements(By.cssSelector("#path-hops > li"));
			return items.size() == pathTypes.size() ? items : null;
		});
		for (int hop = 0; hop < hops.size(); hop++) {
			assertThat(hops.get(hop).getText()).contains(pathTypes.get(hop));
		}
		assertThat(hops.getFirst().getText()).contains("Industrial and Commercial Bank of China");
		assertThat(hops.getLast().getText()).contains("Intelligent customer service");
		assertThat(this.chromium.<Long>script("return fintechExplorer.cy.$('.path').edges().length"))
			.isEqualTo(pathTypes.size());

		assertThat(this.chromium.cspViolations()).isEmpty();
		assertThat(this.chromium.severeLogs()).isEmpty();

		// back to Chinese for the screenshot (docs/explorer.png): the graph, the panel and the path in 中文
		this.chromium.driver().findElement(By.id("lang-zh")).click();
		this.chromium.await((driver) -> this.chromium.<String>script("return fintechExplorer.cy.getElementById('icbc').data('label')")
			.contains("工商银行") ? true : null);
		this.chromium.screenshot(Path.of("target/screenshots/explorer.png"));
	}

	@Test
	void shouldShowEveryPassageThatStatesARelation() {
		chooseFromSearch("search-input", "核心业务系统", "core-business-systems");
		awaitReady();
		this.chromium.await((driver) -> "core-business-systems".equals(details().getDomAttribute("data-selected")) ? true : null);

		String relation = "cloud-native:APPLIED_TO:core-business-systems";
		this.chromium.await((driver) -> details().findElements(By.cssSelector("button[data-relation='" + relation + "']"))
			.stream().findFirst().orElse(null)).click();
		this.chromium.await((driver) -> relation.equals(details().getDomAttribute("data-selected")) ? true : null);

		Answer answer = this.graphQl.post("query Cited($id: ID!) { relations(where: {id: {eq: $id}}) { edges { node { "
				+ "citations { section quote } } } } }", Map.of("id", relation));
		List<String> quotes = answer.read("$.data.relations.edges[0].node.citations[*].quote");
		List<String> sections = answer.read("$.data.relations.edges[0].node.citations[*].section");
		assertThat(quotes).as("the fact is stated in two places").hasSize(2);
		assertThat(quotesShown()).containsExactlyElementsOf(quotes);
		List<String> cites = details().findElements(By.cssSelector(".cite")).stream().map(WebElement::getText).toList();
		assertThat(cites).hasSize(2);
		assertThat(cites.get(0)).contains("§ " + sections.get(0));
		assertThat(cites.get(1)).contains("§ " + sections.get(1));
	}

	@Test
	void shouldShowTheApiErrorToTheUser() {
		String tooLong = "银".repeat(201);
		String expected = this.graphQl.post("query Search($q: String!) { search(query: $q) { score } }", Map.of("q", tooLong))
			.<List<String>>read("$.errors[*].message")
			.getFirst();

		WebElement input = this.chromium.driver().findElement(By.id("search-input"));
		input.sendKeys(tooLong);

		WebElement alert = this.chromium.await((driver) -> {
			WebElement error = driver.findElement(By.id("error"));
			return error.isDisplayed() ? error : null;
		});
		assertThat(alert.getDomAttribute("role")).isEqualTo("alert");
		assertThat(alert.findElement(By.id("error-text")).getText()).isEqualTo(expected);
		alert.findElement(By.id("error-close")).click();
		this.chromium.await((driver) -> !driver.findElement(By.id("error")).isDisplayed());
	}

	@Test
	void shouldFitAPhoneScreen() {
		this.chromium.driver().manage().window().setSize(new Dimension(390, 844));
		this.chromium.driver().navigate().refresh();
		chooseFromSearch("search-input", "ICBC", "icbc");
		awaitReady();

		assertThat(this.chromium.<Boolean>script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling").isTrue();
		Rectangle graph = this.chromium.driver().findElement(By.id("graph")).getRect();
		Rectangle panel = details().getRect();
		assertThat(graph.getWidth()).isGreaterThan(300);
		assertThat(graph.getHeight()).isGreaterThan(200);
		assertThat(panel.getY()).as("details below the graph").isGreaterThan(graph.getY() + graph.getHeight());
		assertThat(this.chromium.cspViolations()).isEmpty();
		this.chromium.screenshot(Path.of("target/screenshots/explorer-phone.png"));
	}

	/** Types into a search box, moves to the wanted suggestion with the arrow keys and chooses it with Enter. */
	@Test
	void shouldRedrawWhenACuratorsWriteTouchesTheDrawnGraph() {
		String quote = "推出基于开源自研的自主金融 AI 大模型 ChatABC，初步具备自由闲聊、行内知识问答、内容摘要等多类型任务的服务能力。";
		String curator = "test-curator-token-0123456789";
		chooseFromSearch("search-input", "工商银行", "icbc");
		awaitReady();
		assertThat(drawnIds()).doesNotContain("explorer-live-test-model");
		// the page subscribes to changes as it loads
		this.chromium.await((driver) -> (this.changes.subscribers() > 0) ? true : null);
		try {
			Map<String, Object> entity = Map.of("id", "explorer-live-test-model", "kind", "PRODUCT", "name",
					"Explorer Live Test Model", "nameZh", "浏览器实时测试模型", "category", "model", "description",
					"A curated test entity.", "citations", List.of(Map.of("section", "3.2.1", "quote", quote)));
			assertThat(this.graphQl.post("mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { created } }",
					Map.of("input", entity), curator).errors()).isEmpty();
			assertThat(this.graphQl.post("mutation($input: UpsertRelationInput!) { upsertRelation(input: $input) { created } }",
					Map.of("input", Map.of("from", "icbc", "type", "RELEASED", "to", "explorer-live-test-model", "citation",
							Map.of("section", "3.2.1", "quote", quote))), curator).errors()).isEmpty();

			// the relation touches the drawn ICBC: the page hears of it over SSE and redraws, new product included
			this.chromium.await((driver) -> drawnIds().contains("explorer-live-test-model") ? true : null);
		}
		finally {
			this.database.executeTransactionally("MATCH (e:Entity {id: 'explorer-live-test-model'}) DETACH DELETE e");
			this.database.executeTransactionally("MATCH (n) WHERE (n:Change OR n:Deleted) DETACH DELETE n");
		}
	}

	private void chooseFromSearch(String inputId, String text, String wantedId) {
		WebElement input = this.chromium.driver().findElement(By.id(inputId));
		input.clear();
		input.sendKeys(text);
		String list = input.getDomAttribute("aria-controls");
		List<WebElement> options = this.chromium.await((driver) -> {
			List<WebElement> found = driver.findElements(By.cssSelector("#" + list + " [role=option]"));
			return found.isEmpty() ? null : found;
		});
		List<String> ids = options.stream().map((option) -> option.getDomAttribute("data-id")).toList();
		assertThat(ids).contains(wantedId);
		for (int step = 0; step < ids.indexOf(wantedId); step++) {
			input.sendKeys(Keys.ARROW_DOWN);
		}
		String active = input.getDomAttribute("aria-activedescendant");
		assertThat(this.chromium.driver().findElement(By.id(active)).getDomAttribute("data-id")).isEqualTo(wantedId);
		input.sendKeys(Keys.ENTER);
	}

	private void awaitReady() {
		this.chromium.await((driver) -> "ready".equals(driver.findElement(By.id("graph")).getDomAttribute("data-state")) ? true : null);
	}

	private WebElement details() {
		return this.chromium.driver().findElement(By.id("details"));
	}

	private List<String> quotesShown() {
		// textContent, not getText(): the quotes keep the source's own whitespace (tabs of its tables)
		return details().findElements(By.cssSelector("blockquote.quote"))
			.stream()
			.map((quote) -> quote.getDomProperty("textContent"))
			.toList();
	}

	private List<String> drawnIds() {
		return this.chromium.script("return fintechExplorer.cy.nodes().map((node) => node.id())");
	}

	private List<String> neighbourIds(String id) {
		return this.graphQl
			.post("query Around($id: ID!) { neighborhood(id: $id, depth: 1, limit: 80) { nodes { id } } }", Map.of("id", id))
			.read("$.data.neighborhood.nodes[*].id");
	}

	/** Whether any of Cytoscape's canvases holds a painted pixel. */
	private boolean canvasPainted() {
		return this.chromium.script("""
				return [...document.querySelectorAll('#graph canvas')].some((canvas) => {
					if (!canvas.width || !canvas.height) return false;
					const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
					for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] !== 0) return true;
					return false;
				})""");
	}

	private void clickNode(String id) {
		new Actions(this.chromium.driver()).moveToElement(graphElement(), offset(id, "x"), offset(id, "y")).click().perform();
	}

	private void doubleClickNode(String id) {
		new Actions(this.chromium.driver()).moveToElement(graphElement(), offset(id, "x"), offset(id, "y")).doubleClick().perform();
	}

	private WebElement graphElement() {
		return this.chromium.driver().findElement(By.id("graph"));
	}

	/** Where a node is drawn, as an offset from the centre of the graph element (Selenium's origin). */
	private int offset(String id, String axis) {
		Number position = this.chromium.script("return fintechExplorer.cy.getElementById(arguments[0]).renderedPosition(arguments[1])", id, axis);
		Rectangle box = graphElement().getRect();
		int half = axis.equals("x") ? box.getWidth() / 2 : box.getHeight() / 2;
		return (int) Math.round(position.doubleValue()) - half;
	}

}
