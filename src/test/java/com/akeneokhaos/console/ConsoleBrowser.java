package com.akeneokhaos.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: the distribution's headless Chromium driven by its chromedriver
 * ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them), never a browser downloaded by a
 * test tool. Without them the browser tests are skipped on a developer's machine and fail on CI ({@code CI} set),
 * so CI never passes without having run them. Screenshots go to the {@code consoleScreenshots} directory the build
 * gives ({@code target/console-screenshots}).
 */
final class ConsoleBrowser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration WAIT = Duration.ofSeconds(90);

	private final WebDriver driver;

	private final int port;

	private final Path profile;

	private ConsoleBrowser(WebDriver driver, int port, Path profile) {
		this.driver = driver;
		this.port = port;
		this.profile = profile;
	}

	/** A new browser window with an empty profile (no session). */
	static ConsoleBrowser open(int port) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (System.getenv("CI") != null && !installed) {
			throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER + " are needed on CI: .ci/run installs "
					+ "them (apt-get install chromium chromium-driver)");
		}
		Assumptions.assumeTrue(installed, "no " + CHROMIUM + " and " + CHROMEDRIVER
				+ ": install the packages chromium and chromium-driver to run the browser tests");
		Path profile = Files.createTempDirectory("console-browser");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
		// as root in a container, offline: no sandbox, no GPU, and nothing that calls Google's hosts
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1360,1100", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ConsoleBrowser(new ChromeDriver(service, options), port, profile);
	}

	ConsoleBrowser go(String path) {
		driver.get("http://localhost:" + port + path);
		return this;
	}

	ConsoleBrowser logIn(String user, String password) {
		go("/console/login");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(password);
		return click("form button[type=submit]");
	}

	String path() {
		return java.net.URI.create(driver.getCurrentUrl()).getPath();
	}

	String title() {
		return driver.getTitle();
	}

	String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/**
	 * Clicks a link or a form's button and waits until the page it leads to has replaced this one (every click in the
	 * console leads to another page; a click can return before a slow answer, such as starting a job, arrived).
	 */
	ConsoleBrowser click(String css) {
		WebElement clicked = driver.findElement(By.cssSelector(css));
		clicked.click();
		new WebDriverWait(driver, WAIT).until(page -> replaced(clicked));
		return this;
	}

	/**
	 * Whether the element is no longer in the page shown: Chrome says so as a stale element, or, while the next page
	 * is being put in place, as a node that "does not belong to the document".
	 */
	private static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	ConsoleBrowser choose(String selectId, String value) {
		new Select(driver.findElement(By.id(selectId))).selectByValue(value);
		return this;
	}

	/** Reloads the page until the text of {@code css} satisfies the condition (a run ending, say). */
	String reloadUntil(String css, Predicate<String> condition) {
		return new WebDriverWait(driver, WAIT, Duration.ofMillis(300)).until(browser -> {
			browser.navigate().refresh();
			List<WebElement> found = browser.findElements(By.cssSelector(css));
			return (!found.isEmpty() && condition.test(found.get(0).getText())) ? found.get(0).getText() : null;
		});
	}

	/** Saves what the window shows as {@code <name>.png} under the build's screenshot directory. */
	Path screenshot(String name) throws IOException {
		Path directory = Path.of(System.getProperty("consoleScreenshots", "target/console-screenshots"));
		Files.createDirectories(directory);
		byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
		return Files.write(directory.resolve(name + ".png"), png);
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
