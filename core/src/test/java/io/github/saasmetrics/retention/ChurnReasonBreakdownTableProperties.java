package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Rfc4180;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The typed reasons table adds up to its total row, its shares are its counts over the total, its CSV agrees. */
class ChurnReasonBreakdownTableProperties {

    private final ChurnReasonsProperties generators = new ChurnReasonsProperties();

    @Provide
    Arbitrary<List<RetentionProperties.Row>> rows() {
        return generators.rows();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return generators.periods();
    }

    @Provide
    Arbitrary<List<ChurnReasonRecord>> records() {
        return generators.records();
    }

    @Property
    void rowsAddUpToTheTotalAndSharesAreTheirCounts(@ForAll("rows") List<RetentionProperties.Row> rows,
            @ForAll("periods") ReportingPeriod period, @ForAll("records") List<ChurnReasonRecord> records) {
        ChurnReasonBreakdown b = ChurnReasons.measure(RetentionProperties.build(rows), period, records);
        ResultTable t = b.toTable();
        int total = t.rowCount() - 1;
        assertEquals(b.reasons().size() + 1, total);
        long churned = 0;
        Money mrr = Money.zero(b.currency());
        for (int r = 0; r < total; r++) {
            churned += (Long) t.value(r, "churned");
            mrr = mrr.plus((Money) t.value(r, "MRR"));
        }
        assertEquals(b.churned(), churned);
        assertEquals(churned, t.value(total, "churned"));
        assertEquals(mrr, t.value(total, "MRR"));
        List<List<String>> csv = Rfc4180.read(t.toCsv());
        for (int r = 0; r < total; r++) {
            Ratio share = (Ratio) t.value(r, "share");
            Ratio mrrShare = (Ratio) t.value(r, "MRR share");
            assertEquals(churned == 0 ? Ratio.UNDEFINED : Ratio.of((Long) t.value(r, "churned"), churned), share);
            assertEquals(mrr.zero() ? Ratio.UNDEFINED : Ratio.of(((Money) t.value(r, "MRR")).minorUnits(),
                    mrr.minorUnits()), mrrShare);
            // CSV: row kind, reason, type, churned, share, MRR, MRR share.
            List<String> fields = csv.get(r + 1);
            assertEquals(t.value(r, "churned"), Long.valueOf(fields.get(3)));
            assertEquals(((Money) t.value(r, "MRR")).amount(), new BigDecimal(fields.get(5)));
            assertEquals(share.defined() ? Double.valueOf(share.value()) : null,
                    fields.get(4) == null ? null : Double.valueOf(fields.get(4)));
        }
        assertEquals(b.mrr().amount(), new BigDecimal(csv.get(total + 1).get(5)));
    }
}
