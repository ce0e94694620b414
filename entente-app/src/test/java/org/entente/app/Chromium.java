package org.entente.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven through Selenium, for the tests that use the workbench's page. */
final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Skips the calling test, with a message, where the browser or its driver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(
                Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "skipped: the browser test needs /usr/bin/chromium and /usr/bin/chromedriver"
                        + " (apt-get install chromium chromium-driver)");
    }

    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--window-size=1440,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Waits until the JavaScript {@code condition} holds in the page, or fails saying what the page shows. */
    static void waitFor(ChromeDriver browser, String condition, Duration patience) throws InterruptedException {
        JavascriptExecutor js = browser;
        Instant deadline = Instant.now().plus(patience);
        while (!Boolean.TRUE.equals(js.executeScript("return !!(" + condition + ");"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + patience.toSeconds() + " s for: " + condition + "; page says: "
                        + js.executeScript("return document.getElementById('status').textContent + ' | '"
                                + " + (document.getElementById('upload-status') || {}).textContent;"));
            }
            Thread.sleep(100);
        }
    }
}
