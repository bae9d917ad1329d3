package org.activemm.generate;

import java.time.ZonedDateTime;
import java.util.Objects;

import org.activemm.sites.Scheme;

/**
 * How a series is written.
 *
 * @param signoff   "Name &lt;mail&gt;" for Signed-off-by:
 * @param author    "Name &lt;mail&gt;" for From: (usually the same as signoff)
 * @param date      the Date: of every patch
 * @param force     replace a non-empty output directory
 * @param unsafeOk  generate a strategy the model shows unsafe (the cover letter says so)
 * @param mail      subject prefix and extra recipients
 */
public record GenerateOptions(Scheme scheme, String signoff, String author, ZonedDateTime date,
        boolean force, boolean unsafeOk, MailOptions mail) {

    public GenerateOptions {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(signoff, "signoff");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mail, "mail");
        author = author == null || author.isBlank() ? signoff : author;
    }

    public GenerateOptions(Scheme scheme, String signoff, String author, ZonedDateTime date,
            boolean force, boolean unsafeOk) {
        this(scheme, signoff, author, date, force, unsafeOk, MailOptions.DEFAULT);
    }
}
