package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTableTest {
    private static int addWord(WordTable table, String word) {
        return table.addSegment(word.toCharArray(), 0, word.length());
    }

    @Test
    void ids_areDenseInOrderOfFirstSight_andIgnoreCase() {
        WordTable table = new WordTable(0);
        assertThat(addWord(table, "Tehran")).isEqualTo(0);
        assertThat(addWord(table, "Baku")).isEqualTo(1);
        assertThat(addWord(table, "TEHRAN")).isEqualTo(0);
        assertThat(table.find("baku")).isEqualTo(1);
        assertThat(table.find("yerevan")).isEqualTo(-1);
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void segment_endsAtTheFirstHyphen() {
        WordTable table = new WordTable(0);
        char[] text = "Russian-Turkish-brokered".toCharArray();
        int first = table.addSegment(text, 0, text.length);
        assertThat(table.segmentEnd()).isEqualTo(7);
        int second = table.addSegment(text, 8, text.length);
        assertThat(table.segmentEnd()).isEqualTo(15);
        assertThat(table.find("russian")).isEqualTo(first);
        assertThat(table.find("turkish")).isEqualTo(second);
        assertThat(table.addSegment(text, 7, text.length))
                .as("an empty segment")
                .isEqualTo(-1);
    }

    @Test
    void wordsThatDoNotPack_areToldByTheirLowerCasedString() {
        WordTable table = new WordTable(0);
        int twelve = addWord(table, "Intervention");
        int thirteen = addWord(table, "International");
        int accented = addWord(table, "ERDOĞAN");
        int withDigits = addWord(table, "COVID19");
        assertThat(new int[] {twelve, thirteen, accented, withDigits}).containsExactly(0, 1, 2, 3);
        assertThat(table.find("intervention")).isEqualTo(twelve);
        assertThat(table.find("international")).isEqualTo(thirteen);
        assertThat(addWord(table, "Erdoğan")).isEqualTo(accented);
        assertThat(table.find("erdoğan")).isEqualTo(accented);
        assertThat(table.find("covid19")).isEqualTo(withDigits);
    }

    @Test
    void wordThatLowerCasesToAscii_meetsItsAsciiSpelling() {
        WordTable table = new WordTable(0);
        int king = addWord(table, "king");
        // The Kelvin sign lower-cases to an ASCII 'k': the same word by its lower-cased string.
        assertThat(addWord(table, "\u212Aing")).isEqualTo(king);
        assertThat(table.add("king")).isEqualTo(king);
        assertThat(table.size()).isEqualTo(1);
    }
}
