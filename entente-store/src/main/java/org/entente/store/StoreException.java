package org.entente.store;

/**
 * The store cannot do what was asked. The message is for the user: it names the store file, says
 * what went wrong in one line and, where there is one, what to do; it never holds SQL or a stack
 * trace. The cause, where there is one, keeps the driver's detail for logs.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
