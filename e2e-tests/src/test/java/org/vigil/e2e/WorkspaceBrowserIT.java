package org.vigil.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspaces in a real browser, through the gateway: a contributor signs in on Keycloak's page,
 * pastes a source, selects the quote in its preserved text with the mouse and sends the report, then
 * finds the source again by searching the registered ones, picks it for another report and selects
 * the quote in its preserved text as sources-service gives it back; a moderator signs in, finds
 * the report in the queue, sees the quote marked in the source and approves it; an admin opens the
 * audit chain's state and the publishers; a reader then
 * finds the event on its public page. Each workspace page is photographed (desktop,
 * phone, Persian) under {@code target/screenshots/} and checked with axe-core.
 */
class WorkspaceBrowserIT {

    private static Platform platform;
    private static Browser browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void aBrowser() {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver (./vigil test installs them)");
        platform = Platform.get();
        browser = new Browser();
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReportSelectedWithTheMouseIsApprovedAndReachesThePublicRecord() throws IOException {
        try {
            scenario();
        } catch (AssertionError | RuntimeException failed) {
            // one failed run (minutes of start-up) should tell why: what the browser showed and what the web app logged
            throw new AssertionError(diagnosis(), failed);
        }
    }

    private static void scenario() {
        String marker = "ws" + UUID.randomUUID().toString().substring(0, 8);
        String quote = "Over 12,000 people marched through Hamburg on 21 March";
        String title = "Workspace test march in Hamburg (" + marker + ")";
        List<String> failures = new ArrayList<>();

        // a contributor: the workspace sends them to Keycloak's page, served through the gateway
        browser.resize(Browser.DESKTOP);
        browser.driver.get(platform.gateway() + "/report?lang=en");
        signIn("contributor1");
        wait.until(ExpectedConditions.urlToBe(platform.gateway() + "/report?lang=en"));
        failures.addAll(photograph("report-source", "/report"));

        browser.driver.findElement(By.id("url")).sendKeys("https://news.example.org/hamburg?e2e=" + marker);
        browser.driver.findElement(By.id("title")).sendKeys("Hamburg march (" + marker + ")");
        browser.driver.findElement(By.id("publisher")).sendKeys("Example News");
        browser.driver.findElement(By.id("language")).sendKeys("en");
        browser.driver
                .findElement(By.id("text"))
                .sendKeys("Diaspora groups called for a march in northern Germany. " + quote
                        + ", according to the organisers, and the police confirmed the figure. (" + marker + ")");
        browser.driver
                .findElement(By.cssSelector("form[action='/report/source'] button"))
                .click();

        // the preserved text: the quote is selected by dragging the mouse over it
        WebElement text =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-quote-source]")));
        dragSelect(text, quote);
        assertEquals(quote, browser.driver.findElement(By.id("exact")).getAttribute("value"));
        String sourceId = browser.driver.findElement(By.name("sourceId")).getAttribute("value");
        browser.screenshot("report-claim-desktop-en", Browser.DESKTOP);
        failures.addAll(violations("report-claim-desktop-en"));

        browser.driver.findElement(By.id("eventTitle")).sendKeys(title);
        replace("date", "2026-03-21");
        replace("countryCode", "DE");
        replace("city", "Hamburg");
        replace("attendanceLow", "12000");
        browser.driver
                .findElement(By.cssSelector("form[data-report] button[type=submit]"))
                .click();

        wait.until(ExpectedConditions.or(
                ExpectedConditions.urlContains("/my-reports?sent="),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary"))));
        assertTrue(
                browser.driver.findElements(By.cssSelector(".error-summary")).isEmpty(),
                () -> "the report was refused: "
                        + browser.driver.findElement(By.tagName("form")).getText());
        String url = browser.driver.getCurrentUrl();
        String reportId = url.substring(url.indexOf("sent=") + "sent=".length());
        failures.addAll(photograph("report-claim", "/report?source=" + sourceId));
        failures.addAll(photograph("my-reports", "/my-reports"));

        // the source is registered now: another report can cite it, picked from a search as the words are typed
        browser.driver.get(platform.gateway() + "/report?lang=en");
        browser.driver.findElement(By.id("q")).sendKeys("hamburg " + marker);
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[data-source-matches] a[href='/report?source=" + sourceId + "']")))
                .click();
        wait.until(ExpectedConditions.attributeToBe(By.name("sourceId"), "value", sourceId));
        // a picked source's preserved text is read back, and the quote selected in it as in a pasted one
        dragSelect(browser.driver.findElement(By.cssSelector("[data-quote-source]")), quote);
        assertEquals(quote, browser.driver.findElement(By.id("exact")).getAttribute("value"));
        assertTrue(
                "Diaspora groups called for a march in northern Germany. "
                        .endsWith(browser.driver.findElement(By.name("prefix")).getAttribute("value")),
                "the words before the quote");
        assertTrue(
                browser.driver
                        .findElement(By.name("suffix"))
                        .getAttribute("value")
                        .startsWith(", according to the organisers"),
                "the words after it");
        browser.screenshot("report-picked-desktop-en", Browser.DESKTOP);
        failures.addAll(photograph("report-search", "/report?q=" + marker));
        signOut();

        // a moderator: the claims arrive once their quotes are checked
        Api api = new Api(platform);
        List<Map<String, Object>> queued = await().atMost(Duration.ofSeconds(60))
                .until(() -> claimsOf(api, reportId), WorkspaceBrowserIT::quotesFound);
        List<String> claims =
                queued.stream().map(claim -> (String) claim.get("id")).toList();
        String eventId = (String) queued.get(0).get("eventId");

        browser.driver.get(platform.gateway() + "/moderation?lang=en");
        signIn("moderator2");
        wait.until(ExpectedConditions.urlToBe(platform.gateway() + "/moderation?lang=en"));
        failures.addAll(photograph("queue", "/moderation"));
        for (String claim : claims) {
            browser.resize(Browser.DESKTOP);
            browser.driver.get(platform.gateway() + "/moderation?lang=en");
            wait.until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("a[href='/moderation/claims/" + claim + "']")))
                    .click();
            WebElement marked =
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preserved mark")));
            assertEquals(quote, marked.getText(), "the quote is marked in the preserved text");
            failures.addAll(photograph("claim-" + claims.indexOf(claim), "/moderation/claims/" + claim));
            browser.driver.get(platform.gateway() + "/moderation/claims/" + claim + "?lang=en");
            browser.driver
                    .findElement(By.cssSelector("input[name=decision][value=approve]"))
                    .click();
            browser.driver.findElement(By.id("reason")).sendKeys("the quote is in the source");
            browser.driver
                    .findElement(By.cssSelector("form[action$='/decision'] button"))
                    .click();
            wait.until(ExpectedConditions.urlToBe(platform.gateway() + "/moderation"));
        }
        signOut();

        // an admin: the audit chain's state and the publishers' ratings
        browser.driver.get(platform.gateway() + "/admin?lang=en");
        signIn("admin1");
        wait.until(ExpectedConditions.urlToBe(platform.gateway() + "/admin?lang=en"));
        failures.addAll(photograph("admin", "/admin"));
        signOut();

        // a reader sees the approved event on its public page
        api.awaitEvent(eventId, event -> event.body("figures.attendance.low", equalTo(12000)));
        browser.driver.get(platform.gateway() + "/events/" + eventId + "?lang=en");
        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertEquals(title, browser.driver.findElement(By.tagName("h1")).getText());
        assertTrue(page.contains(quote), page);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The failed page's shot and source under target/screenshots, its console and the web app's last log lines. */
    private static String diagnosis() throws IOException {
        browser.screenshot("failure", Browser.DESKTOP);
        Files.writeString(Path.of("target/screenshots/failure.html"), browser.driver.getPageSource());
        List<String> log = Files.readAllLines(platform.logs.resolve("web.log"));
        return "at " + browser.driver.getCurrentUrl() + " (target/screenshots/failure.png, failure.html)\nconsole: "
                + String.join("\n", browser.console()) + "\nweb.log:\n"
                + String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size()));
    }

    /** Keycloak's own sign-in page, reached through the gateway's {@code /auth}. */
    private static void signIn(String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(
                browser.driver.getCurrentUrl().startsWith(platform.gateway() + "/auth/realms/vigil/"),
                browser.driver.getCurrentUrl());
        browser.screenshot("keycloak-sign-in", Browser.DESKTOP);
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
    }

    /** Through the gateway too: Keycloak ends the session and sends the browser to the home page. */
    private static void signOut() {
        browser.resize(Browser.DESKTOP);
        browser.driver.get(platform.gateway() + "/sign-out");
        wait.until(ExpectedConditions.urlMatches("^" + platform.gateway() + "/(\\?.*)?$"));
    }

    /** Presses the mouse at the quote's first character and releases it after its last. */
    private static void dragSelect(WebElement text, String quote) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", text);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.script("""
                const node = arguments[0].firstChild, start = node.data.indexOf(arguments[1]);
                const range = document.createRange();
                range.setStart(node, start); range.setEnd(node, start + 1);
                const first = range.getBoundingClientRect();
                range.setStart(node, start + arguments[1].length - 1); range.setEnd(node, start + arguments[1].length);
                const last = range.getBoundingClientRect();
                return {x1: first.left + 1, y1: first.top + first.height / 2,
                        x2: last.right - 1, y2: last.top + last.height / 2};
                """, text, quote);
        new Actions(browser.driver)
                .moveToLocation(at.get("x1").intValue(), at.get("y1").intValue())
                .clickAndHold()
                .moveToLocation(at.get("x2").intValue(), at.get("y2").intValue())
                .release()
                .perform();
    }

    private static void replace(String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        if (id.equals("date")) {
            // a date input takes what its locale types; the value is set as the form would send it
            browser.script("arguments[0].value = arguments[1]", field, value);
        } else {
            field.sendKeys(value);
        }
    }

    /** The report's claims in the queue, as moderators see them. */
    private static List<Map<String, Object>> claimsOf(Api api, String reportId) {
        return api.as("moderator2")
                .queryParam("limit", 200)
                .when()
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.reportId == '" + reportId + "' }");
    }

    @SuppressWarnings("unchecked")
    private static boolean quotesFound(List<Map<String, Object>> claims) {
        return claims.size() == 2
                && claims.stream()
                        .flatMap(claim -> ((List<Map<String, Object>>) claim.get("citations")).stream())
                        .allMatch(citation -> "found".equals(citation.get("quoteCheck")));
    }

    /** The page at {@code path} on a desktop and a phone, in English and Persian: photographed and checked. */
    private static List<String> photograph(String name, String path) {
        List<String> failures = new ArrayList<>();
        for (String language : List.of("en", "fa")) {
            for (Browser.Screen screen : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.resize(screen);
                browser.driver.get(platform.gateway() + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                String shot = name + "-" + screen.name() + "-" + language;
                browser.screenshot(shot, screen);
                failures.addAll(violations(shot));
            }
        }
        // back to the page as the scenario goes on with it: on a desktop, in English
        browser.resize(Browser.DESKTOP);
        browser.driver.get(platform.gateway() + path + (path.contains("?") ? "&" : "?") + "lang=en");
        return failures;
    }

    private static List<String> violations(String page) {
        return browser.accessibilityViolations().stream()
                .map(violation -> page + ": " + violation)
                .toList();
    }
}
