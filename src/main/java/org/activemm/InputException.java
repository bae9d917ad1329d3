package org.activemm;

/** The input cannot be read: no such tree, not a git repository, unknown revision, unreadable patch (exit 3). */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
