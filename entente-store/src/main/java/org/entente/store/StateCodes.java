package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The states an import can name, as two temporary tables: {@code import_states(code, id, name,
 * number)} maps ISO 3166 alpha-3 codes and the CAMEO country codes that differ from them to the ISO
 * code, English name and the code's {@link #number}; {@code import_state_names(name, id)} maps lower-case English country names (the
 * platform's and a few spellings event datasets use) to the ISO code.
 */
final class StateCodes {
    /** CAMEO country codes that are not the ISO code of the same state. */
    private static final Map<String, String> CAMEO = Map.of("ROM", "ROU", "ZAR", "COD", "TMP", "TLS");

    /** Spellings of country names in event datasets that differ from the platform's English names. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("democratic republic of congo", "COD"),
            Map.entry("democratic republic of the congo", "COD"),
            Map.entry("republic of congo", "COG"),
            Map.entry("ivory coast", "CIV"),
            Map.entry("palestine", "PSE"),
            Map.entry("myanmar", "MMR"),
            Map.entry("czech republic", "CZE"),
            Map.entry("eswatini", "SWZ"),
            Map.entry("united states of america", "USA"),
            Map.entry("united kingdom", "GBR"),
            Map.entry("russia", "RUS"),
            Map.entry("turkey", "TUR"),
            Map.entry("cape verde", "CPV"),
            Map.entry("east timor", "TLS"));

    private StateCodes() {}

    /** ISO alpha-3 code to English name, for every country the platform knows. */
    static Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String alpha3 = country.getISO3Country();
            if (alpha3.matches("[A-Z]{3}")) {
                names.put(alpha3, country.getDisplayCountry(Locale.ENGLISH));
            }
        }
        return names;
    }

    /** Every code an import reads as a state (ISO alpha-3, and CAMEO's own where they differ), to the ISO code. */
    static Map<String, String> codes() {
        Map<String, String> codes = new TreeMap<>();
        names().keySet().forEach(id -> codes.put(id, id));
        codes.putAll(CAMEO);
        return codes;
    }

    /** Creates (or refreshes) the two temporary tables on the connection. */
    static void load(Connection connection) throws SQLException {
        Map<String, String> names = names();
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE OR REPLACE TEMP TABLE import_states (code VARCHAR, id VARCHAR, name VARCHAR, number USMALLINT)");
            statement.execute("CREATE OR REPLACE TEMP TABLE import_state_names (name VARCHAR, id VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_states VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, String> code : codes().entrySet()) {
                add(insert, code.getKey(), code.getValue(), names.get(code.getValue()));
            }
            insert.executeBatch();
        }
        Map<String, String> byName = new LinkedHashMap<>();
        names.forEach((id, name) -> {
            String lower = name.toLowerCase(Locale.ROOT).replace("&", "and");
            byName.putIfAbsent(lower, id);
            byName.putIfAbsent(lower.replaceAll("\\s*\\(.*\\)$", ""), id);
        });
        byName.putAll(SPELLINGS);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_state_names VALUES (?, ?)")) {
            for (Map.Entry<String, String> name : byName.entrySet()) {
                insert.setString(1, name.getKey());
                insert.setString(2, name.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * A state's ISO code as a number from 0 to 17,575, its three letters read in base 26: how the
     * store keeps imported GDELT events' states, which its table {@code state_codes} turns back into
     * their codes (a small number costs a fifth of a text column to write).
     */
    static int number(String id) {
        if (!id.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a state's id is three capital letters, not '" + id + "'");
        }
        return ((id.charAt(0) - 'A') * 26 + id.charAt(1) - 'A') * 26 + id.charAt(2) - 'A';
    }

    private static void add(PreparedStatement insert, String code, String id, String name) throws SQLException {
        insert.setString(1, code);
        insert.setString(2, id);
        insert.setString(3, name);
        insert.setInt(4, number(id));
        insert.addBatch();
    }
}
