package io.baocao.pipeline.web;

/** What was wrong with a request, in words for the person who sent it (HTTP 400, or the status given). */
final class BadRequest extends RuntimeException {
    private final int status;

    BadRequest(String message) {
        this(400, message);
    }

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
