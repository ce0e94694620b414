package org.entente.reader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.entente.core.InputException;

/**
 * Bytes to text. Honours a UTF-8 or UTF-16 byte-order mark, reads everything else as strict UTF-8
 * and falls back to windows-1252 where UTF-8 fails but windows-1252 does not. Refuses empty, too
 * large and binary content. Linear in the input; stateless and thread-safe.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Binary when more than this share of the first bytes are control characters. */
    private static final double CONTROL_SHARE = 0.05;

    private final long maxBytes;

    TextDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    String decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputException(source + ": empty file");
        }
        if (bytes.length > maxBytes) {
            throw new InputException(source + ": too large (" + (bytes.length >> 20) + " MiB, the limit is "
                    + (maxBytes >> 20) + " MiB)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeStrict(source, bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeStrict(source, bytes, 2, StandardCharsets.UTF_16LE);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        refuseBinary(source, bytes, offset);
        // The JDK's lenient decoding is several times faster than a strict decoder; without a
        // replacement character in its result nothing was replaced, so it equals the strict one.
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return decoder(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return fallback(source, bytes, offset);
        }
    }

    private static String fallback(String source, byte[] bytes, int offset) {
        try {
            return decoder(WINDOWS_1252)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(
                    source + ": line " + firstBadLine(bytes, offset) + ": invalid UTF-8 (and not windows-1252 either)",
                    e);
        }
    }

    private static String decodeStrict(String source, byte[] bytes, int offset, Charset charset) {
        try {
            String text = decoder(charset)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new InputException(source + ": binary content, not text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new InputException(source + ": invalid " + charset.name() + " after its byte-order mark", e);
        }
    }

    private static void refuseBinary(String source, byte[] bytes, int offset) {
        int end = Math.min(bytes.length, offset + (1 << 16));
        int control = 0;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new InputException(source + ": binary content, not text (NUL byte at offset " + i + ")");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > CONTROL_SHARE * (end - offset)) {
            throw new InputException(source + ": binary content, not text");
        }
    }

    /** The 1-based line of the first byte sequence that is not UTF-8. */
    private static int firstBadLine(byte[] bytes, int offset) {
        var decoder = decoder(StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
