package org.activemm.cli;

/** {@code --color auto|always|never}; auto colours only a terminal, and never when NO_COLOR is set. */
enum ColorChoice {
    auto, always, never;

    boolean enabled(boolean toStdout) {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> toStdout && System.getenv("NO_COLOR") == null && Terminal.isStdoutTty();
        };
    }
}
