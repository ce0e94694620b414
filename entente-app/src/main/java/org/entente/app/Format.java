package org.entente.app;

/** How a listing is printed: an aligned table for people, or JSON for scripts (see docs/cli.md). */
enum Format {
    TABLE,
    JSON
}
