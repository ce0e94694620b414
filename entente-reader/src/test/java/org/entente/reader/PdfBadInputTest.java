package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.entente.core.InputException;
import org.junit.jupiter.api.Test;

/** Bad PDFs give one clear error naming the file, quickly. */
class PdfBadInputTest {
    private static final byte[] GOOD = new PdfBuilder(1, 10)
            .paragraph("The delegations met in the old customs house and agreed on a timetable.")
            .build()
            .pdf();

    @Test
    void encryptedPdf_isRefusedNamingTheFile() throws IOException {
        byte[] locked;
        try (PDDocument pdf = Loader.loadPDF(GOOD);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(out);
            locked = out.toByteArray();
        }
        assertThatThrownBy(() -> Readers.read("locked.pdf", locked))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("locked.pdf: ")
                .hasMessageContaining("encrypted");
    }

    @Test
    void corruptPdf_isRefusedNamingTheFile() {
        byte[] garbage = "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> Readers.read("broken.pdf", garbage))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("broken.pdf: ")
                .hasMessageContaining("not a readable PDF");
    }

    @Test
    void truncatedPdf_isRefusedOrReadWithoutFailingOtherwise() {
        byte[] half = Arrays.copyOf(GOOD, GOOD.length / 2);
        try {
            assertThat(Readers.read("half.pdf", half).document().source()).isEqualTo("half.pdf");
        } catch (InputException e) {
            assertThat(e).hasMessageStartingWith("half.pdf: ");
        }
    }

    @Test
    void damagedPdfs_areReadOrRefusedNamingTheFile_neverAnotherError() {
        Random random = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            byte[] damaged = GOOD.clone();
            for (int flip = random.nextInt(20); flip >= 0; flip--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
            }
            String name = "damaged-" + trial + ".pdf";
            try {
                assertThat(Readers.read(name, damaged).document().source()).isEqualTo(name);
            } catch (InputException e) {
                assertThat(e).hasMessageStartingWith(name + ": ");
            }
        }
    }

    @Test
    void textFileNamedPdf_isRefusedNamingTheFile() {
        byte[] text = "Minutes of the meeting\n\nNothing was decided.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Readers.read("minutes.pdf", text))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("minutes.pdf: ");
    }

    @Test
    void pdfWithoutTextLayer_isRefusedAsScanned() throws IOException {
        byte[] scanned;
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = PdfBuilder.page();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.addRect(72, 72, 300, 400);
                    content.fill();
                }
            }
            pdf.save(out);
            scanned = out.toByteArray();
        }
        assertThatThrownBy(() -> Readers.read("scan.pdf", scanned))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("scan.pdf: ")
                .hasMessageContaining("no text layer")
                .hasMessageContaining("2 pages");
    }

    @Test
    void emptyPdfFile_isRefusedNamingTheFile() {
        assertThatThrownBy(() -> Readers.read("empty.pdf", new byte[0]))
                .isInstanceOf(InputException.class)
                .hasMessage("empty.pdf: empty file");
    }
}
