package io.github.saasmetrics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import java.lang.reflect.RecordComponent;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;

class ColumnTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void factoriesMakeOneColumnPerType() {
        assertEquals(new Column("segment", ColumnType.TEXT, null, 0, null, null), Column.text("segment"));
        assertEquals(new Column("month", ColumnType.MONTH, null, 0, null, null), Column.month("month"));
        assertEquals(new Column("period", ColumnType.PERIOD, null, 0, null, null), Column.period("period"));
        assertEquals(new Column("n", ColumnType.COUNT, null, 0, null, null), Column.count("n"));
        assertEquals(new Column("MRR", ColumnType.MONEY, USD, 0, "USD", null), Column.money("MRR", USD));
        assertEquals(Column.money("MRR", USD), Column.money("MRR", "USD"));
        assertEquals(new Column("GRR", ColumnType.PERCENT, null, 0, null, null), Column.percent("GRR"));
        assertEquals(new Column("x", ColumnType.MULTIPLE, null, 0, null, null), Column.multiple("x"));
        assertEquals(new Column("churn", ColumnType.RATE, null, 0, null, null), Column.rate("churn"));
        assertEquals(new Column("S", ColumnType.DECIMAL, null, 4, null, null), Column.decimal("S", 4));
        assertEquals(new Column("CI", ColumnType.INTERVAL, null, 1, null, IntervalScale.PERCENT),
                Column.interval("CI", 1, IntervalScale.PERCENT));
    }

    @Test
    void theHeadingNamesTheUnit() {
        assertEquals("MRR (USD)", Column.money("MRR", "USD").heading());
        assertEquals("customers", Column.count("customers").heading());
        assertEquals("lifetime (months)", Column.decimal("lifetime", 1).withUnit("months").heading());
        assertEquals("MRR (EUR)", Column.money("MRR", "EUR").withUnit("EUR").heading());
        assertEquals("USD", new Column("MRR", ColumnType.MONEY, USD, 0, null, null).unit(),
                "a money column's unit is its currency");
    }

    @Test
    void badArgumentsNameTheFieldAndTheValue() {
        assertEquals("name must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> Column.text(" ")).getMessage());
        assertEquals("name must have at most 200 characters but had 201: '" + "x".repeat(64) + "… (201 characters)'",
                assertThrows(IllegalArgumentException.class, () -> Column.count("x".repeat(201))).getMessage());
        assertEquals(200, Column.count("x".repeat(200)).name().length());
        assertEquals("name", assertThrows(NullPointerException.class, () -> Column.text(null)).getMessage());
        assertEquals("decimals must be from 0 to 20 for DECIMAL column 'S' but was 21",
                assertThrows(IllegalArgumentException.class, () -> Column.decimal("S", 21)).getMessage());
        assertEquals("decimals must be from 0 to 20 for INTERVAL column 'CI' but was -1",
                assertThrows(IllegalArgumentException.class, () -> Column.interval("CI", -1, IntervalScale.PLAIN))
                        .getMessage());
        assertEquals("decimals must be 0 for COUNT column 'n' but was 2", assertThrows(IllegalArgumentException.class,
                () -> new Column("n", ColumnType.COUNT, null, 2, null, null)).getMessage());
        assertEquals("currency must be null for RATE column 'r' but was USD", assertThrows(
                IllegalArgumentException.class, () -> new Column("r", ColumnType.RATE, USD, 0, null, null))
                .getMessage());
        assertEquals("currency", assertThrows(NullPointerException.class,
                () -> new Column("MRR", ColumnType.MONEY, null, 0, null, null)).getMessage());
        assertEquals("currency of column 'MRR' must have a minor unit but was XXX", assertThrows(
                IllegalArgumentException.class, () -> Column.money("MRR", "XXX")).getMessage());
        assertEquals("currencyCode must be an ISO-4217 code but was 'usd!'", assertThrows(
                IllegalArgumentException.class, () -> Column.money("MRR", "usd!")).getMessage());
        assertEquals("unit of money column 'MRR' must be its currency USD but was 'dollars'", assertThrows(
                IllegalArgumentException.class, () -> Column.money("MRR", USD).withUnit("dollars")).getMessage());
        assertEquals("unit must not be blank but was ''",
                assertThrows(IllegalArgumentException.class, () -> Column.rate("r").withUnit("")).getMessage());
        assertEquals("intervalScale", assertThrows(NullPointerException.class,
                () -> new Column("CI", ColumnType.INTERVAL, null, 2, null, null)).getMessage());
        assertEquals("intervalScale must be null for DECIMAL column 'd' but was PLAIN", assertThrows(
                IllegalArgumentException.class,
                () -> new Column("d", ColumnType.DECIMAL, null, 2, null, IntervalScale.PLAIN)).getMessage());
        assertEquals("type", assertThrows(NullPointerException.class,
                () -> new Column("d", null, null, 0, null, null)).getMessage());
    }

    @Test
    void columnsRoundTripThroughJson() {
        for (Column c : List.of(Column.text("segment"), Column.month("month"), Column.period("p"), Column.count("n"),
                Column.money("MRR", "JPY"), Column.percent("GRR"), Column.multiple("m"), Column.rate("r"),
                Column.decimal("d", 3).withUnit("months"), Column.interval("CI", 2, IntervalScale.PLAIN))) {
            JsonRoundTrip.assertRoundTrips(c, Column.class);
        }
        assertEquals("{\"name\":\"MRR\",\"type\":\"MONEY\",\"currency\":\"USD\",\"decimals\":0,\"unit\":\"USD\"}",
                JsonRoundTrip.assertRoundTrips(Column.money("MRR", USD), Column.class));
    }

    @Test
    void typesKnowTheirCellsAndWhetherTheyAreNumbers() {
        assertEquals(List.of(ColumnType.TEXT, ColumnType.MONTH, ColumnType.PERIOD),
                Stream.of(ColumnType.values()).filter(t -> !t.numeric()).toList());
        assertEquals(Long.class, ColumnType.COUNT.javaType());
        assertEquals(Double.class, ColumnType.RATE.javaType());
    }

    @Test
    void optionalComponentsAreNullableAndNoOthers() {
        assertNullable(Column.class, "currency", "unit", "intervalScale");
        assertNullable(Row.class, "group");
        assertNull(Column.count("n").currency());
    }

    private static void assertNullable(Class<? extends Record> type, String... nullable) {
        List<String> expected = List.of(nullable);
        for (RecordComponent c : type.getRecordComponents()) {
            assertEquals(expected.contains(c.getName()), c.isAnnotationPresent(Nullable.class),
                    type.getSimpleName() + "." + c.getName());
            assertEquals(expected.contains(c.getName()), c.getAccessor().isAnnotationPresent(Nullable.class),
                    type.getSimpleName() + "." + c.getName() + "()");
        }
    }
}
