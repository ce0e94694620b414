package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing over a real store: what it says, that its sources are numbered, and that it runs nothing. */
class BriefTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fillStore() {
        db = Fixtures.store(dir.resolve("test.duckdb"), Fixtures.caucasus(), Fixtures.tehran(), Hostile.extraction());
    }

    private Models.Run brief(String... args) {
        List<String> all = new ArrayList<>(List.of("brief"));
        all.addAll(List.of(args));
        return Models.offline(db, all.toArray(String[]::new));
    }

    @Test
    void html_drawsTheNetwork_namesTheQuandary_andNumbersItsSources() throws Exception {
        Path file = dir.resolve("brief.html");
        Models.Run run = brief("--out", file.toString());
        assertThat(run.code()).as(run.err()).isZero();

        org.jsoup.nodes.Document page = Jsoup.parse(file.toFile());
        Element picture = page.selectFirst("svg.network");
        assertThat(picture).isNotNull();
        assertThat(picture.select("circle")).hasSize(6);
        assertThat(picture.select("line.hostile")).hasSize(3);
        assertThat(page.select("h2").eachText()).contains("Quandaries", "Factions", "Key ties", "Sources");
        assertThat(page.text())
                .contains("Iran (IRN) is tied to both Armenia (ARM) and Azerbaijan (AZE), which are hostile.");
        assertThat(page.select("ol.notes li").eachText())
                .contains("Anadolu Agency (Ankara), 2020-10-06", "A Test Brief");
        for (Element link : page.select("sup a")) {
            assertThat(page.getElementById(link.attr("href").substring(1)))
                    .as(link.attr("href"))
                    .isNotNull();
        }
    }

    @Test
    void html_showsMarkupFromDocumentsAsText_andRunsNothing() throws Exception {
        Path file = dir.resolve("brief.html");
        brief("--out", file.toString());

        org.jsoup.nodes.Document page = Jsoup.parse(file.toFile());
        assertThat(page.select("script, img, b, [onerror], [onmouseover]")).isEmpty();
        assertThat(page.text()).contains(Hostile.SENTENCE).contains(Hostile.NAME);
    }

    @Test
    void markdown_hasTheSameSections_withMarkupEscaped() throws Exception {
        Path file = dir.resolve("brief.md");
        Models.Run run = brief("--out", file.toString());
        Path iran = dir.resolve("iran.md");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(brief("--actor", "irn", "--out", iran.toString()).code()).isZero();

        String text = Files.readString(file);
        assertThat(Files.readString(iran)).startsWith("# Where Iran (IRN) stands");
        assertThat(text)
                .startsWith("# Who stands with whom")
                .contains("## Quandaries")
                .contains("## Sources");
        assertThat(text).contains("\\<script\\>").doesNotContain("<script>");
    }

    @Test
    void outWithoutAKnownExtension_isAUsageError() {
        Models.Run run = brief("--out", dir.resolve("brief.pdf").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--out must end in .html or .md");
    }
}
