package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The versioned schema: {@code migrations/V1.sql}, {@code V2.sql}, ... on the class path, applied in
 * order. The {@code schema_version} table holds one row per applied version. A store at a version
 * above {@link #LATEST} was written by a newer Entente and is refused.
 */
final class Migrations {
    static final int LATEST = 5;

    private Migrations() {}

    /**
     * Brings the store on {@code connection} up to {@code target} in one transaction and returns the
     * version it is at. The connection must be in auto-commit mode.
     */
    static int migrate(Connection connection, Path file, int target) throws SQLException {
        int current = currentVersion(connection, file);
        if (current > LATEST) {
            throw new StoreException("store " + file + " was written by a newer Entente (schema v" + current
                    + "); this build reads up to v" + LATEST + "; upgrade Entente or choose another store with --db");
        }
        if (current >= target) {
            return current;
        }
        Transaction.run(connection, () -> {
            for (int version = current + 1; version <= target; version++) {
                apply(connection, version);
            }
            return null;
        });
        return target;
    }

    /** 0 for an empty file; refuses a DuckDB file that holds other tables but no schema version. */
    static int currentVersion(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet tables =
                        statement.executeQuery("SELECT count(*) FILTER (WHERE table_name = 'schema_version'),"
                                + " count(*) FROM duckdb_tables() WHERE database_name = current_database()")) {
            tables.next();
            if (tables.getLong(1) == 0) {
                if (tables.getLong(2) > 0) {
                    throw new StoreException(file + " is a DuckDB database but not an Entente store;"
                            + " choose another store with --db");
                }
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            version.next();
            return version.getInt(1);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script(version))) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
            insert.setInt(1, version);
            insert.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static String script(int version) {
        String name = "migrations/V" + version + ".sql";
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + name, e);
        }
    }

    /** Splits a script at semicolons ending a line, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
