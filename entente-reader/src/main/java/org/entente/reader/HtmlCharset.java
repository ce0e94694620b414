package org.entente.reader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page's bytes to text. A byte-order mark decides first; then bytes that are valid UTF-8 are
 * read as UTF-8, even against a {@code meta charset} (a page saved as UTF-8 often keeps its old
 * declaration, and legacy text is almost never valid UTF-8 by chance); then the declared charset,
 * with unmappable bytes replaced; then {@link TextDecoder}'s windows-1252 fallback. Only the first
 * 4 KiB are searched for the declaration. Stateless and thread-safe.
 */
final class HtmlCharset {
    private static final int PRESCAN = 4096;
    private static final Pattern DECLARED =
            Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final TextDecoder decoder = new TextDecoder(Readers.MAX_BYTES);

    String decode(String source, byte[] bytes) {
        Optional<Charset> declared = declared(bytes);
        if (declared.isEmpty() || hasByteOrderMark(bytes) || isUtf8(bytes)) {
            return decoder.decode(source, bytes);
        }
        return new String(bytes, declared.get());
    }

    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(matcher.group(1).toLowerCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
