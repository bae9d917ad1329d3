package org.activemm.sites;

/**
 * One site or comment mention (docs/design.md, "Fields of a finding"). Role and
 * purpose are null for comment mentions; function and guard are empty, never null.
 */
public record Finding(
        String path,
        int line,
        int column,
        String function,
        Role role,
        Purpose purpose,
        String scope,
        String rule,
        String guard,
        Status status,
        Level level,
        String message) {

    public boolean isNote() {
        return role == null;
    }
}
