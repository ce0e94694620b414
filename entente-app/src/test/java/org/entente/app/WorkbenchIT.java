package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.app.web.Workbench;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The workbench in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): the graph renders, the window moves, a tie's evidence opens, a rejection takes the tie
 * away and undo brings it back, a document opens rebuilt with its sentences marked and its
 * footnote linked, and a hostile document stays text wherever it shows. Saves a screenshot of the main
 * view to target/workbench.png, or to the path in -Dentente.screenshot.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchIT {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Store store;
    private Workbench workbench;
    private ChromeDriver browser;
    private final StringWriter log = new StringWriter();

    @BeforeAll
    void start(@TempDir Path dir) {
        Chromium.assumeInstalled();
        store = Store.open(dir.resolve("browser.duckdb"));
        store.ingest(Fixtures.caucasus(), false);
        store.ingest(Fixtures.tehran(), false);
        store.ingest(Hostile.extraction(), false);
        workbench = Workbench.start(store, "127.0.0.1", 0, new PrintWriter(log, true));
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (workbench != null) {
            workbench.close();
            store.close();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void waitFor(String condition) throws InterruptedException {
        Chromium.waitFor(browser, condition, PATIENCE);
    }

    private long renders() {
        return ((Number) js("return window.entente.renders;")).longValue();
    }

    private void setWindow(String from, String to) throws InterruptedException {
        long before = renders();
        js(
                "const f = document.getElementById('from'), t = document.getElementById('to');"
                        + " f.value = arguments[0]; t.value = arguments[1];"
                        + " t.dispatchEvent(new Event('change'));",
                from,
                to);
        waitFor("window.entente.renders > " + before);
    }

    @Test
    void workbench_rendersFiltersShowsEvidenceReviewsAndKeepsHostileTextInert() throws Exception {
        browser.get(workbench.uri().toString());
        waitFor("window.entente && window.entente.renders > 0");
        assertThat(((Number) js("return window.entente.cy.nodes().length;")).intValue())
                .isEqualTo(6);
        // Quandaries arrive after the graph is drawn.
        waitFor("document.getElementById('quandaries').textContent.includes('Iran between')");
        // The server's warm-up asks for what the page asks for first, under the same keys.
        waitFor("document.querySelectorAll('#documents button').length > 0");
        List<Object> requested = new ArrayList<>((List<?>) js("return performance.getEntriesByType('resource')"
                + ".map(e => e.name.substring(location.origin.length + 1));"));
        assertThat(requested).containsAll(Workbench.FIRST_LOAD);

        setWindow("2020-10", "2020-10");
        assertThat(js("return window.entente.cy.getElementById('GRC').length;")).isEqualTo(0L);
        assertThat(js("return window.entente.cy.getElementById('tie:AZE:TUR').length;"))
                .isEqualTo(1L);

        js("window.entente.cy.getElementById('tie:AZE:TUR').emit('tap');");
        waitFor("document.querySelectorAll('#evidence .card').length === 1");
        WebElement card = browser.findElement(By.cssSelector("#evidence .card"));
        assertThat(card.getText()).contains(Fixtures.FIRST, "Anadolu Agency", "Ankara", "asserted");

        long before = renders();
        card.findElement(By.cssSelector("button.reject")).click();
        waitFor("window.entente.cy.getElementById('tie:AZE:TUR').empty()"
                + " && document.querySelector('#evidence .card.rejected')");
        assertThat(js("return document.querySelector('#evidence .card').textContent;"))
                .asString()
                .contains("rejected");
        before = renders();
        browser.findElement(By.id("undo")).click();
        waitFor("window.entente.renders > " + before
                + " && window.entente.cy.getElementById('tie:AZE:TUR').nonempty()");
        screenshot();

        setWindow("2020-08", "2020-08");
        js("window.entente.cy.getElementById('tie:GRC:TUR').emit('tap');");
        waitFor("document.querySelectorAll('#evidence .card').length === 1"
                + " && document.querySelector('#evidence .sentence').textContent.startsWith('Greece protested')");
        assertThat(js("return document.querySelector('#evidence .sentence').textContent;"))
                .isEqualTo(Hostile.SENTENCE);
        assertThat(js("return document.querySelectorAll('#evidence img, #evidence script, #evidence b').length;"))
                .isEqualTo(0L);
        assertThat(js("return typeof window.ententePwned;")).isEqualTo("undefined");
        assertThat(alertShown()).isFalse();
        assertThat(log.toString()).isEmpty();
    }

    private void openDocument(String listed) throws InterruptedException {
        waitFor("Array.from(document.querySelectorAll('#documents button'))" + ".some(b => b.textContent.includes("
                + quoted(listed) + "))");
        js(
                "Array.from(document.querySelectorAll('#documents button'))"
                        + ".find(b => b.textContent.includes(arguments[0])).click();",
                listed);
        waitFor("!document.getElementById('reader').hidden"
                + " && document.querySelector('#reader .reader-head').textContent.includes(" + quoted(listed) + ")");
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void documentView_rebuildsTheBrief_marksItsSentences_andLinksItsFootnote() throws Exception {
        browser.get(workbench.uri().toString());
        waitFor("window.entente && window.entente.renders > 0");

        openDocument("A Test Brief");
        WebElement reader = browser.findElement(By.id("reader"));
        assertThat(reader.findElement(By.cssSelector(".reader-meta")).getText()).contains("A. Writer");
        assertThat(js("return document.querySelectorAll('#reader .block').length;"))
                .isEqualTo(2L);
        WebElement first = reader.findElement(By.cssSelector(".sent.marked[data-sentence='0']"));
        assertThat(first.getText()).contains(Fixtures.FIRST);
        assertThat(first.getAttribute("title")).contains("Turkey", "Azerbaijan", "2020-10-01", "asserted");
        first.click();
        waitFor("!document.getElementById('reader-claims').hidden");
        assertThat(browser.findElement(By.id("reader-claims")).getText())
                .contains("1 assertion", "Turkey", "Azerbaijan", "speaker: author");
        WebElement marker = reader.findElement(By.cssSelector("a.fn-marker"));
        assertThat(marker.getAttribute("href")).endsWith("#fn-1");
        assertThat(reader.findElement(By.id("fn-1")).getText()).contains("Anadolu Agency", "Ankara");
        assertThat(js("return document.querySelectorAll('#reader .sent.marked').length;"))
                .isEqualTo(3L);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target/document-view.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void documentView_ofTheHostileDocument_showsItsMarkupAsText() throws Exception {
        browser.get(workbench.uri().toString());
        waitFor("window.entente && window.entente.renders > 0");

        openDocument("fixtures/hostile.html");

        assertThat(js("return document.querySelector('#reader .block').textContent;"))
                .isEqualTo(Hostile.SENTENCE);
        assertThat(js("return document.querySelector('#reader .sent.marked').title;"))
                .asString()
                .contains(Hostile.NAME);
        assertThat(js("return document.querySelectorAll('#reader img, #reader script, #reader b').length;"))
                .isEqualTo(0L);
        assertThat(js("return typeof window.ententePwned;")).isEqualTo("undefined");
        assertThat(alertShown()).isFalse();
    }

    @Test
    void actorPage_drawsTheStanceChart_andReviewsCorrectMergeAndUndoFromThePanel() throws Exception {
        browser.get(workbench.uri().toString());
        waitFor("window.entente && window.entente.renders > 0 && document.getElementById('cy').dataset.ready");
        int nodes = ((Number) js("return window.entente.cy.nodes().length;")).intValue();

        js("window.entente.cy.getElementById('IRN').emit('tap');");
        waitFor("document.querySelector('#stance-chart svg .point')");
        assertThat(browser.findElement(By.id("actor-name")).getText()).isEqualTo("Iran");
        assertThat(browser.findElement(By.id("actor-page")).getText()).contains("Tehran (metonym)", "IRN · state");
        assertThat(((Number) js("return document.querySelectorAll('#stance-chart .point').length;")).intValue())
                .isPositive();
        assertThat(js("return document.querySelector('#stance-chart svg .zero') !== null;"))
                .isEqualTo(true);
        new Actions(browser)
                .moveToElement(browser.findElement(By.cssSelector("#stance-chart .point")))
                .perform();
        waitFor("!document.getElementById('chart-tip').hidden" + " && document.querySelector('#chart-tip .moved')");
        assertThat(browser.findElement(By.id("chart-tip")).getText()).contains("Moved most by: ");
        save(Path.of("target/actor-page.png"));

        browser.findElement(By.cssSelector("#stance-chart .point")).click();
        waitFor("document.querySelectorAll('#evidence .card').length > 0"
                + " && document.getElementById('evidence-hint').textContent.includes('in 2020')");
        WebElement card = browser.findElement(By.cssSelector("#evidence .card"));
        String assertion = card.getAttribute("data-assertion");
        card.findElement(By.cssSelector("button.correct")).click();
        waitFor("document.querySelector('#evidence .correct-form select[name=kind] option')");
        js("document.querySelector('#evidence .correct-form select[name=kind]').value = 'consult';");
        card.findElement(By.cssSelector(".correct-form button.save")).click();
        String corrected = "document.querySelector('#evidence .card[data-assertion=\"" + assertion + "\"]')";
        waitFor(corrected + " && " + corrected + ".querySelector('.meta').textContent.includes('consult')" + " && "
                + corrected + ".querySelector('.badge.corrected')");

        browser.findElement(By.id("search")).sendKeys("guards-daily");
        browser.findElement(By.cssSelector("button.open-actor")).click();
        waitFor("document.getElementById('actor-name').textContent === 'Guards Daily'");
        browser.findElement(By.id("merge-into")).sendKeys("IRN");
        browser.findElement(By.cssSelector("#actor-page button.merge")).click();
        waitFor("window.entente.cy.nodes().length === " + (nodes - 1)
                + " && document.getElementById('actor-name').textContent === 'Iran'");
        assertThat(js("return window.entente.cy.getElementById('guards-daily').length;"))
                .isEqualTo(0L);

        // The panel is drawn again after every review, so its items are found and clicked in one script.
        String merge = "document.querySelector('#reviews li.review')";
        waitFor(merge + " && " + merge + ".textContent.includes('guards-daily into IRN')");
        String mergeId = (String) js("return " + merge + ".dataset.review;");
        String merged = "document.querySelector('#reviews li[data-review=\"" + mergeId + "\"]')";
        js(merged + ".querySelector('.undo-review').click();");
        waitFor("window.entente.cy.nodes().length === " + nodes
                + " && window.entente.cy.getElementById('guards-daily').nonempty()"
                + " && " + merged + " && " + merged + ".classList.contains('undone')");
        String standingCorrection = "Array.from(document.querySelectorAll('#reviews li.review:not(.undone)'))"
                + ".find(li => li.querySelector('strong').textContent === 'correct')";
        js(standingCorrection + ".querySelector('.undo-review').click();");
        waitFor("!" + standingCorrection);
        assertThat(log.toString()).isEmpty();
    }

    private boolean alertShown() {
        try {
            browser.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private void screenshot() throws Exception {
        js("window.entente.cy.fit(undefined, 60);");
        save(Path.of(System.getProperty("entente.screenshot", "target/workbench.png")));
    }

    private void save(Path target) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
