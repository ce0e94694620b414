package org.entente.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;

/** Test fixtures: the small texts under src/test/resources/fixtures and the shared seed article. */
final class Fixtures {
    static final String SEED = "iran-quandary-nagorno-karabakh.txt";

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document read(String name) {
        return Readers.forFile(name).read(name, bytes(name));
    }

    /** The seed article from ../shared/seed/ beside the repository, when it is there. */
    static Optional<Path> seed() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/seed").resolve(SEED).normalize();
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static List<Block> ofKind(Document document, BlockKind kind) {
        return document.blocks().stream().filter(b -> b.kind() == kind).toList();
    }

    static String mainText(Document document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block.kind().isMainText()) {
                text.append(block.text()).append('\n');
            }
        }
        return text.toString();
    }
}
