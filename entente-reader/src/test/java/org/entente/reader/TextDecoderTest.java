package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.entente.core.Document;
import org.entente.core.DocumentReader;
import org.entente.core.InputException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final DocumentReader reader = Readers.forFile("x.txt");

    @Test
    void emptyFile_isRefusedNamingIt() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(InputException.class)
                .hasMessage("empty.txt: empty file");
    }

    @Test
    void nulBytes_areBinaryContent() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'a', 'b'};
        assertThatThrownBy(() -> reader.read("archive.txt", bytes))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("archive.txt: binary content, not text");
    }

    @Test
    void manyControlCharacters_areBinaryContent() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 7 : 'x');
        }
        assertThatThrownBy(() -> reader.read("bell.txt", bytes))
                .isInstanceOf(InputException.class)
                .hasMessage("bell.txt: binary content, not text");
    }

    @Test
    void contentOverTheLimit_isRefusedAsTooLarge() {
        byte[] bytes = new byte[2 << 20];
        java.util.Arrays.fill(bytes, (byte) 'a');
        assertThatThrownBy(() -> new TextDecoder(1 << 20).decode("big.txt", bytes))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("big.txt: too large");
    }

    @Test
    void utf8ByteOrderMark_isDropped() {
        byte[] text = "Title\n\nCaf\u00e9 talks went well.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Document document = reader.read("bom.txt", bytes);
        assertThat(document.metadata().title()).contains("Title");
        assertThat(Fixtures.mainText(document)).isEqualTo("Caf\u00e9 talks went well.\n");
    }

    @Test
    void utf16WithByteOrderMark_isDecodedInBothByteOrders() {
        String text = "\uFEFFTitle\n\nThe envoy met \u00d6zdemir in Ankara.\n";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            Document document = reader.read("wide.txt", text.getBytes(charset));
            assertThat(Fixtures.mainText(document)).isEqualTo("The envoy met \u00d6zdemir in Ankara.\n");
        }
    }

    @Test
    void windows1252Text_isReadAsSuch() {
        byte[] bytes = "Title\n\nThe \u201Cfrozen\u201D talks resumed in Gen\u00e8ve.\n"
                .getBytes(Charset.forName("windows-1252"));
        Document document = reader.read("legacy.txt", bytes);
        assertThat(Fixtures.mainText(document)).isEqualTo("The \u201Cfrozen\u201D talks resumed in Gen\u00e8ve.\n");
    }

    @Test
    void neitherUtf8NorWindows1252_isRefusedNamingTheLine() {
        byte[] bytes = {'o', 'k', '\n', 'f', 'i', 'n', 'e', '\n', (byte) 0x81, (byte) 0xC3, '\n'};
        assertThatThrownBy(() -> reader.read("mixed.txt", bytes))
                .isInstanceOf(InputException.class)
                .hasMessage("mixed.txt: line 3: invalid UTF-8 (and not windows-1252 either)");
    }

    @Test
    void textWithoutLetters_isNothingReadable() {
        assertThatThrownBy(() -> reader.read("numbers.txt", "12 34\n\n56 ---\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("numbers.txt: nothing readable");
    }

    @Test
    void textWithoutLineBreaks_isOneParagraph() {
        String sentence = "The delegations talked late into the night and agreed on little. ";
        Document document = reader.read("flat.txt", sentence.repeat(2000).getBytes(StandardCharsets.UTF_8));
        assertThat(document.blocks()).hasSize(1);
        assertThat(document.blocks().get(0).text())
                .startsWith("The delegations talked")
                .hasSize(sentence.length() * 2000 - 1);
    }
}
