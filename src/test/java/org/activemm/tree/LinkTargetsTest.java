package org.activemm.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LinkTargetsTest {

    @Test
    void resolvesRelativeToTheLinksDirectory() {
        assertEquals(Optional.of("include/uapi/linux/input-event-codes.h"),
                LinkTargets.resolve("include/dt-bindings/input/linux-event-codes.h", "../../uapi/linux/input-event-codes.h"));
        assertEquals(Optional.of("a/c.h"), LinkTargets.resolve("a/b.h", "c.h"));
        assertEquals(Optional.of("a/c.h"), LinkTargets.resolve("a/b.h", "./x/../c.h"));
        assertEquals(Optional.of("c.h"), LinkTargets.resolve("b.h", "c.h"));
    }

    @Test
    void absoluteOrClimbingAboveTheRootLeavesTheTree() {
        assertEquals(Optional.empty(), LinkTargets.resolve("a/b.h", "/usr/include/stdio.h"));
        assertEquals(Optional.empty(), LinkTargets.resolve("a/b.h", "../../outside.h"));
        assertEquals(Optional.empty(), LinkTargets.resolve("b.h", "../b.h"));
        assertEquals(Optional.of(""), LinkTargets.resolve("a/b.h", ".."), "the root itself stays inside");
    }
}
