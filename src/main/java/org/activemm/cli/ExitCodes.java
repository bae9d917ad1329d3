package org.activemm.cli;

/** The exit codes of docs/design.md, "Command line"; 4 is a bug in activemm itself. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INPUT = 3;
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
