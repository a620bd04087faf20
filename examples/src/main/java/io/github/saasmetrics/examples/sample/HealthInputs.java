package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.health.HealthSignals;
import io.github.saasmetrics.health.LedgerHealth;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.surveys.NpsResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins a data set's sources into the health signals of one month: the {@link HealthObservation}s
 * of that month (usage, features, champion, plan limit, engagement, tickets), the customer's latest
 * NPS answer and support CSAT rating, and the MRR trend from the ledger.
 *
 * <ul>
 *   <li><b>NPS</b>: the latest answer on or before the observation day and at most
 *       {@value #NPS_MAX_AGE_DAYS} days old; older answers say little about today.</li>
 *   <li><b>CSAT</b>: the latest rating (1–5) at most {@value #CSAT_MAX_AGE_DAYS} days old.</li>
 *   <li><b>MRR trend</b>: MRR at the end of the month against {@value #MRR_TREND_MONTHS} months
 *       before ({@link LedgerHealth#withMrrTrend}); missing for a customer who was not paying then,
 *       or when the ledger does not reach back that far.</li>
 * </ul>
 * A customer observed more than once in the month keeps its latest observation.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class HealthInputs {

    /** The oldest NPS answer, in days before the observation, that still counts. */
    public static final int NPS_MAX_AGE_DAYS = 365;

    /** The oldest CSAT rating, in days before the observation, that still counts. */
    public static final int CSAT_MAX_AGE_DAYS = 180;

    /** The length of the MRR-trend window, in months. */
    public static final int MRR_TREND_MONTHS = 3;

    private HealthInputs() {
    }

    /**
     * The months that have health observations.
     *
     * @param data the data set, not null
     * @return the months, ascending, not null, empty without observations
     */
    public static List<YearMonth> months(SampleDataset data) {
        TreeSet<YearMonth> months = new TreeSet<>();
        data.healthObservations().forEach(o -> months.add(YearMonth.from(o.asOf())));
        return List.copyOf(months);
    }

    /**
     * The signals of every customer observed in a month, in customer order.
     *
     * @param data the data set, not null
     * @param ledger the MRR ledger of the data, not null, containing {@code month}
     * @param month the month of the observations, not null
     * @return one signal set per observed customer, not null, empty if nobody was observed that month
     * @throws IllegalArgumentException if {@code month} is outside the ledger
     */
    public static List<HealthSignals> signals(SampleDataset data, MrrLedger ledger, YearMonth month) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(month, "month");
        ledger.monthIndex(month);
        Map<CustomerId, HealthObservation> observed = new TreeMap<>();
        for (HealthObservation o : data.healthObservations()) {
            if (YearMonth.from(o.asOf()).equals(month)) {
                observed.merge(o.customer(), o, (a, b) -> b.asOf().isAfter(a.asOf()) ? b : a);
            }
        }
        Map<CustomerId, List<NpsResponse>> nps = new HashMap<>();
        data.npsResponses().forEach(r -> nps.computeIfAbsent(r.customer(), c -> new ArrayList<>()).add(r));
        Map<CustomerId, List<CsatRating>> csat = new HashMap<>();
        data.csatRatings().forEach(r -> csat.computeIfAbsent(r.customer(), c -> new ArrayList<>()).add(r));
        boolean trend = !month.minusMonths(MRR_TREND_MONTHS).isBefore(ledger.firstMonth());
        List<HealthSignals> out = new ArrayList<>(observed.size());
        for (HealthObservation o : observed.values()) {
            HealthSignals s = o.signals();
            LocalDate day = o.asOf();
            NpsResponse answer = latest(nps.get(o.customer()), NpsResponse::date, day, NPS_MAX_AGE_DAYS);
            if (answer != null) {
                s = s.withNps(answer.score());
            }
            CsatRating rating = latest(csat.get(o.customer()), CsatRating::date, day, CSAT_MAX_AGE_DAYS);
            if (rating != null) {
                s = s.withCsat(rating.rating(), 5);
            }
            out.add(trend ? LedgerHealth.withMrrTrend(s, ledger, month, MRR_TREND_MONTHS) : s);
        }
        return out;
    }

    private static <T> T latest(List<T> answers, java.util.function.Function<T, LocalDate> date, LocalDate day,
            int maxAgeDays) {
        if (answers == null) {
            return null;
        }
        LocalDate oldest = day.minusDays(maxAgeDays);
        return answers.stream()
                .filter(a -> !date.apply(a).isAfter(day) && !date.apply(a).isBefore(oldest))
                .max(Comparator.comparing(date))
                .orElse(null);
    }
}
