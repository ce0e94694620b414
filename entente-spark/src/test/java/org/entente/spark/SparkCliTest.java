package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's usage errors, found before any Spark session starts. */
class SparkCliTest {
    @Test
    void gdelt_withAPeriodThatIsNeitherMonthNorYear_isAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = SparkCli.run(
                new String[] {"gdelt", "--per", "week", "in", "out"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--per")
                .contains("week")
                .containsIgnoringCase("month");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
