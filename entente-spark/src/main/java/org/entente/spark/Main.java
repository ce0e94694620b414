package org.entente.spark;

/**
 * The entry point of {@code entente-spark.jar}: {@code corpus IN OUT} and {@code gdelt IN... OUT},
 * run locally ({@code --master local[2]}) or by {@code spark-submit --class org.entente.spark.Main}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(SparkCli.run(args, System.out, System.err));
    }
}
