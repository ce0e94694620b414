package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing as an analyst sends it: printed to PDF by a real headless Chromium. */
@Tag("slow")
class BriefPdfIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void briefing_printsToAPdf_inHeadlessChromium() throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "Chromium is not installed at " + CHROMIUM + "; skipping the PDF check"
                        + " (Debian: apt-get install chromium)");
        Path db = Fixtures.store(dir.resolve("test.duckdb"), Fixtures.caucasus(), Fixtures.tehran());
        Path html = dir.resolve("brief.html");
        Models.Run run = Models.offline(db, "brief", "--out", html.toString());
        assertThat(run.code()).as(run.err()).isZero();

        Path pdf = dir.resolve("brief.pdf");
        Process chromium = new ProcessBuilder(List.of(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--no-pdf-header-footer",
                        "--print-to-pdf=" + pdf,
                        html.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS))
                .as("Chromium finished")
                .isTrue();

        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(10_000);
    }
}
