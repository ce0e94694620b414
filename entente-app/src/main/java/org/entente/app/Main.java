package org.entente.app;

/** The entry point of the runnable jar: {@code java -jar entente.jar COMMAND ...}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err, System.getenv()));
    }
}
