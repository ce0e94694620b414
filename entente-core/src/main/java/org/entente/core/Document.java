package org.entente.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document rebuilt from a file: its blocks in reading order and its footnotes.
 *
 * @param id the SHA-256 of the file's bytes, in lower-case hex; equal content has equal ids
 * @param source where it was read from, as the user named it (a path or a file name)
 */
public record Document(String id, String source, Metadata metadata, List<Block> blocks, List<Footnote> footnotes) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Document {
        Require.text(id, "id");
        if (!SHA256.matcher(id).matches()) {
            throw new IllegalArgumentException("document id must be a SHA-256 hex digest, was '" + id + "'");
        }
        Require.text(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        blocks = Require.list(blocks, "blocks");
        footnotes = Require.list(footnotes, "footnotes");
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).index() != i) {
                throw new IllegalArgumentException(
                        "block " + i + " has index " + blocks.get(i).index());
            }
        }
    }

    public Optional<Footnote> footnote(int number) {
        return footnotes.stream().filter(f -> f.number() == number).findFirst();
    }

    /** The title where known, else the source. */
    public String displayTitle() {
        return metadata.title().orElse(source);
    }
}
