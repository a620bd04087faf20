package io.github.saasmetrics.spark;

import org.apache.spark.sql.SparkSession;

/** A small local Spark session for tests: two cores, no UI, loopback only, few shuffle partitions. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start(String name) {
        return SparkSession.builder().master("local[2]").appName(name)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }
}
