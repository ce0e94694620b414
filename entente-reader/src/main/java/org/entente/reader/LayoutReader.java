package org.entente.reader;

import org.entente.core.Document;
import org.entente.core.DocumentReader;

/** A reader that also reports what it took off the page, such as the running header. */
interface LayoutReader extends DocumentReader {
    /**
     * @throws org.entente.core.InputException when the content cannot be read; the message names the source
     */
    Reading reading(String source, byte[] content);

    @Override
    default Document read(String source, byte[] content) {
        return reading(source, content).document();
    }
}
