package org.activemm.generate;

import java.nio.file.Path;

import org.activemm.model.Strategy;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        Path out = Path.of("/tmp/gen-scratch/out");
        java.nio.file.Files.createDirectories(out.getParent());
        GenerateOptions o = Fixture.options();
        o = new GenerateOptions(o.scheme(), o.signoff(), o.author(), o.date(), true, false, null);
        new SeriesGenerator(new Templates()).generate(MapTree.fixture(), Fixture.scan(),
                java.util.List.of(Fixture.x86(Strategy.PIGGYBACK)), o, out);
    }
}
