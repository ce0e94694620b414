package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableTest {

    private static String print(Table table) {
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void columns_areAlignedToTheWidestCell() {
        String text =
                print(new Table("ID", "NAME").row("IRN", "Iran").row("nato", "North Atlantic Treaty Organization"));
        assertThat(text.lines())
                .containsExactly("ID    NAME", "IRN   Iran", "nato  North Atlantic Treaty Organization");
    }

    @Test
    void longCells_areCutWithAnEllipsis() {
        String text = print(new Table("TEXT:10").row("Azerbaijan and Armenia fought"));
        assertThat(text.lines()).containsExactly("TEXT", "Azerbaija…");
    }

    @Test
    void controlCharactersFromDocuments_cannotMoveTheCursor() {
        assertThat(Table.fit("a\u001b[2Jb\r\nc\td", 100)).isEqualTo("a [2Jb c d");
    }
}
