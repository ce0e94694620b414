package org.entente.app;

/** What every table listing does at its end. */
final class Listings {
    private Listings() {}

    /** Prints the table, or a hint on standard error when it has no rows. */
    static void print(Context context, Table table, String whenEmpty) {
        if (table.isEmpty()) {
            context.err().println(whenEmpty);
        } else {
            table.print(context.out());
        }
    }
}
