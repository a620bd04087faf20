package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.ExperimentUnit;
import io.github.saasmetrics.examples.sample.HealthObservation;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever health observations and experiment units a file can hold, writing and reading them gives them back. */
class HealthCsvProperties {

    @Property(tries = 300)
    void healthObservationsWriteThenReadIsTheIdentity(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<HealthObservation> observations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Integer period = maybe(random, 1 + random.nextInt(90));
            Integer available = maybe(random, 1 + random.nextInt(40));
            Integer limit = maybe(random, 1 + random.nextInt(100));
            observations.add(new HealthObservation(CustomerId.of(random.nextBoolean() ? "cus_" + i : "cus, \"" + i + "\""),
                    LocalDate.of(2024, 1, 1).plusDays(random.nextInt(730)),
                    period == null ? null : random.nextInt(period + 1), period,
                    available == null ? null : random.nextInt(available + 1), available,
                    maybe(random, random.nextBoolean()),
                    limit == null ? null : random.nextInt(2 * limit), limit,
                    maybe(random, random.nextInt(400)), maybe(random, random.nextInt(20))));
        }
        StringWriter out = new StringWriter();
        HealthCsv.write(observations, out);
        assertEquals(observations, HealthCsv.read(new StringReader(out.toString()), "generated.csv"), out::toString);
    }

    @Property(tries = 300)
    void experimentUnitsWriteThenReadIsTheIdentity(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ExperimentUnit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            units.add(new ExperimentUnit(CustomerId.of("cus_" + i), random.nextBoolean(),
                    BigDecimal.valueOf(random.nextLong(-100_000, 100_000), random.nextInt(4)),
                    BigDecimal.valueOf(random.nextLong(-100_000, 100_000), random.nextInt(4))));
        }
        StringWriter out = new StringWriter();
        ExperimentCsv.write(units, out);
        assertEquals(units, ExperimentCsv.read(new StringReader(out.toString()), "generated.csv"), out::toString);
    }

    private static <T> T maybe(SplittableRandom random, T value) {
        return random.nextInt(4) == 0 ? null : value;
    }
}
