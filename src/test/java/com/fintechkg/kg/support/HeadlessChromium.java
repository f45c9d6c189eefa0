package com.fintechkg.kg.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: both paths are given explicitly so Selenium Manager
 * never tries to download a driver or a browser. Tests using it are skipped (not failed) where either is missing.
 * Every page records Content-Security-Policy violations in {@code window.__cspViolations}.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts a browser with a fresh profile; skips the calling test when Chromium or chromedriver is absent. */
	public static HeadlessChromium start(int width, int height) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"needs Debian's chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER);
		try {
			Path profile = Files.createTempDirectory("fintechkg-chromium");
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withLogOutput(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			// without the background-networking flags Chromium keeps calling home, and there is no network here
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--lang=en-GB", "--user-data-dir=" + profile,
					"--window-size=" + width + "," + height);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriver driver = new ChromeDriver(service, options);
			// hang guards: a page or a script that never finishes fails the test instead of stalling it
			driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(1)).scriptTimeout(Duration.ofSeconds(30));
			driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
					window.__cspViolations = [];
					document.addEventListener('securitypolicyviolation',
						(event) => window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
					"""));
			return new HeadlessChromium(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Waits (up to 30 s, polling) until {@code condition} answers something other than null or false. */
	public <T> T await(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(condition);
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... args) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/** The Content-Security-Policy violations the current page reported. */
	public List<Object> cspViolations() {
		List<Object> violations = script("return window.__cspViolations || []");
		return violations;
	}

	/** Console errors, failed loads and uncaught exceptions since the last call. */
	public List<String> severeLogs() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::toString)
			.toList();
	}

	public void screenshot(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, this.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover temp profile is harmless
		}
	}

}
