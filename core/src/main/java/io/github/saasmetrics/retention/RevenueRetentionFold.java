package io.github.saasmetrics.retention;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MonthRange;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.ReactivationInRetention;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Revenue retention as a {@link LedgerFold}: each cohort customer's contribution
 * ({@link RevenueRetention#contribution}) summed exactly, or collected per customer.
 *
 * @param <R> the result type
 */
final class RevenueRetentionFold<R> implements LedgerFold<RevenueRetentionFold.Sums, R> {

    private final Function<MrrLedger, ReportingPeriod> period;
    /** Null: as the ledger's movement conventions say. */
    private final ReactivationInRetention reactivation;
    private final boolean perCustomer;
    private final Function<Sums, R> finisher;
    private final String name;

    private RevenueRetentionFold(Function<MrrLedger, ReportingPeriod> period, ReactivationInRetention reactivation,
            boolean perCustomer, Function<Sums, R> finisher, String name) {
        this.period = period;
        this.reactivation = reactivation;
        this.perCustomer = perCustomer;
        this.finisher = finisher;
        this.name = name;
    }

    static RevenueRetentionFold<RevenueRetentionResult> result(ReportingPeriod period,
            ReactivationInRetention reactivation) {
        Objects.requireNonNull(period, "period");
        return new RevenueRetentionFold<>(ledger -> period, reactivation, false, Sums::result,
                "revenue retention of " + period);
    }

    static RevenueRetentionFold<RevenueRetentionResult> trailing(YearMonth month,
            ReactivationInRetention reactivation) {
        return new RevenueRetentionFold<>(ledger -> RevenueRetention.trailingPeriod(ledger, month), reactivation,
                false, Sums::result, "trailing-twelve-month revenue retention to " + month);
    }

    static RevenueRetentionFold<List<RetentionContribution>> contributions(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        return new RevenueRetentionFold<>(ledger -> period, null, true, sums -> List.copyOf(sums.contributions),
                "revenue retention contributions of " + period);
    }

    /** The sums (and, if asked, the contributions) of one slice of customers. */
    static final class Sums {
        private final ReportingPeriod period;
        private final ReactivationInRetention reactivation;
        private final Currency currency;
        private final int first;
        private final int last;
        private final boolean withFx;
        private final long[] one = new long[7];
        private final long[] sums = new long[7];
        private final long[] counts = new long[5];
        private final List<RetentionContribution> contributions;

        Sums(ReportingPeriod period, ReactivationInRetention reactivation, Currency currency, int first, int last,
                boolean withFx, boolean perCustomer) {
            this.period = period;
            this.reactivation = reactivation;
            this.currency = currency;
            this.first = first;
            this.last = last;
            this.withFx = withFx;
            this.contributions = perCustomer ? new ArrayList<>() : null;
        }

        void add(CustomerTimeline customer) {
            long[] v = one;
            if (!RevenueRetention.contribution(customer, first, last, withFx, v)) {
                return;
            }
            if (contributions != null) {
                contributions.add(new RetentionContribution(customer.id(),
                        money(v[RevenueRetention.START]), money(v[RevenueRetention.END]),
                        money(v[RevenueRetention.EXPANSION]), money(v[RevenueRetention.CONTRACTION]),
                        money(v[RevenueRetention.CHURN]), money(v[RevenueRetention.REACTIVATION]),
                        money(v[RevenueRetention.FX])));
                return;
            }
            counts[0]++;
            counts[1] += v[RevenueRetention.EXPANSION] > 0 ? 1 : 0;
            counts[2] += v[RevenueRetention.CONTRACTION] > 0 ? 1 : 0;
            counts[3] += v[RevenueRetention.CHURN] > 0 ? 1 : 0;
            counts[4] += v[RevenueRetention.REACTIVATION] > 0 ? 1 : 0;
            for (int i = 0; i < sums.length; i++) {
                sums[i] = exact(sums[i], v[i], i);
            }
        }

        Sums addAll(Sums other) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] = exact(sums[i], other.sums[i], i);
            }
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            if (contributions != null) {
                contributions.addAll(other.contributions);
            }
            return this;
        }

        private long exact(long a, long b, int field) {
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) {
                throw new ArithmeticException("revenue retention of " + period + ": the sum of "
                        + FIELDS[field] + " overflows a long of minor units of " + currency.getCurrencyCode());
            }
            return r;
        }

        private Money money(long minor) {
            return Money.ofMinor(currency, minor);
        }

        RevenueRetentionResult result() {
            return new RevenueRetentionResult(period, reactivation, counts[0], counts[1], counts[2], counts[3],
                    counts[4], money(sums[RevenueRetention.START]), money(sums[RevenueRetention.EXPANSION]),
                    money(sums[RevenueRetention.CONTRACTION]), money(sums[RevenueRetention.CHURN]),
                    money(sums[RevenueRetention.REACTIVATION]), money(sums[RevenueRetention.FX]),
                    money(sums[RevenueRetention.END]));
        }
    }

    private static final String[] FIELDS = {"starting MRR", "ending MRR", "expansion", "contraction", "churn",
        "reactivation", "FX"};

    @Override
    public Sums newAccumulator(MrrLedger ledger) {
        ReportingPeriod p = period.apply(ledger);
        MonthRange range = ledger.monthRange(p);
        ReactivationInRetention r = reactivation != null ? reactivation
                : ledger.movementConventions().reactivationInRetention();
        return new Sums(p, r, ledger.currency(), range.first(), range.last(), ledger.hasFx(), perCustomer);
    }

    @Override
    public void add(Sums accumulator, CustomerTimeline customer) {
        accumulator.add(customer);
    }

    @Override
    public Sums merge(Sums left, Sums right) {
        return left.addAll(right);
    }

    @Override
    public R finish(Sums accumulator) {
        return finisher.apply(accumulator);
    }

    @Override
    public String toString() {
        return name;
    }
}
