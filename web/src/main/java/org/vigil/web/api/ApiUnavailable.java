package org.vigil.web.api;

/** The public API did not answer as it should; the page says so instead of showing half a record. */
public class ApiUnavailable extends RuntimeException {

    public ApiUnavailable(String message) {
        super(message);
    }

    public ApiUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
