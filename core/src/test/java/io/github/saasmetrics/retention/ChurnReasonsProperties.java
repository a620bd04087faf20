package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChurnReasonsProperties {

    @Provide
    Arbitrary<List<RetentionProperties.Row>> rows() {
        return new RetentionProperties().rows();
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return new RetentionProperties().periods();
    }

    @Provide
    Arbitrary<List<ChurnReasonRecord>> records() {
        List<ChurnReason> reasons = new ArrayList<>(ChurnReason.defaults());
        reasons.add(ChurnReason.of("card expired", ChurnType.INVOLUNTARY));
        reasons.add(ChurnReason.of("onboarding", ChurnType.VOLUNTARY));
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0,
                RetentionProperties.MONTHS - 1), Arbitraries.of(reasons))
                .as((c, m, r) -> new ChurnReasonRecord(CustomerId.of("c" + c), RetentionProperties.START.plusMonths(m), r,
                        null))
                .list().ofMaxSize(40).map(list -> {
                    // One record per customer and month.
                    Set<String> seen = new HashSet<>();
                    return list.stream().filter(r -> seen.add(r.customer() + "@" + r.month())).toList();
                });
    }

    @Property
    void everyChurnEventIsCountedOnceAndEveryRecordAccountedFor(@ForAll("rows") List<RetentionProperties.Row> rows,
            @ForAll("periods") ReportingPeriod period, @ForAll("records") List<ChurnReasonRecord> records) {
        MrrLedger ledger = RetentionProperties.build(rows);
        ChurnReasonBreakdown b = ChurnReasons.measure(ledger, period, records);
        MrrBridge bridge = MrrMovements.bridge(ledger, period);
        assertEquals(bridge.churnedCustomers(), b.churned());
        assertEquals(bridge.churn(), b.mrr());
        assertEquals(b.recordedChurned(), b.churned(ChurnType.VOLUNTARY) + b.churned(ChurnType.INVOLUNTARY));
        assertEquals(b.mrr(), b.mrr(ChurnType.VOLUNTARY).plus(b.mrr(ChurnType.INVOLUNTARY)).plus(b.unrecordedMrr()));
        // Each record of the period either explains one churn event or is unmatched.
        long inPeriod = records.stream().filter(r -> period.months().contains(r.month())).count();
        assertEquals(inPeriod, b.recordedChurned() + b.unmatched().size());
        // Month by month adds up to the period.
        List<ChurnReasonBreakdown> months = ChurnReasons.monthly(ledger, period, records);
        assertEquals(b.churned(), months.stream().mapToLong(ChurnReasonBreakdown::churned).sum());
        assertEquals(b.unmatched().size(), months.stream().mapToInt(m -> m.unmatched().size()).sum());
        for (ChurnReason r : b.reasons().stream().map(ChurnReasonCount::reason).toList()) {
            assertEquals(b.churned(r), months.stream().mapToLong(m -> m.churned(r)).sum());
            assertEquals(b.mrr(r), months.stream().map(m -> m.mrr(r)).reduce(Money.zero(ledger.currency()), Money::plus));
        }
    }

    @Property
    void customerSlicesMergeToTheWhole(@ForAll("rows") List<RetentionProperties.Row> rows,
            @ForAll("periods") ReportingPeriod period, @ForAll("records") List<ChurnReasonRecord> records,
            @ForAll int salt) {
        MrrLedger ledger = RetentionProperties.build(rows);
        Predicate<CustomerId> left = c -> ((c.value().hashCode() ^ salt) & 1) == 0;
        ChurnReasonBreakdown a = ChurnReasons.measure(ledger.filter(left), period,
                records.stream().filter(r -> left.test(r.customer())).toList());
        ChurnReasonBreakdown b = ChurnReasons.measure(ledger.filter(left.negate()), period,
                records.stream().filter(r -> !left.test(r.customer())).toList());
        assertEquals(ChurnReasons.measure(ledger, period, records), a.plus(b));
        assertEquals(a.plus(b), b.plus(a));
    }
}
