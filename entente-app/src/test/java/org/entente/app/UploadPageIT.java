package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;

/** Uploading through the page's file input, in headless Chromium, with the real models behind it. */
@Tag("model")
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadPageIT {
    private Store store;
    private Workbench workbench;
    private ChromeDriver browser;
    private final StringWriter log = new StringWriter();

    @BeforeAll
    void start(@TempDir Path dir) {
        Chromium.assumeInstalled();
        store = Store.open(dir.resolve("page.duckdb"));
        store.ingest(Fixtures.caucasus(), false);
        Ingestion ingestion = new Ingestion(new LazyExtractor(Models::extractor), store, 1);
        workbench = Workbench.start(store, ingestion::upload, "127.0.0.1", 0, new PrintWriter(log, true));
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

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void upload_throughTheFileInput_listsTheDocument_andRedrawsTheNetworkWithItsTie(@TempDir Path files)
            throws Exception {
        Path brief = Files.writeString(files.resolve("gulf-page.txt"), UploadIT.BRIEF);
        browser.get(workbench.uri().toString());
        Chromium.waitFor(
                browser,
                "window.entente && window.entente.renders > 0 && document.querySelectorAll('#documents button').length === 1",
                UploadIT.PATIENCE);
        long renders = ((Number) js("return window.entente.renders;")).longValue();

        browser.findElement(By.id("upload-open")).click();
        browser.findElement(By.id("upload-file")).sendKeys(brief.toString());
        Chromium.waitFor(
                browser,
                "Array.from(document.querySelectorAll('#documents button')).some(b => b.textContent.includes('gulf-page.txt'))",
                UploadIT.PATIENCE);

        assertThat(browser.findElement(By.id("upload-status")).getText()).contains("gulf-page.txt stored");
        assertThat(((Number) js("return window.entente.renders;")).longValue()).isGreaterThan(renders);
        assertThat(js("return window.entente.cy.nodes().map(n => n.id()).includes('QAT');"))
                .isEqualTo(true);
        assertThat(js("return document.getElementById('upload-progress').value;"))
                .isEqualTo(1L);
        assertThat(log.toString()).isEmpty();
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target/upload.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
