package org.activemm.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so it is written in one place (pom.xml). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"activemm " + version()};
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "0.0.0-dev" : version;
    }
}
