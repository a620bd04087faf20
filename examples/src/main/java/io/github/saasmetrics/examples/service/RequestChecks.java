package io.github.saasmetrics.examples.service;

import io.github.saasmetrics.examples.sample.ExchangeRate;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.subscription.Subscription;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a request passes before the library sees it: those whose failure would otherwise cost
 * memory or time in proportion to a value (a period of nine million years), or be reported by the
 * library without the field that is wrong (a duplicate id, a second rate for one day). A rate's
 * range is {@link ExchangeRate}'s own.
 *
 * <p>Each check costs time in proportion to the request's lists, never to the values in them.
 * Stateless and thread-safe.
 */
final class RequestChecks {

    /**
     * The most months a request's period spans: a ledger spans at most {@link Limits#MAX_LEDGER_MONTHS},
     * the month before the period included.
     */
    static final int MAX_PERIOD_MONTHS = Limits.MAX_LEDGER_MONTHS - 1;

    private final ServiceLimits limits;

    RequestChecks(ServiceLimits limits) {
        this.limits = limits;
    }

    /**
     * Checks a request.
     *
     * @throws InvalidRequestException naming the field, the value and the limit
     */
    void check(MetricsRequest request) {
        long months = period(request.from(), request.to());
        long ledgerMonths = months + 1;
        long size = request.subscriptions().size();
        if (size > limits.maxSubscriptionMonths() / ledgerMonths) {
            throw new InvalidRequestException("/subscriptions", size + " subscriptions over " + ledgerMonths
                    + " ledger months (the period's and the month before) are " + size * ledgerMonths
                    + " subscription-months, at most " + limits.maxSubscriptionMonths()
                    + " (maxSubscriptionMonths): ask for fewer months or fewer subscriptions at a time", null);
        }
        distinctIds(request.subscriptions());
        rates(request.exchangeRates());
        npsDates(request.npsResponses(), request.from());
    }

    /** The months of the period, refused before any list of them is made. */
    private static long period(YearMonth from, YearMonth to) {
        long months = from.until(to, ChronoUnit.MONTHS) + 1;
        if (months > MAX_PERIOD_MONTHS) {
            // The end outside the years a ledger of rows can hold is the one to fix; else the start.
            boolean toIsOdd = plausible(from) && !plausible(to);
            throw new InvalidRequestException(toIsOdd ? "/to" : "/from", "the period " + from + ".." + to + " spans " + months
                    + " months, at most " + MAX_PERIOD_MONTHS + " (a ledger spans at most " + Limits.MAX_LEDGER_MONTHS
                    + " months, the month before the period included)", null);
        }
        return months;
    }

    private static boolean plausible(YearMonth month) {
        return month.getYear() >= 0 && month.getYear() <= 9999;
    }

    private static void distinctIds(List<Subscription> subscriptions) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            Integer first = seen.putIfAbsent(subscriptions.get(i).id(), i);
            if (first != null) {
                throw new InvalidRequestException("/subscriptions/" + i + "/id", "subscription id '"
                        + Limits.quote(subscriptions.get(i).id()) + "' appears twice, first at /subscriptions/" + first
                        + "/id", null);
            }
        }
    }

    private static void rates(List<ExchangeRate> rates) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rates.size(); i++) {
            ExchangeRate r = rates.get(i);
            String key = r.currency().getCurrencyCode() + " " + r.effectiveFrom();
            Integer first = seen.putIfAbsent(key, i);
            if (first != null && rates.get(first).rate().compareTo(r.rate()) != 0) {
                throw new InvalidRequestException("/exchangeRates/" + i + "/rate", "is a second rate from "
                        + r.currency().getCurrencyCode() + " on " + r.effectiveFrom() + ": "
                        + Limits.quote(rates.get(first).rate()) + " at /exchangeRates/" + first + " and "
                        + Limits.quote(r.rate()) + " here", null);
            }
        }
    }

    /**
     * The monthly NPS trend lists every month from the first answer to the last: their span is held
     * to the period's limit, and the answer furthest from the period is the one reported.
     */
    private static void npsDates(List<NpsResponse> responses, YearMonth from) {
        int earliest = -1;
        int latest = -1;
        for (int i = 0; i < responses.size(); i++) {
            LocalDate date = responses.get(i).date();
            if (earliest < 0 || date.isBefore(responses.get(earliest).date())) {
                earliest = i;
            }
            if (latest < 0 || date.isAfter(responses.get(latest).date())) {
                latest = i;
            }
        }
        if (earliest < 0) {
            return;
        }
        YearMonth first = YearMonth.from(responses.get(earliest).date());
        YearMonth last = YearMonth.from(responses.get(latest).date());
        long months = first.until(last, ChronoUnit.MONTHS) + 1;
        if (months > MAX_PERIOD_MONTHS) {
            boolean lastIsFurther = Math.abs(from.until(last, ChronoUnit.MONTHS))
                    > Math.abs(from.until(first, ChronoUnit.MONTHS));
            int at = lastIsFurther ? latest : earliest;
            throw new InvalidRequestException("/npsResponses/" + at + "/date", "answers from " + first + " to " + last
                    + " span " + months + " months, at most " + MAX_PERIOD_MONTHS
                    + " (the monthly trend lists every month between); this one was " + responses.get(at).date(), null);
        }
    }
}
