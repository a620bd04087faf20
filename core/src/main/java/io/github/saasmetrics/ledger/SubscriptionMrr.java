package io.github.saasmetrics.ledger;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.FxRateConvention;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.StatusChange;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.subscription.SubscriptionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The MRR one subscription carries on any date, under a set of conventions.
 *
 * <p>The subscription is paid on the days of its <em>paid windows</em>: from the trial end (or
 * start) until the end recognised by the churn convention, less paused days and past-due days
 * beyond the grace window. On a paid day its MRR is the price per interval times the quantity,
 * less the discounts that count and are running, normalised to a month and rounded half-even.
 */
final class SubscriptionMrr {

    private final Subscription subscription;
    private final MrrConventions conventions;
    private final LocalDate paidStart;
    /** Paid windows as [from, toExclusive) pairs, in order, non-overlapping. */
    private final LocalDate[] windows;
    private final List<Discount> countedDiscounts;
    private final long basePerInterval;
    /** The MRR without discounts, once computed; −1 before. */
    private long undiscounted = -1;
    /** The running-discount mask of {@link #cachedAmount}; −1 for none yet. */
    private long cachedMask = -1;
    private long cachedAmount;

    SubscriptionMrr(Subscription subscription, MrrConventions conventions) {
        this.subscription = subscription;
        this.conventions = conventions;
        LocalDate start = subscription.start();
        LocalDate trialEnd = subscription.trialEnd();
        this.paidStart = trialEnd != null && trialEnd.isAfter(start) ? trialEnd : start;
        this.windows = paidWindows();
        List<Discount> counted = new ArrayList<>();
        for (Discount d : subscription.discounts()) {
            if (conventions.discountReducesMrr(d.duration())) {
                counted.add(d);
            }
        }
        this.countedDiscounts = counted;
        try {
            this.basePerInterval = Math.multiplyExact(subscription.unitPrice().minorUnits(), subscription.quantity());
        } catch (ArithmeticException e) {
            throw new ArithmeticException("unitPrice × quantity of subscription " + Limits.quote(subscription.id()) + " overflows");
        }
    }

    Subscription subscription() {
        return subscription;
    }

    Currency currency() {
        return subscription.unitPrice().currency();
    }

    /** The windows as [from, toExclusive) pairs. */
    LocalDate[] windows() {
        return windows;
    }

    /** The day MRR stops because of the end date, under the churn convention; {@code LocalDate.MAX} if none. */
    private LocalDate recognisedEnd() {
        LocalDate end = subscription.end();
        if (end == null) {
            return LocalDate.MAX;
        }
        return switch (conventions.churnRecognition()) {
            case AT_CANCELLATION -> end;
            case AT_REQUEST -> subscription.cancelRequestedAt() != null ? subscription.cancelRequestedAt() : end;
            case AT_PERIOD_END -> end.isAfter(paidStart) ? periodBoundaryOnOrAfter(end) : end;
        };
    }

    private LocalDate periodBoundaryOnOrAfter(LocalDate date) {
        long n = Math.max(0, estimateIntervals(date) - 1);
        LocalDate boundary = boundary(n);
        while (boundary.isBefore(date)) {
            boundary = boundary(++n);
        }
        return boundary;
    }

    /** The start of the billing period that contains a paid date. */
    LocalDate periodStartOf(LocalDate date) {
        long n = Math.max(0, estimateIntervals(date) + 1);
        LocalDate boundary = boundary(n);
        while (boundary.isAfter(date) && n > 0) {
            boundary = boundary(--n);
        }
        return boundary;
    }

    /** The date some months after the paid start, or {@link LocalDate#MAX} past the last date a LocalDate holds. */
    private LocalDate monthsAfterPaidStart(int months) {
        try {
            return paidStart.plusMonths(months);
        } catch (DateTimeException pastTheLastDate) {
            return LocalDate.MAX;
        }
    }

