package org.entente.app.web;

/** A request the API refuses: its HTTP status and a message that says what was wrong, sent as JSON. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String what, String id) {
        return new ApiException(404, "no " + what + " with id '" + id + "'");
    }

    int status() {
        return status;
    }
}
