package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.retention.ChurnReason;
import io.github.saasmetrics.retention.ChurnReasonRecord;
import io.github.saasmetrics.retention.ChurnType;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnReasonCsvTest {

    @Test
    void readsDefaultAndOwnReasonsAndWritesThemBack() {
        String csv = """
                customer,month,reason,type,note
                cus_1,2024-03,competitor,voluntary,"moved to a cheaper rival, after a trial"
                cus_2,2024-03,payment failure,,
                cus_3,2024-04,card expired,involuntary,
                cus_4,2024-04,onboarding,,never finished setup
                """;
        List<ChurnReasonRecord> records = ChurnReasonCsv.read(new StringReader(csv), "reasons.csv");
        assertEquals(List.of(
                ChurnReasonRecord.of("cus_1", YearMonth.of(2024, 3), ChurnReason.COMPETITOR,
                        "moved to a cheaper rival, after a trial"),
                ChurnReasonRecord.of("cus_2", YearMonth.of(2024, 3), ChurnReason.PAYMENT_FAILURE),
                ChurnReasonRecord.of("cus_3", YearMonth.of(2024, 4), ChurnReason.of("card expired", ChurnType.INVOLUNTARY)),
                ChurnReasonRecord.of("cus_4", YearMonth.of(2024, 4), ChurnReason.of("onboarding", ChurnType.VOLUNTARY),
                        "never finished setup")), records);
        StringWriter out = new StringWriter();
        ChurnReasonCsv.write(records, out);
        assertEquals(records, ChurnReasonCsv.read(new StringReader(out.toString()), "again.csv"));
        // Without the optional columns.
        assertEquals(List.of(ChurnReasonRecord.of("cus_9", YearMonth.of(2024, 1), ChurnReason.PRICE)),
                ChurnReasonCsv.read(new StringReader("customer,month,reason\ncus_9,2024-01,price\n"), "short.csv"));
    }

    @Test
    void badRowsNameTheLineColumnAndValue() {
        assertEquals("bad.csv line 2, column 'month': must be a month such as 2024-03 but was '2024-13'",
                assertThrows(CsvFormatException.class, () -> ChurnReasonCsv.read(new StringReader(
                        "customer,month,reason\ncus_1,2024-13,price\n"), "bad.csv")).getMessage());
        assertThrows(CsvFormatException.class, () -> ChurnReasonCsv.read(new StringReader(
                "customer,month,reason,type\ncus_1,2024-03,payment failure,voluntary\n"), "bad.csv"));
        assertThrows(CsvFormatException.class, () -> ChurnReasonCsv.read(new StringReader(
                "customer,month,reason,type\ncus_1,2024-03,price,sometimes\n"), "bad.csv"));
        assertThrows(CsvFormatException.class, () -> ChurnReasonCsv.read(new StringReader(
                "customer,month,reason\ncus_1,2024-03,price\ncus_1,2024-03,support\n"), "bad.csv"));
        assertThrows(CsvFormatException.class, () -> ChurnReasonCsv.read(new StringReader(
                "customer,reason\ncus_1,price\n"), "bad.csv"));
    }
}
