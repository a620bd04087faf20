package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.ExperimentUnit;
import io.github.saasmetrics.examples.sample.HealthObservation;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Health signals and value-experiment files: round trips, blank cells as unknown, messages that name line and column. */
class HealthCsvTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    private static final String HEADER = String.join(",", HealthCsv.COLUMNS) + "\n";

    private static CsvFormatException healthError(String rows) {
        return assertThrows(CsvFormatException.class, () -> HealthCsv.read(new StringReader(HEADER + rows), "health.csv"));
    }

    @Test
    void observationsRoundTripAndBlankCellsAreUnknown() {
        List<HealthObservation> observations = List.of(
                new HealthObservation(CustomerId.of("c1"), DAY, 12, 30, 5, 12, false, 8, 10, 21, 1),
                new HealthObservation(CustomerId.of("c2"), DAY, null, null, null, null, null, null, null, 3, 0));
        StringWriter out = new StringWriter();
        HealthCsv.write(observations, out);
        assertEquals(HEADER + "c1,2024-06-30,12,30,5,12,false,8,10,21,1\nc2,2024-06-30,,,,,,,,3,0\n", out.toString());
        assertEquals(observations, HealthCsv.read(new StringReader(out.toString()), "health.csv"));
        assertEquals(0.8, observations.get(0).signals().planLimitPressure());
    }

    @Test
    void onlyCustomerAndDayAreRequiredColumns() {
        List<HealthObservation> read = HealthCsv.read(new StringReader("as_of,customer,open_tickets\n2024-06-30,c1,2\n"),
                "mine.csv");
        assertEquals(List.of(new HealthObservation(CustomerId.of("c1"), DAY, null, null, null, null, null, null, null,
                null, 2)), read);
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> HealthCsv.read(new StringReader("customer,open_tickets\nc1,2\n"), "mine.csv"));
        assertEquals("mine.csv line 1, column 'as_of': required column is missing (the header has customer, open_tickets)",
                e.getMessage());
    }

    @Test
    void badValuesNameLineColumnAndValue() {
        assertEquals("health.csv line 3, column 'active_days': must be at most period_days (30) but was '31'",
                healthError("c1,2024-06-30,3,30,,,,,,,\nc2,2024-06-30,31,30,,,,,,,\n").getMessage());
        assertEquals("health.csv line 2, column 'period_days': is required when active_days is given but was ''",
                healthError("c1,2024-06-30,3,,,,,,,,\n").getMessage());
        assertEquals("health.csv line 2, column 'features_used': is required when features_available is given but was ''",
                healthError("c1,2024-06-30,,,,12,,,,,\n").getMessage());
        assertEquals("health.csv line 2, column 'plan_limit': must be a whole number of at least 1 but was '0'",
                healthError("c1,2024-06-30,,,,,,3,0,,\n").getMessage());
        assertEquals("health.csv line 2, column 'open_tickets': must be a whole number of at least 0 but was '-1'",
                healthError("c1,2024-06-30,,,,,,,,,-1\n").getMessage());
        assertEquals("health.csv line 2, column 'champion_changed': must be true or false but was 'yes'",
                healthError("c1,2024-06-30,,,,,yes,,,,\n").getMessage());
        assertEquals("health.csv line 3, column 'customer': must have one row per as_of day, and line 2 has the same"
                + " customer and day but was 'c1'", healthError("c1,2024-06-30,,,,,,,,,\nc1,2024-06-30,,,,,,,,,\n").getMessage());
        assertEquals(2, HealthCsv.read(new StringReader(HEADER + "c1,2024-06-30,,,,,,,,,\nc1,2024-12-31,,,,,,,,,\n"),
                "health.csv").size(), "the same customer on another day is another observation");
    }

    @Test
    void planUsageMayExceedTheLimit() {
        HealthObservation over = HealthCsv.read(new StringReader(HEADER + "c1,2024-06-30,,,,,,12,10,,\n"), "health.csv").get(0);
        assertEquals(1.2, over.signals().planLimitPressure());
    }

    @Test
    void experimentUnitsRoundTripAndGroupsAreTargetOrControl() {
        List<ExperimentUnit> units = List.of(new ExperimentUnit(CustomerId.of("c1"), true, new BigDecimal("11"),
                new BigDecimal("16")), new ExperimentUnit(CustomerId.of("c2"), false, new BigDecimal("9.5"), new BigDecimal("10")));
        StringWriter out = new StringWriter();
        ExperimentCsv.write(units, out);
        assertEquals("customer,group,before,after\nc1,target,11,16\nc2,control,9.5,10\n", out.toString());
        assertEquals(units, ExperimentCsv.read(new StringReader(out.toString()), "experiment.csv"));
        CsvFormatException group = assertThrows(CsvFormatException.class, () -> ExperimentCsv.read(
                new StringReader("customer,group,before,after\nc1,treated,1,2\n"), "experiment.csv"));
        assertEquals("experiment.csv line 2, column 'group': must be one of control, target but was 'treated'",
                group.getMessage());
        CsvFormatException twice = assertThrows(CsvFormatException.class, () -> ExperimentCsv.read(
                new StringReader("customer,group,before,after\nc1,target,1,2\nc1,control,1,2\n"), "experiment.csv"));
        assertEquals("experiment.csv line 3, column 'customer': must be unique, and line 2 has the same id but was 'c1'",
                twice.getMessage());
    }
}
