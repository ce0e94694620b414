package org.entente.core;

/**
 * A file or value given by a user cannot be used. The message is for the user: it names the input
 * and, where known, the line or page, and never needs a stack trace to be understood.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
