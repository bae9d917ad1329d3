package org.activemm.tree;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;

/** One-line reasons for {@link SkippedFile}, from the exception that stopped a read. */
public final class Reasons {
    private Reasons() {
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof MissingObjectException missing) {
            return missing(missing.getObjectId());
        }
        if (e instanceof NoSuchFileException) {
            return "vanished during the walk";
        }
        String message = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        // a skipped file's reason is one line of a report
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s+", " ");
    }

    static String missing(ObjectId id) {
        return "missing object " + id.name() + " (partial clone or incomplete repository)";
    }
}
