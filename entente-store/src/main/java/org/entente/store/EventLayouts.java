package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Chooses the layout of a file from its format and its first line or header. */
final class EventLayouts {
    private EventLayouts() {}

    /**
     * @throws StoreException naming the file and line 1 when the first line or the header does not
     *     fit the format
     */
    static EventLayout of(EventFormat format, EventFile file, Connection connection) throws SQLException {
        return switch (format) {
            case GDELT -> gdelt(file);
            case ACLED -> new AcledLayout(headed(file), header(file, connection, AcledLayout.REQUIRED));
            case POLECAT -> new PolecatLayout(headed(file), header(file, connection, PolecatLayout.REQUIRED));
            case CSV -> new CsvLayout(headed(file), header(file, connection, CsvLayout.REQUIRED));
        };
    }

    private static EventLayout gdelt(EventFile file) {
        String first =
                file.firstLine().orElseThrow(() -> new StoreException(file.name() + ": empty; nothing imported"));
        int columns = first.split("\t", -1).length;
        if (columns != 57 && columns != 58 && columns != 61) {
            throw new StoreException(file.name() + ":1: " + columns + " tab-separated columns, where GDELT 2.0"
                    + " events have 61 and GDELT 1.0 daily files 57 or 58; nothing imported");
        }
        return new GdeltLayout(List.of(file.readable()), columns);
    }

    /** The column names of the file's header, which must hold every required one. */
    private static List<String> header(EventFile file, Connection connection, List<String> required)
            throws SQLException {
        if (file.firstLine().isEmpty()) {
            throw new StoreException(file.name() + ": empty; nothing imported");
        }
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "DESCRIBE SELECT * FROM " + headed(file).read(false))) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException(
                    file.name() + ":1: not a readable CSV header (" + Failures.firstLine(e.getMessage())
                            + "); nothing imported",
                    e);
        }
        List<String> missing =
                required.stream().filter(name -> !names.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new StoreException(file.name() + ":1: the header lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; nothing imported");
        }
        return names;
    }

    /** The SQL identifier of a column name. */
    static String column(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A file with a header line, separated by tabs when its header holds one, else by commas. */
    record Headed(Path file, String delimiter) {
        /**
         * A read of the file with every column as text, as a table expression; when {@code numbered},
         * with the data rows' number from 1, in file order, as column {@code n}.
         */
        String read(boolean numbered) {
            String read = "read_csv(" + EventLayout.literal(file.toString()) + ", header = true, all_varchar = true,"
                    + " delim = " + EventLayout.literal(delimiter) + ", quote = '\"', escape = '\"', "
                    + EventLayout.REJECTS + ")";
            return numbered ? "(SELECT row_number() OVER () AS n, * FROM " + read + ")" : read;
        }
    }

    private static Headed headed(EventFile file) {
        boolean tabs = file.firstLine().orElse("").contains("\t");
        return new Headed(file.readable(), tabs ? "\t" : ",");
    }
}
