package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Objects;

/**
 * Turns a reporting period into the ledger's month indices, or rejects it.
 *
 * <p>A period must be whole months after the ledger's opening month and within its last month, so
 * that its start (the end of the month before it) and its end are both in the ledger. Anything
 * else would give a silently partial answer.
 */
final class LedgerPeriods {

    private LedgerPeriods() {
    }

    /** The indices {@code {first, last}} of the period's first and last months. */
    static int[] range(MrrLedger ledger, ReportingPeriod period) {
        MonthRange range = Objects.requireNonNull(ledger, "ledger").monthRange(period);
        return new int[] {range.first(), range.last()};
    }
}
