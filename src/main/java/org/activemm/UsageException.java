package org.activemm;

/** The user asked for something that cannot be meant: an unknown arch, scheme or option value (exit 2). */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