    /**
     * The start of the {@code n}-th billing period, or {@link LocalDate#MAX} when it lies past the last
     * date a {@code LocalDate} holds: such a boundary comes after every date the ledger can ask about
     * (a subscription ending on +999999999-12-31 is recognised as churned at a period end never reached).
     */
    private LocalDate boundary(long n) {
        try {
            return subscription.interval().addTo(paidStart, n);
        } catch (DateTimeException | ArithmeticException pastTheLastDate) {
            return LocalDate.MAX;
        }
    }

    private long estimateIntervals(LocalDate date) {
        BillingInterval interval = subscription.interval();
        return switch (interval.unit()) {
            case DAY -> ChronoUnit.DAYS.between(paidStart, date) / interval.count();
            case WEEK -> ChronoUnit.WEEKS.between(paidStart, date) / interval.count();
            case MONTH -> ChronoUnit.MONTHS.between(paidStart, date) / interval.count();
            case YEAR -> ChronoUnit.YEARS.between(paidStart, date) / interval.count();
        };
    }

    private LocalDate[] paidWindows() {
        LocalDate end = recognisedEnd();
        List<LocalDate> out = new ArrayList<>();
        if (!end.isAfter(paidStart)) {
            return new LocalDate[0];
        }
        // Walk the status history: each change opens a stretch that is paid, partly paid or unpaid.
        List<StatusChange> changes = subscription.statusChanges();
        LocalDate cursor = paidStart;
        SubscriptionStatus status = SubscriptionStatus.ACTIVE;
        LocalDate statusSince = subscription.start();
        for (int i = 0; i <= changes.size(); i++) {
            LocalDate stretchEnd = i < changes.size() ? changes.get(i).date() : LocalDate.MAX;
            addPaid(out, status, statusSince, cursor, min(stretchEnd, end));
            if (i < changes.size()) {
                cursor = max(cursor, stretchEnd);
                status = changes.get(i).status();
                statusSince = changes.get(i).date();
            }
        }
        return out.toArray(LocalDate[]::new);
    }

    private void addPaid(List<LocalDate> out, SubscriptionStatus status, LocalDate since, LocalDate from,
            LocalDate to) {
        LocalDate paidTo = switch (status) {
            case ACTIVE -> to;
            case PAUSED -> from;
            case PAST_DUE -> min(to, since.plusDays(conventions.pastDueGraceDays()));
        };
        if (paidTo.isAfter(from)) {
            int n = out.size();
            if (n > 0 && out.get(n - 1).equals(from)) {
                out.set(n - 1, paidTo);
            } else {
                out.add(from);
                out.add(paidTo);
            }
        }
    }

    boolean paidOn(LocalDate date) {
        for (int i = 0; i < windows.length; i += 2) {
            if (!date.isBefore(windows[i]) && date.isBefore(windows[i + 1])) {
                return true;
            }
        }
        return false;
    }

