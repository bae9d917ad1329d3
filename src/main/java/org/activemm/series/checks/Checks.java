package org.activemm.series.checks;

import java.util.List;

/** Every check of {@code activemm check}, in id order. New checks are added here and nowhere else. */
public final class Checks {
    private static final List<SeriesCheck> ALL = List.of(
            new MailFormCheck(),
            new NumberingCheck(),
            new SignedOffCheck(),
            new SubjectAndBodyCheck(),
            new WhitespaceCheck(),
            new AppliesCheck(),
            new SelectBeforeHookCheck(),
            new UnsafeShootDownCheck(),
            new UnconvertedAtSelectCheck(),
            new UnguardedNewUserCheck(),
            new UndefinedKconfigSymbolCheck(),
            new UnbalancedConditionalCheck(),
            new MissingMaintainerCheck(),
            new BaseCommitCheck(),
            new ExecCheck());

    private Checks() {
    }

    public static List<SeriesCheck> all() {
        return ALL;
    }
}
