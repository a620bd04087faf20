package io.github.saasmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.health.HealthSignals;
import io.github.saasmetrics.health.PlaybookTrigger;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.Subscription;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import javax.annotation.ParametersAreNonnullByDefault;
import org.junit.jupiter.api.Test;

/** Every package declares the null contract, and the optional parts of values say so. */
class NullContractTest {

    private static final Path CLASSES = Path.of("target/classes/io/github/saasmetrics");

    @Test
    void everyPackageDeclaresNonNullByDefault() throws Exception {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> packages.add(
                    "io.github.saasmetrics" + CLASSES.relativize(f.getParent()).toString().replace('/', '.')
                            .replaceFirst("^(?=.)", ".")));
        }
        assertTrue(packages.size() >= 15, packages::toString);
        for (String name : packages) {
            Class<?> info = Class.forName(name + ".package-info");
            assertTrue(info.isAnnotationPresent(ParametersAreNonnullByDefault.class), name);
            assertTrue(info.isAnnotationPresent(ReturnValuesAreNonnullByDefault.class), name);
        }
    }

    @Test
    void optionalRecordComponentsAreNullableAndNoOthers() {
        assertNullable(Subscription.class, "end", "cancelRequestedAt", "trialEnd");
        assertNullable(Discount.class, "percentOff", "amountOff");
        assertNullable(Customer.class, "firstPaidDate");
        assertNullable(NpsResponse.class, "weight");
        assertNullable(NpsScore.class, "weights");
        assertNullable(PlaybookTrigger.class, "band", "signal", "comparison");
        assertNullable(HealthSignals.class, "activeDays", "periodDays", "featuresUsed", "featuresAvailable", "nps",
                "csat", "csatScale", "championChanged", "planLimitPressure", "daysSinceEngagement", "openTickets",
                "mrrStart", "mrrEnd");
    }

    private static void assertNullable(Class<? extends Record> type, String... nullable) {
        List<String> expected = List.of(nullable);
        for (RecordComponent c : type.getRecordComponents()) {
            boolean declared = c.isAnnotationPresent(Nullable.class);
            assertEquals(expected.contains(c.getName()), declared, type.getSimpleName() + "." + c.getName());
            // The annotation reaches the accessor, which is what callers see.
            assertEquals(declared, c.getAccessor().isAnnotationPresent(Nullable.class), c.getName() + "()");
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected.stream().sorted().collect(Collectors.toList()), Stream.of(type.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(Nullable.class)).map(RecordComponent::getName).sorted().toList());
    }
}