    boolean paidDuring(LocalDate from, LocalDate toExclusive) {
        if (basePerInterval == 0) {
            return false;
        }
        for (int i = 0; i < windows.length; i += 2) {
            if (windows[i].isBefore(toExclusive) && windows[i + 1].isAfter(from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first day with MRR, or null if there is none: free plans never have one, and a window
     * that opens under a full discount counts from its first day with MRR left.
     */
    LocalDate firstPaidDay() {
        if (basePerInterval == 0) {
            return null;
        }
        for (int i = 0; i < windows.length; i += 2) {
            if (mrrMinorOn(windows[i]) > 0) {
                return windows[i];
            }
        }
        return null;
    }

    /** MRR in minor units of the subscription's currency on a date; 0 on unpaid days. */
    long mrrMinorOn(LocalDate date) {
        if (!paidOn(date)) {
            return 0;
        }
        return mrrMinorOnPaidDay(date);
    }

    /**
     * MRR on a day known to be paid. The amount depends only on which discounts run, so it is
     * computed once per set of running discounts (a bit mask) and reused for the following months,
     * instead of once per month with {@code BigDecimal}.
     */
    long mrrMinorOnPaidDay(LocalDate date) {
        if (countedDiscounts.isEmpty()) {
            if (undiscounted < 0) {
                undiscounted = amount(List.of());
            }
            return undiscounted;
        }
        long mask = 0;
        for (int i = 0; i < countedDiscounts.size() && i < 64; i++) {
            if (running(countedDiscounts.get(i), date)) {
                mask |= 1L << i;
            }
        }
        if (countedDiscounts.size() <= 64 && mask == cachedMask) {
            return cachedAmount;
        }
        long amount = amount(runningDiscounts(date));
        cachedMask = mask;
        cachedAmount = amount;
        return amount;
    }

    /** The MRR with some discounts running. */
    private long amount(List<Discount> running) {
        BillingInterval interval = subscription.interval();
        long num = interval.monthlyNumerator();
        long den = interval.monthlyDenominator();
        if (running.isEmpty()) {
            try {
                return roundHalfEven(Math.multiplyExact(basePerInterval, num), den);
            } catch (ArithmeticException e) {
                throw tooLarge(e);
            }
        }
        BigDecimal amount = BigDecimal.valueOf(basePerInterval);
        for (Discount d : running) {
            if (d.percentOff() != null) {
                amount = amount.multiply(BigDecimal.valueOf(100).subtract(d.percentOff())).movePointLeft(2);
            }
        }
        for (Discount d : running) {
            if (d.amountOff() != null) {
                amount = amount.subtract(BigDecimal.valueOf(d.amountOff().minorUnits()));
            }
        }
        if (amount.signum() < 0) {
            amount = BigDecimal.ZERO;
        }
        try {
            return amount.multiply(BigDecimal.valueOf(num)).divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_EVEN)
                    .longValueExact();
        } catch (ArithmeticException e) {
            throw tooLarge(e);
        }
    }

    private ArithmeticException tooLarge(ArithmeticException cause) {
        return Limits.overflow("MRR of subscription " + Limits.quote(subscription.id()) + " (unitPrice "
                + subscription.unitPrice() + " × quantity " + subscription.quantity() + " per "
                + subscription.interval() + ", in minor units)", cause);
    }

    private List<Discount> runningDiscounts(LocalDate date) {
        if (countedDiscounts.isEmpty()) {
            return List.of();
        }
        List<Discount> running = new ArrayList<>(countedDiscounts.size());
        for (Discount d : countedDiscounts) {
            if (running(d, date)) {
                running.add(d);
            }
        }
        return running;
    }

    private boolean running(Discount d, LocalDate date) {
        return switch (d.duration()) {
            case FOREVER -> true;
            case REPEATING -> date.isBefore(monthsAfterPaidStart(d.months()));
            case ONCE -> date.isBefore(boundary(1));
        };
    }

    /** The date whose exchange rate converts the MRR measured on a date. */
    LocalDate rateDate(LocalDate date, FxRateConvention convention) {
        return convention == FxRateConvention.MONTH_START ? date.withDayOfMonth(1) : periodStartOf(date);
    }

    /** MRR on a date in minor units of the reporting currency, converted at the rate of {@code rateDate}. */
    long reportingMinorOn(LocalDate date, LocalDate rateDate, ExchangeRates rates) {
        long own = mrrMinorOn(date);
        if (own == 0 || currency().equals(rates.reportingCurrency())) {
            return own;
        }
        BigDecimal rate;
        try {
            rate = rates.rate(currency(), rateDate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("subscription " + Limits.quote(subscription.id()) + " of customer "
                    + Limits.quote(subscription.customer()) + ": " + e.getMessage(), e);
        }
        try {
            return rates.convertMinor(own, currency(), rate);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException("subscription " + Limits.quote(subscription.id())
                    + " of customer " + Limits.quote(subscription.customer()) + " on " + date + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    static long roundHalfEven(long numerator, long denominator) {
        long q = Math.floorDiv(numerator, denominator);
        long r = numerator - q * denominator;
        long twice = 2 * r;
        if (twice > denominator || (twice == denominator && (q & 1) == 1)) {
            q++;
        }
        return q;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
