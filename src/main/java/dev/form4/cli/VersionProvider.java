package dev.form4.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Form4Cli.class.getPackage().getImplementationVersion();
        return new String[] {"form4-extractor " + (version == null ? "(development build)" : version),
                "ANTLR " + org.antlr.v4.runtime.RuntimeMetaData.VERSION};
    }
}
