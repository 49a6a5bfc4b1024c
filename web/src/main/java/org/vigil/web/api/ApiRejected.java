package org.vigil.web.api;

/** The public API answered 400: what the reader asked for (an old or altered link) is not valid. */
public class ApiRejected extends RuntimeException {

    public ApiRejected(String message) {
        super(message);
    }
}
