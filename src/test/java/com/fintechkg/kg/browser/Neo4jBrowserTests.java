package com.fintechkg.kg.browser;

import com.fintechkg.kg.support.GraphQlHttp;
import com.fintechkg.kg.support.HeadlessChromium;
import com.fintechkg.kg.support.KnowledgeGraphTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j Browser as served by the service, in a real headless Chromium: {@code /browser/guide} connects to the
 * embedded Bolt port with no manual step and opens the FinTech KG guide; a query typed into the editor answers what
 * the database holds; the graph view uses the preset style (colour per kind, Chinese names); a guide block runs.
 */
@KnowledgeGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Neo4jBrowserTests {

	@Autowired
	GraphQlHttp http;

	@Autowired
	Driver driver;

	HeadlessChromium chromium;

	@BeforeAll
	void startBrowser() {
		this.chromium = HeadlessChromium.start(1500, 950);
	}

	@AfterAll
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void shouldConnectOpenTheGuideRunQueriesAndDrawWithTheFinTechStyle() {
		long entities = this.driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS c").execute()
			.records().getFirst().get("c").asLong();

		// 127.0.0.1 is sent on to localhost, the one host Browser trusts for guides before it has connected
		this.chromium.driver().get(this.http.uri("/browser/guide").toString());
		this.chromium.await((page) -> page.findElement(By.cssSelector("[data-testid=guidesDrawer]")).getText()
			.contains("FinTech KG: China's fintech ecosystem") ? true : null);
		assertThat(this.chromium.driver().getCurrentUrl()).startsWith("http://localhost:");
		this.chromium.await((page) -> page.findElement(By.tagName("body")).getText().contains("You have a working connection") ? true : null);

		// a query typed into the editor and run with the Run button
		run("MATCH (n:Entity) RETURN count(n) AS c");
		WebElement countFrame = frameOf("count(n)");
		this.chromium.await((page) -> countFrame.getText().contains(String.valueOf(entities)) ? true : null);

		// the graph view: nodes captioned with their Chinese names, coloured by kind (the preset style)
		run("MATCH (bank:Institution {id: 'icbc'}) RETURN bank");
		this.chromium.await((page) -> nodeDrawn("工商银行") ? true : null);
		assertThat(nodeFill("工商银行")).isEqualTo("rgb(76, 142, 218)");

		// slide 5 of the guide: the ICBC → model → customer-service chain, run from its ▶
		for (int slide = 1; slide < 5; slide++) {
			this.chromium.driver().findElement(By.cssSelector("[data-testid=guideNextSlide]")).click();
		}
		WebElement block = this.chromium.await((page) -> page.findElement(
				By.cssSelector("pre[data-query='04-icbc-model-to-customer-service.cypher']")));
		block.findElement(By.tagName("i")).click();
		this.chromium.await((page) -> nodeDrawn("智能客服") ? true : null);
		assertThat(nodeFill("智能客服")).isEqualTo("rgb(232, 163, 61)");

		this.chromium.screenshot(java.nio.file.Path.of("target/screenshots/neo4j-browser.png"));
	}

	private void run(String cypher) {
		this.chromium.driver().findElement(By.cssSelector("#monaco-main-editor")).click();
		this.chromium.driver().switchTo().activeElement().sendKeys(cypher);
		this.chromium.driver().findElement(By.cssSelector("[data-testid=editor-Run]")).click();
	}

	private WebElement frameOf(String commandPart) {
		return this.chromium.await((page) -> page.findElements(By.cssSelector("[data-testid=frame]"))
			.stream()
			.filter((frame) -> frame.findElement(By.cssSelector("[data-testid=frameCommand]")).getText().contains(commandPart))
			.findFirst()
			.orElse(null));
	}

	private boolean nodeDrawn(String caption) {
		return this.chromium.script("return [...document.querySelectorAll('svg g.node')].some((node) => node.textContent.trim() === arguments[0])",
				caption);
	}

	private String nodeFill(String caption) {
		return this.chromium.script("""
				const node = [...document.querySelectorAll('svg g.node')].find((node) => node.textContent.trim() === arguments[0]);
				return [...node.querySelectorAll('circle')].map((circle) => getComputedStyle(circle).fill)
					.find((fill) => fill !== 'none')""", caption);
	}

}
