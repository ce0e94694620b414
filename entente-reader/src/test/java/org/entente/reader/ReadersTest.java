package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.entente.core.Document;
import org.entente.core.InputException;
import org.junit.jupiter.api.Test;

class ReadersTest {
    @Test
    void forFile_textAndPdfExtensions_areSupportedWhateverTheirCase() {
        assertThat(Readers.isSupported("notes.txt")).isTrue();
        assertThat(Readers.isSupported("NOTES.TXT")).isTrue();
        assertThat(Readers.isSupported("a/b/notes.text")).isTrue();
        assertThat(Readers.isSupported("readme.md")).isTrue();
        assertThat(Readers.isSupported("paper.pdf")).isTrue();
        assertThat(Readers.isSupported("PAPER.PDF")).isTrue();
        assertThat(Readers.isSupported("txt")).isFalse();
    }

    @Test
    void forFile_unsupportedType_throwsNamingTheFile() {
        assertThatThrownBy(() -> Readers.forFile("scan.tiff"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("scan.tiff")
                .hasMessageContaining("unsupported");
    }

    @Test
    void read_documentId_isSha256OfTheBytes_andSourceIsKept() {
        byte[] bytes = "A short note\n\nThe talks ended on time.\n".getBytes(StandardCharsets.UTF_8);
        Document document = Readers.forFile("note.txt").read("dir/note.txt", bytes);
        assertThat(document.id()).hasSize(64).isEqualTo(HexFormat.of().formatHex(sha(bytes)));
        assertThat(document.source()).isEqualTo("dir/note.txt");
        assertThat(document.metadata().title()).contains("A short note");
        assertThat(Fixtures.mainText(document)).isEqualTo("The talks ended on time.\n");
    }

    private static byte[] sha(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void read_sameBytes_giveTheSameId_otherBytesAnother() {
        var reader = Readers.forFile("a.txt");
        byte[] one = "Title\n\nOne sentence here.\n".getBytes(StandardCharsets.UTF_8);
        byte[] two = "Title\n\nAnother sentence here.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("a.txt", one).id())
                .isEqualTo(reader.read("b.txt", one.clone()).id());
        assertThat(reader.read("a.txt", one).id())
                .isNotEqualTo(reader.read("a.txt", two).id());
    }

    @Test
    void read_oneDocumentAfterAnother_givesWhatReadingItAloneGives() {
        var shared = Readers.forFile("a.txt");
        String[] names = {"footnotes.txt", "markers.txt", "header.txt", "pullquote.txt", "dropcap.txt"};
        for (String before : names) {
            shared.read(before, Fixtures.bytes(before));
            for (String name : names) {
                Document alone = Readers.forFile(name).read(name, Fixtures.bytes(name));
                assertThat(shared.read(name, Fixtures.bytes(name)))
                        .as("%s read after %s", name, before)
                        .isEqualTo(alone);
            }
        }
    }
}
