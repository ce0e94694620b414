package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.core.Actor;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.entente.nlp.ActorKnowledgeBase;
import org.junit.jupiter.api.Test;

/** The gold annotation of the demo corpus stays well formed and anchored in the demo texts. */
class DemoGoldTest {

    private static List<String[]> rows() throws IOException {
        try (InputStream in = DemoGoldTest.class.getResourceAsStream("/demo/gold.tsv")) {
            assertThat(in).as("demo/gold.tsv in the jar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("(\\w)-\\s*\\n\\s*(\\w)", "$1$2")
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void goldStandard_parsesEveryRow() throws IOException {
        try (InputStream in = DemoGoldTest.class.getResourceAsStream("/demo/gold.tsv")) {
            GoldStandard gold =
                    GoldStandard.parse("demo/gold.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(gold.rows()).hasSize(rows().size());
            assertThat(gold.documents()).hasSize(4);
        }
    }

    @Test
    void everyRow_namesKnownActors_aKnownKind_andASignThatAgreesWithIt() throws IOException {
        Set<String> known =
                ActorKnowledgeBase.builtIn().actors().stream().map(Actor::id).collect(Collectors.toSet());
        List<String[]> rows = rows();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        for (String[] row : rows) {
            String where = String.join(" | ", row);
            assertThat(row).as(where).hasSizeGreaterThanOrEqualTo(9);
            assertThat(Arrays.asList(row[2].split(","))).as(where).allMatch(known::contains);
            assertThat(Arrays.asList(row[3].split(","))).as(where).allMatch(t -> t.equals("*") || known.contains(t));
            RelationKind kind = RelationKind.ofLabel(row[5]);
            assertThat(row[4].equals("+") ? Sign.POSITIVE : Sign.NEGATIVE)
                    .as(where)
                    .isEqualTo(kind.defaultSign());
            assertThat(row[6]).as(where).isIn("y", "n");
            assertThat(row[7]).as(where).isIn("asserted", "reported", "alleged", "hypothetical", "negated");
            assertThat(row[8]).as(where).matches("-|\\d{4}(-\\d{2}(-\\d{2})?)?");
        }
    }

    @Test
    void everyPhrase_occursInItsDemoDocument() throws IOException {
        for (String[] row : rows()) {
            String text = normalised(new String(Input.resource("demo/" + row[0]).bytes(), StandardCharsets.UTF_8));
            assertThat(text).as("%s in %s", row[1], row[0]).contains(normalised(row[1]));
        }
    }
}
