package org.activemm.cli;

import picocli.CommandLine.Option;

/** {@code --rev}, for the commands that read one revision (trend takes its revisions as arguments). */
final class RevisionOption {
    @Option(names = "--rev", paramLabel = "REV",
            description = "read this revision of the git repository (branch, tag, sha, HEAD~3) without a checkout;"
                    + " REV:DIR reads its directory DIR, for a repository that keeps the kernel in one")
    String rev;
}
