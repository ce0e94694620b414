package org.entente.app;

import picocli.CommandLine.Option;

/** The {@code --format} option every listing takes. */
final class FormatOption {
    @Option(
            names = "--format",
            paramLabel = "table|json",
            defaultValue = "table",
            description = "Output format: table (default) or json (stable, see docs/cli.md).")
    Format format = Format.TABLE;
}
