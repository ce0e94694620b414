package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Assertion;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.Evidence;
import org.entente.core.Extraction;
import org.entente.core.Metadata;
import org.entente.core.Modality;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.core.Sentence;
import org.entente.core.Speaker;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.entente.store.Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing over a real store: what it says, that its sources are numbered, and that it runs nothing. */
class BriefTest {
    static final String HOSTILE = "Tehran <script>alert(1)</script> thanked <img src=x onerror=alert(2)> Yerevan.";

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fillStore() {
        db = dir.resolve("test.duckdb");
        try (Store store = Store.open(db)) {
            store.ingest(Fixtures.caucasus(), false);
            store.ingest(Fixtures.tehran(), false);
            store.ingest(hostile(), false);
        }
    }

    /** A document whose sentence carries markup, as a scraped page might. */
    static Extraction hostile() {
        String id = Fixtures.sha256(HOSTILE);
        Document document = new Document(
                id,
                "fixtures/hostile.html",
                new Metadata(Optional.of("<b>Bold</b> title"), List.of(), Optional.empty(), Optional.empty()),
                List.of(Block.of(0, BlockKind.BODY, HOSTILE)),
                List.of());
        Sentence sentence = new Sentence(0, 0, 0, HOSTILE.length(), HOSTILE, List.of());
        Assertion thanks = new Assertion(
                Assertion.idOf(id, 0, List.of("IRN"), List.of("ARM"), RelationKind.APPEAL),
                List.of("IRN"),
                List.of("ARM"),
                RelationKind.APPEAL,
                RelationKind.APPEAL.defaultSign(),
                RelationKind.APPEAL.defaultIntensity(),
                TimeSpan.of(PartialDate.month(2020, 11), TimeBasis.TEXT),
                Modality.ASSERTED,
                Speaker.author(),
                0.9,
                new Evidence(id, 0, 0, 0, HOSTILE.length(), HOSTILE, List.of(), List.of()));
        List<Actor> actors = List.of(
                new Actor("IRN", "Iran", ActorType.STATE, List.of(), List.of()),
                new Actor("ARM", "Armenia", ActorType.STATE, List.of(), List.of()));
        return new Extraction(document, List.of(sentence), actors, List.of(thanks));
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
        assertThat(picture.select("circle")).hasSize(5);
        assertThat(picture.select("line.hostile")).hasSize(2);
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
        brief("--actor", "IRN", "--out", file.toString());

        org.jsoup.nodes.Document page = Jsoup.parse(file.toFile());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.text()).contains(HOSTILE).contains("<b>Bold</b> title");
    }

    @Test
    void markdown_hasTheSameSections_withMarkupEscaped() throws Exception {
        Path file = dir.resolve("brief.md");
        Models.Run run = brief("--actor", "irn", "--out", file.toString());
        assertThat(run.code()).as(run.err()).isZero();

        String text = Files.readString(file);
        assertThat(text)
                .startsWith("# Where Iran (IRN) stands")
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
