package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Rfc4180;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The typed churn table holds the result's own ratios, counted from its own counts, and its CSV the same numbers. */
class ChurnResultTableProperties {

    @Provide
    Arbitrary<List<RetentionProperties.Row>> rows() {
        return new RetentionProperties().rows();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return new RetentionProperties().periods();
    }

    @Property
    void theTableHoldsTheResultsRatios(@ForAll("rows") List<RetentionProperties.Row> rows,
            @ForAll("periods") ReportingPeriod period, @ForAll JoinAndChurn count) {
        ChurnResult r = CustomerChurn.measure(RetentionProperties.build(rows), period, count);
        ResultTable t = r.toTable();
        long c = r.churnEvents();
        long[][] counted = {{c, r.customersAtStart()}, {c, r.customersAtStart() + r.joinedCustomers()},
            {2 * c, r.customersAtStart() + r.customersAtEnd()}, {2 * c * period.lengthInDays(), r.exposureHalfDays()}};
        ChurnDenominator[] ratios = {ChurnDenominator.START, ChurnDenominator.START_PLUS_NEW, ChurnDenominator.AVERAGE,
            ChurnDenominator.CUSTOMER_DAYS};
        assertEquals(ratios.length + period.monthCount(), t.rowCount());
        List<List<String>> csv = Rfc4180.read(t.toCsv());
        for (int i = 0; i < t.rowCount(); i++) {
            Ratio rate = (Ratio) t.value(i, "rate");
            Object numerator = t.value(i, "numerator");
            Object base = t.value(i, "base");
            if (i < ratios.length) {
                assertEquals(ratios[i].label(), t.value(i, "denominator"));
                assertEquals(r.rate(ratios[i]), rate);
                if (counted[i][1] != 0) {
                    assertEquals(counted[i][0], numerator);
                    assertEquals(counted[i][1], base);
                }
            } else {
                assertEquals(period.months().get(i - ratios.length).toString(), t.value(i, "denominator"));
                assertEquals(r.dailySum().terms().get(i - ratios.length), rate);
            }
            if (rate.defined()) {
                assertEquals(Ratio.of((Long) numerator, (Long) base), rate);
            } else {
                assertNull(numerator);
                assertNull(base);
            }
            // CSV: the group field, then denominator, rate, numerator, base.
            List<String> fields = csv.get(i + 1);
            assertEquals(rate.defined() ? Double.valueOf(rate.value()) : null,
                    fields.get(2) == null ? null : Double.valueOf(fields.get(2)));
            assertEquals(numerator, fields.get(3) == null ? null : Long.valueOf(fields.get(3)));
            assertEquals(base, fields.get(4) == null ? null : Long.valueOf(fields.get(4)));
        }
    }
}
