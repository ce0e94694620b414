package org.entente.app;

/** The user asked for something that cannot be: exit code 2, with a message naming what. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
