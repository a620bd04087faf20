package io.github.saasmetrics.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' local Spark session: two cores, no UI, loopback only, few shuffle partitions. One
 * session serves every test class of the run (starting Spark costs seconds); Spark stops it when
 * the JVM exits.
 */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("saasmetrics-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
        }
        return session;
    }
}
