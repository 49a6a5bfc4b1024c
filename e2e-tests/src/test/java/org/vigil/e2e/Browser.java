package org.vigil.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver. Both paths are named: Selenium
 * Manager would try to download a browser and a driver, which cannot work here.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("vigil.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("vigil.chromedriver", "/usr/bin/chromedriver"));

    /** A reader's screen: a desktop, a phone. */
    record Screen(String name, int width, int height) {}

    static final Screen DESKTOP = new Screen("desktop", 1280, 900);
    static final Screen PHONE = new Screen("phone", 360, 740);

    final ChromeDriver driver;
    private final Path screenshots;

    Browser() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        screenshots = Path.of(System.getProperty("vigil.e2e.screenshots", "target/screenshots"));
    }

    void resize(Screen screen) {
        driver.manage().window().setSize(new Dimension(screen.width(), screen.height()));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The whole page, not just the window: the window grows to the page's height for the shot. */
    Path screenshot(String name, Screen screen) {
        try {
            Files.createDirectories(screenshots);
            long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(screen.width(), (int)
                    Math.min(Math.max(height, screen.height()), 6000)));
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            resize(screen);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the browser's console said since the last call (CSP violations show up here). */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every resource the page loaded, by URL. */
    @SuppressWarnings("unchecked")
    List<String> resources() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat([document.location.href])");
    }

    /**
     * axe-core's serious and critical violations on the current page, from the file the web build
     * unpacked from npm (never served by the app).
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> accessibilityViolations() {
        try {
            String axe = Files.readString(
                    Path.of(System.getProperty("vigil.axe.script", "../web/target/test-assets/axe.min.js")));
            script(axe);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing: build the web module first", e);
        }
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
                  .catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}]));
                """);
        return (List<Map<String, Object>>) result;
    }

    @Override
    public void close() {
        driver.quit();
    }

    static boolean available() {
        return new File(CHROMIUM.toString()).canExecute() && new File(CHROMEDRIVER.toString()).canExecute();
    }
}
