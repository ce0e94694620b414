package org.entente.store;

import java.util.Arrays;

/** Synthetic GDELT event rows in the published column layouts, made up for tests and benchmarks. */
final class GdeltRows {
    private GdeltRows() {}

    /**
     * One tab-separated row of {@code columns} fields (61 for GDELT 2.0, 57 or 58 for 1.0) with the
     * fields Entente reads filled in and made-up values elsewhere.
     */
    static String row(int columns, long id, String day, String actor1, String actor2, String code, String goldstein) {
        String[] fields = new String[columns];
        Arrays.fill(fields, "");
        fields[0] = Long.toString(id);
        fields[1] = day;
        fields[2] = day.length() >= 6 ? day.substring(0, 6) : day;
        fields[3] = day.length() >= 4 ? day.substring(0, 4) : day;
        fields[4] = "2020.7507";
        fields[5] = actor1 + "GOV";
        fields[6] = "SOMEWHERE";
        fields[7] = actor1;
        fields[15] = actor2;
        fields[16] = "ELSEWHERE";
        fields[17] = actor2;
        fields[25] = "1";
        fields[26] = code;
        fields[27] = code.length() > 3 ? code.substring(0, 3) : code;
        fields[28] = code.length() >= 2 ? code.substring(0, 2) : code;
        fields[29] = "1";
        fields[30] = goldstein;
        fields[31] = "4";
        fields[32] = "1";
        fields[33] = "4";
        fields[34] = "-1.5";
        if (columns >= 58) {
            fields[columns - 2] = day + "101500";
            fields[columns - 1] = "https://news.example.org/story/" + id;
        }
        return String.join("\t", fields);
    }
}
