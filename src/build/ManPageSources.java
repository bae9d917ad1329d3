import java.io.File;
import java.io.IOException;

import org.activemm.cli.Main;

import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc man page of every command into the folder it is given (`package` runs it as a
 * source file, pom.xml, so that it needs no compiled test classes: `-Dmaven.test.skip=true` skips those).
 * picocli's generator is handed the whole command tree, since Main adds its commands at run time rather
 * than naming them in {@code @Command}, where the generator's own main would look.
 */
public final class ManPageSources {
    private ManPageSources() {
    }

    public static void main(String[] args) throws IOException {
        int status = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], false,
                Main.fullCommandLine().getCommandSpec());
        if (status != 0) {
            System.exit(status);
        }
    }
}
