package io.github.saasmetrics.surveys;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The Net Promoter Score of survey answers, overall, by customer segment and by period.
 *
 * <p>Answers are 0 to 10: 9–10 promoters, 7–8 passives, 0–6 detractors;
 * {@code NPS = %promoters − %detractors}, from −100 to +100. The result, {@link NpsScore}, keeps
 * the counts and gives the standard error, confidence intervals and comparisons; see there for the
 * formulas. An answer outside 0..10 is rejected with {@link IllegalArgumentException} naming it;
 * no answers give {@link NpsScore#EMPTY}, whose statistics are undefined.
 *
 * <p>Example: {@code Nps.score(10, 9, 8, 7, 6, 0)} has 2 promoters, 2 passives and 2 detractors,
 * NPS 0; {@code Nps.score(9, 10, 10, 4)} scores {@code 100 × (3 − 1) / 4 = 50}.
 *
 * <p>For many answers, {@link #score(int...)} is one tight pass over the array; streams use
 * {@link #toNpsScore()} or an {@link NpsAccumulator}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class Nps {

    /**
     * The most periods a {@link #monthlyTrend(Collection) monthly} or {@link #quarterlyTrend(Collection)
     * quarterly} trend fills in from its first response to its last: {@value}, as many months as a ledger
     * may span ({@link Limits#MAX_LEDGER_MONTHS}). Responses further apart are refused before any period
     * is listed, since the rows would be proportional to the dates, not to the responses.
     */
    public static final int MAX_TREND_PERIODS = Limits.MAX_LEDGER_MONTHS;

    private Nps() {
    }

    /**
     * The unweighted score of plain answers.
     *
     * @param scores the answers, not null, each from 0 to 10; may be empty
     * @return the score, not null; {@link NpsScore#EMPTY} for no answers
     * @throws NullPointerException if the array is null
     * @throws IllegalArgumentException if an answer is outside 0..10 (the message names its index and value)
     */
    public static NpsScore score(int... scores) {
        NpsAccumulator accumulator = new NpsAccumulator();
        accumulator.addAll(scores);
        return accumulator.snapshot();
    }

    /**
     * The score of responses, weighted if any response carries a weight other than 1.
     *
     * @param responses the responses, not null, no null element; may be empty
     * @return the score, not null; {@link NpsScore#EMPTY} for no responses
     * @throws NullPointerException if the collection or a response is null
     * @throws ArithmeticException if the number of responses overflows a {@code long}
     */
    public static NpsScore score(Collection<NpsResponse> responses) {
        Objects.requireNonNull(responses, "responses");
        NpsAccumulator accumulator = new NpsAccumulator();
        for (NpsResponse response : responses) {
            accumulator.add(response);
        }
        return accumulator.snapshot();
    }

    /**
     * A collector of responses into their score, for sequential and parallel streams.
     *
     * <p>Example: {@code responses.stream().filter(r -> r.date().getYear() == 2024).collect(Nps.toNpsScore())}.
     *
     * @return the collector, not null
     */
    public static Collector<NpsResponse, NpsAccumulator, NpsScore> toNpsScore() {
        return Collector.of(NpsAccumulator::new, NpsAccumulator::add, (left, right) -> {
            left.addAll(right);
            return left;
        }, NpsAccumulator::snapshot);
    }

    /**
     * The score per value of a customer attribute, such as {@code plan} or {@code region}.
     *
     * <p>Each response is joined to its customer by identifier. A response whose customer lacks the
     * attribute goes to {@link NpsSegments#withoutAttribute()}. A response whose customer is not in
     * {@code customers} at all is rejected: that is a broken join (an incomplete customer list or a
     * stray identifier), and lumping it in with customers known to lack the attribute would hide it.
     *
     * @param responses the responses, not null, no null element
     * @param customers the customers by identifier, not null; must hold every responding customer
     * @param attribute the attribute to break down by, not null, not blank
     * @return the breakdown, segments sorted by value; not null
     * @throws IllegalArgumentException if a response's customer is not in {@code customers} (the
     *     message names the customer), or the attribute is blank
     */
    public static NpsSegments bySegment(Collection<NpsResponse> responses, Map<CustomerId, Customer> customers,
            String attribute) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(attribute, "attribute");
        if (attribute.isBlank()) {
            throw new IllegalArgumentException("attribute must not be blank but was '" + Limits.quote(attribute) + "'");
        }
        TreeMap<String, NpsAccumulator> bySegment = new TreeMap<>();
        NpsAccumulator without = new NpsAccumulator();
        for (NpsResponse response : responses) {
            Objects.requireNonNull(response, "response");
            Customer customer = customers.get(response.customer());
            if (customer == null) {
                throw new IllegalArgumentException("customer " + response.customer() + " answered on "
                        + response.date() + " but is not among the customers");
            }
            Optional<String> value = customer.attribute(attribute);
            if (value.isPresent()) {
                bySegment.computeIfAbsent(value.get(), v -> new NpsAccumulator()).add(response);
            } else {
                without.add(response);
            }
        }
        List<NpsSegments.Segment> segments = new ArrayList<>();
        bySegment.forEach((value, accumulator) -> segments.add(new NpsSegments.Segment(value, accumulator.snapshot())));
        return new NpsSegments(attribute, segments, without.snapshot());
    }

    /**
     * The score per value of a customer attribute, the customers given as a collection. See
     * {@link #bySegment(Collection, Map, String)}.
     *
     * @param responses the responses, not null, no null element
     * @param customers the customers, not null, each identifier at most once; must hold every responding customer
     * @param attribute the attribute to break down by, not null, not blank
     * @return the breakdown, segments sorted by value; not null
     * @throws IllegalArgumentException if a customer appears twice, a response's customer is unknown,
     *     or the attribute is blank
     */
    public static NpsSegments bySegment(Collection<NpsResponse> responses, Collection<Customer> customers,
            String attribute) {
        Objects.requireNonNull(customers, "customers");
        Map<CustomerId, Customer> byId = new HashMap<>();
        for (Customer customer : customers) {
            Objects.requireNonNull(customer, "customer");
            if (byId.putIfAbsent(customer.id(), customer) != null) {
                throw new IllegalArgumentException("customer " + customer.id() + " appears twice among the customers");
            }
        }
        return bySegment(responses, byId, attribute);
    }

    /**
     * The score per calendar month of the response dates, every month from the first response to
     * the last included (a month without responses has the empty score).
     *
     * @param responses the responses, not null, no null element
     * @return the trend, not null; no rows for no responses
     * @throws NullPointerException if the collection or a response is null
     * @throws IllegalArgumentException if the first and last response are more than {@value #MAX_TREND_PERIODS}
     *     months apart, or a response falls in {@code +999999999-12}, whose month ends after the last date a
     *     reporting period can hold
     */
    public static NpsTrend monthlyTrend(Collection<NpsResponse> responses) {
        return trend(responses, date -> ReportingPeriod.month(YearMonth.from(date)), true);
    }

    /**
     * The score per calendar quarter of the response dates, every quarter from the first response
     * to the last included (a quarter without responses has the empty score).
     *
     * @param responses the responses, not null, no null element
     * @return the trend, not null; no rows for no responses
     * @throws NullPointerException if the collection or a response is null
     * @throws IllegalArgumentException if the first and last response are more than {@value #MAX_TREND_PERIODS}
     *     quarters apart, or a response falls in the last quarter of {@code +999999999}
     */
    public static NpsTrend quarterlyTrend(Collection<NpsResponse> responses) {
        return trend(responses, date -> ReportingPeriod.quarter(date.getYear(), (date.getMonthValue() + 2) / 3), true);
    }

    /**
     * The score per period, the period of each response chosen by a function of its date, such as
     * weeks or fiscal quarters. Only periods that hold a response appear.
     *
     * @param responses the responses, not null, no null element
     * @param periodOf the period of a date, not null; must return a period containing the date
     * @return the trend, sorted by period; not null
     * @throws NullPointerException if an argument or a response is null, or {@code periodOf} returns null
     * @throws IllegalArgumentException if {@code periodOf} returns a period that does not contain the date
     */
    public static NpsTrend trend(Collection<NpsResponse> responses, Function<LocalDate, ReportingPeriod> periodOf) {
        return trend(responses, periodOf, false);
    }

    private static NpsTrend trend(Collection<NpsResponse> responses, Function<LocalDate, ReportingPeriod> periodOf,
            boolean fillGaps) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(periodOf, "periodOf");
        TreeMap<ReportingPeriod, NpsAccumulator> byPeriod = new TreeMap<>();
        Map<LocalDate, ReportingPeriod> periods = new HashMap<>();
        for (NpsResponse response : responses) {
            Objects.requireNonNull(response, "response");
            ReportingPeriod period = periods.computeIfAbsent(response.date(), date -> {
                ReportingPeriod p = Objects.requireNonNull(periodOf.apply(date), "period of " + date);
                if (!p.contains(date)) {
                    throw new IllegalArgumentException("period " + p + " given for " + date + " does not contain it");
                }
                return p;
            });
            byPeriod.computeIfAbsent(period, p -> new NpsAccumulator()).add(response);
        }
        List<NpsTrend.Point> points = new ArrayList<>();
        if (fillGaps && !byPeriod.isEmpty()) {
            // Calendar months and quarters chain through next(), so walking it visits every period in between.
            ReportingPeriod first = byPeriod.firstKey();
            ReportingPeriod last = byPeriod.lastKey();
            long monthsEach = ChronoUnit.MONTHS.between(first.start(), first.endExclusive());
            long span = ChronoUnit.MONTHS.between(first.start(), last.start()) / monthsEach + 1;
            if (span > MAX_TREND_PERIODS) {
                throw new IllegalArgumentException("a trend fills in at most " + MAX_TREND_PERIODS + " periods but the"
                        + " responses from " + first + " to " + last + " span " + span);
            }
            for (ReportingPeriod p = first; p.compareTo(last) <= 0; p = p.next()) {
                NpsAccumulator accumulator = byPeriod.get(p);
                points.add(new NpsTrend.Point(p, accumulator == null ? NpsScore.EMPTY : accumulator.snapshot()));
            }
        } else {
            byPeriod.forEach((p, accumulator) -> points.add(new NpsTrend.Point(p, accumulator.snapshot())));
        }
        return new NpsTrend(points);
    }
}
