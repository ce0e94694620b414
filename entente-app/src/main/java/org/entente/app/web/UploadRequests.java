package org.entente.app.web;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.entente.reader.Readers;

/**
 * Checks the body of {@code POST /api/documents} and queues it: either a multipart form whose
 * {@code file} field holds the document, or the document itself as the body with its file name in
 * {@code ?name=}. Refused before anything is queued: a body over {@link #MAX_UPLOAD} (413, without
 * reading past the limit), a name without a reader's extension (415), a {@code .pdf} that does not
 * start with {@code %PDF-}, text that holds a NUL byte or is not UTF-8 (415), an empty file or a
 * missing name (400). Nothing is written to disk: form parts are kept in memory.
 */
final class UploadRequests {
    /** Largest document this route takes, in bytes (20 MiB); other routes keep {@link Workbench#MAX_BODY}. */
    static final long MAX_UPLOAD = 20L << 20;

    private static final String FIELD = "file";
    private static final long FORM_OVERHEAD = 64L << 10;
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final int LONGEST_NAME = 255;

    private final Uploads uploads;

    UploadRequests(Uploads uploads) {
        this.uploads = uploads;
    }

    /** A document as it came: the file name (without any folder) and its bytes. */
    record Upload(String name, byte[] content) {}

    Views.UploadView accept(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_UPLOAD + FORM_OVERHEAD) {
            throw tooLarge();
        }
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        Upload upload = type.startsWith("multipart/form-data") ? fromForm(ctx) : fromBody(ctx);
        check(upload);
        return uploads.submit(upload.name(), upload.content());
    }

    private static Upload fromBody(Context ctx) {
        String name = fileName(Optional.ofNullable(ctx.queryParam("name"))
                .orElseThrow(() -> ApiException.badRequest("name the document: POST /api/documents?name=brief.pdf"
                        + " with the file as the body, or a multipart form with a '" + FIELD + "' field")));
        try (InputStream in = ctx.req().getInputStream()) {
            return new Upload(name, bounded(in));
        } catch (IOException e) {
            throw ApiException.badRequest("the upload of " + name + " broke off: " + e.getMessage());
        }
    }

    private static Upload fromForm(Context ctx) {
        ctx.req()
                .setAttribute(
                        MULTIPART_CONFIG,
                        // A threshold above the file limit keeps every part in memory: no temporary files.
                        new MultipartConfigElement("", MAX_UPLOAD, MAX_UPLOAD + FORM_OVERHEAD, (int) MAX_UPLOAD + 1));
        try {
            Part part = ctx.req().getPart(FIELD);
            if (part == null) {
                throw ApiException.badRequest("the form has no '" + FIELD + "' field holding the document");
            }
            String name = fileName(Optional.ofNullable(part.getSubmittedFileName())
                    .orElseThrow(() -> ApiException.badRequest("the form's '" + FIELD + "' field has no file name")));
            try (InputStream in = part.getInputStream()) {
                return new Upload(name, bounded(in));
            }
        } catch (IllegalStateException e) {
            // Jetty's way of saying a part or the whole form is over the limits set above.
            throw tooLarge();
        } catch (IOException | ServletException e) {
            throw ApiException.badRequest("malformed multipart form: " + e.getMessage());
        }
    }

    private static byte[] bounded(InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) MAX_UPLOAD + 1);
        if (content.length > MAX_UPLOAD) {
            throw tooLarge();
        }
        return content;
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "the document is larger than the upload limit of " + (MAX_UPLOAD >> 20) + " MB");
    }

    /** The last segment of a name as a browser or client gave it, which must be a plain file name. */
    static String fileName(String given) {
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ApiException.badRequest("the file name '" + given + "' names no file");
        }
        if (name.length() > LONGEST_NAME) {
            throw ApiException.badRequest("the file name is longer than " + LONGEST_NAME + " characters");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiException.badRequest("the file name holds control characters");
        }
        return name;
    }

    /** Refuses content that is empty, of a type no reader takes, or not what its extension says. */
    static void check(Upload upload) {
        String name = upload.name();
        byte[] content = upload.content();
        if (!Readers.isSupported(name)) {
            throw new ApiException(
                    415, name + ": unsupported file type (supported: .txt, .text, .md, .html, .htm, .pdf)");
        }
        if (content.length == 0) {
            throw ApiException.badRequest(name + ": the file is empty");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            if (!startsWith(content, "%PDF-")) {
                throw new ApiException(415, name + ": not a PDF (a PDF file starts with %PDF-)");
            }
            return;
        }
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                throw new ApiException(415, name + ": binary content (a NUL byte at offset " + i + "), not text");
            }
        }
        int bad = firstInvalidUtf8(content);
        if (bad >= 0) {
            throw new ApiException(
                    415, name + ": not UTF-8 text (an invalid byte at offset " + bad + "); save it as UTF-8");
        }
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
        if (content.length < wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (content[i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1 when all are. */
    private static int firstInvalidUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }
}
