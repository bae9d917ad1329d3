package org.activemm.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so it is written in one place (pom.xml). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"activemm " + (version == null ? "(development build)" : version)};
    }
}
