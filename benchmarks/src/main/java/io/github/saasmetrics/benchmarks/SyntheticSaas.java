package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic subscription business: customers signing up over 36 months with
 * growth, about 3 % monthly churn, reactivations, expansions and contractions, a skewed plan mix
 * and optional customers billed in other currencies.
 *
 * <p>The model, per customer (each customer draws from its own {@link SplittableRandom} seeded by
 * the business seed and the customer number, so a customer's story does not depend on how many
 * customers there are):
 * <ul>
 *   <li>signs up in month {@code m} of 36 with probability proportional to {@code 1.03^m} (3 %
 *       monthly growth in sign-ups);</li>
 *   <li>takes a plan at 29, 99, 299 or 999 a month (50 / 30 / 15 / 5 %), plus extra seats at
 *       5, 15, 25 or 49 each (on average 0.5, 2, 6 or 20 seats); one customer in ten has a
 *       forever 20 % discount on the plan; three in ten start with a two-week trial;</li>
 *   <li>each later month while paying: churns with probability 3 %, expands with 2.5 % (an upgrade
 *       to the next plan or more seats), contracts with 1.2 % (fewer seats or a downgrade);</li>
 *   <li>each month after churning: comes back with probability 2 %, on a fresh plan draw.</li>
 * </ul>
 *
 * <p>The same stories come out two ways. {@link #rows()} gives one row of (customer, month, MRR in
 * the reporting currency) per paying customer-month; {@link #subscriptions()} gives the monthly
 * subscriptions behind them (a plan line and a seat line per customer, each change ending one
 * subscription and starting another on the first of the month), which under
 * {@code MrrConventions.defaults()} and {@link #rates()} produce exactly those rows. One million
 * customers give about twelve million rows.
 *
 * <p>With extra currencies, 20 % of customers pay in EUR and (with two) 10 % in GBP, at monthly
 * exchange rates that drift; rows carry each subscription's MRR converted at the rate of the first
 * of its month and rounded half-even, as the ledger converts it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticSaas {

    /** The first month with a bridge; the ledger's opening month is the one before. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2024, 1);
    /** The number of months with a bridge. */
    public static final int MONTHS = 36;

    static final Currency USD = Currency.getInstance("USD");
    private static final Currency[] CURRENCIES = {USD, Currency.getInstance("EUR"), Currency.getInstance("GBP")};

    private static final double GROWTH = 1.03;
    private static final double CHURN = 0.03;
    private static final double EXPANSION = 0.025;
    private static final double CONTRACTION = 0.012;
    private static final double REACTIVATION = 0.02;
    private static final double[] PLAN_SHARE = {0.50, 0.30, 0.15, 0.05};
    private static final String[] PLAN_NAMES = {"starter", "team", "business", "enterprise"};
    private static final long[] PLAN_PRICE = {2900, 9900, 29900, 99900};
    private static final long[] SEAT_PRICE = {500, 1500, 2500, 4900};
    private static final double[] MEAN_EXTRA_SEATS = {0.5, 2, 6, 20};
    private static final double DISCOUNTED = 0.10;
    private static final double TRIAL = 0.30;
    private static final long DISCOUNT_PERCENT = 20;

    private static final double[] SIGNUP_CDF = signupCdf();

    private final int customers;
    private final long seed;
    private final int extraCurrencies;

    private SyntheticSaas(int customers, long seed, int extraCurrencies) {
        if (customers < 1 || customers > 9_999_999) {
            throw new IllegalArgumentException("customers must be 1 to 9999999 but was " + customers);
        }
        if (extraCurrencies < 0 || extraCurrencies > 2) {
            throw new IllegalArgumentException("extraCurrencies must be 0 to 2 but was " + extraCurrencies);
        }
        this.customers = customers;
        this.seed = seed;
        this.extraCurrencies = extraCurrencies;
    }

    /**
     * A business of USD customers.
     *
     * @param customers the number of customers, 1 to 9,999,999
     * @param seed the seed; the same seed gives the same business
     * @return the business, not null
     */
    public static SyntheticSaas of(int customers, long seed) {
        return new SyntheticSaas(customers, seed, 0);
    }

    /**
     * The same business with customers in other currencies as well.
     *
     * @param count 0 (USD only), 1 (also EUR) or 2 (also EUR and GBP)
     * @return the business, not null
     */
    public SyntheticSaas withExtraCurrencies(int count) {
        return new SyntheticSaas(customers, seed, count);
    }

    /**
     * The number of customers.
     *
     * @return at least 1
     */
    public int customers() {
        return customers;
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The number of currencies besides USD.
     *
     * @return 0 to 2
     */
    public int extraCurrencies() {
        return extraCurrencies;
    }

    /**
     * The reporting currency.
     *
     * @return USD, not null
     */
    public Currency currency() {
        return USD;
    }

    /**
     * The month before the first bridge month, with no MRR.
     *
     * @return the opening month, not null
     */
    public YearMonth openingMonth() {
        return FIRST_MONTH.minusMonths(1);
    }

    /**
     * The last month.
     *
     * @return the last month, not null
     */
    public YearMonth lastMonth() {
        return FIRST_MONTH.plusMonths(MONTHS - 1L);
    }

    /**
     * The bridge months, as given to {@code MrrLedger.fromSubscriptions}.
     *
     * @return 36 months from {@link #FIRST_MONTH}, not null
     */
    public ReportingPeriod period() {
        return ReportingPeriod.months(FIRST_MONTH, lastMonth());
    }

    /**
     * The identifier of customer number {@code i}.
     *
     * @param i the customer number, 0 to {@code customers() − 1}
     * @return an identifier such as {@code cus_0000042}, not null
     */
    public static CustomerId customerId(int i) {
        return CustomerId.of(customerText(i));
    }

    static String customerText(int i) {
        String digits = Integer.toString(i);
        return "cus_" + "0000000".substring(digits.length()) + digits;
    }

    /**
     * Exchange rates into USD: one rate per currency and month, effective from the first.
     *
     * @return the rates, not null
     */
    public ExchangeRates rates() {
        ExchangeRates.Builder b = ExchangeRates.builder(USD);
        for (int c = 1; c <= extraCurrencies; c++) {
            for (int m = -1; m < MONTHS; m++) {
                b.rate(CURRENCIES[c], FIRST_MONTH.plusMonths(m).atDay(1), rate(c, m));
            }
        }
        return b.build();
    }

    private static BigDecimal rate(int currency, int month) {
        double r = currency == 1 ? 1.08 + 0.03 * Math.sin(month / 5.0) : 1.27 + 0.04 * Math.cos(month / 7.0);
        return BigDecimal.valueOf(r).setScale(4, RoundingMode.HALF_EVEN);
    }

    /**
     * The paying customer-months, in customer and month order; {@link CustomerMonthRows#shuffled(long)}
     * gives them unsorted.
     *
     * @return the rows, not null
     */
    public CustomerMonthRows rows() {
        Story story = new Story();
        CustomerMonthRows.Collector out = new CustomerMonthRows.Collector(this, customers * 13);
        ExchangeRates rates = extraCurrencies == 0 ? null : rates();
        BigDecimal[][] rateTable = new BigDecimal[CURRENCIES.length][MONTHS];
        if (rates != null) {
            for (int c = 1; c <= extraCurrencies; c++) {
                for (int m = 0; m < MONTHS; m++) {
                    rateTable[c][m] = rates.rate(CURRENCIES[c], FIRST_MONTH.plusMonths(m).atDay(1));
                }
            }
        }
        long[] reporting = new long[MONTHS];
        for (int i = 0; i < customers; i++) {
            tell(i, story);
            Arrays.fill(reporting, 0);
            for (int s = 0; s < story.lines; s++) {
                long mrr = story.mrr(s);
                for (int m = story.from[s]; m < story.to[s]; m++) {
                    reporting[m] += story.currency == 0 ? mrr
                            : rates.convertMinor(mrr, CURRENCIES[story.currency], rateTable[story.currency][m]);
                }
            }
            for (int m = 0; m < MONTHS; m++) {
                if (reporting[m] != 0) {
                    out.add(i, m + 1, reporting[m]);
                }
            }
        }
        return out.done();
    }

    /**
     * The subscriptions behind {@link #rows()}, in customer order.
     *
     * @return the subscriptions, not null, unmodifiable
     */
    public List<Subscription> subscriptions() {
        Story story = new Story();
        List<Subscription> out = new ArrayList<>(customers * 2);
        Money[][] planPrices = new Money[CURRENCIES.length][PLAN_PRICE.length];
        Money[][] seatPrices = new Money[CURRENCIES.length][SEAT_PRICE.length];
        for (int c = 0; c < CURRENCIES.length; c++) {
            for (int p = 0; p < PLAN_PRICE.length; p++) {
                planPrices[c][p] = Money.ofMinor(CURRENCIES[c], PLAN_PRICE[p]);
                seatPrices[c][p] = Money.ofMinor(CURRENCIES[c], SEAT_PRICE[p]);
            }
        }
        List<Discount> discount = List.of(Discount.percentForever(BigDecimal.valueOf(DISCOUNT_PERCENT)));
        LocalDate[] firstDays = new LocalDate[MONTHS + 1];
        for (int m = 0; m <= MONTHS; m++) {
            firstDays[m] = FIRST_MONTH.plusMonths(m).atDay(1);
        }
        BillingInterval monthly = BillingInterval.monthly();
        for (int i = 0; i < customers; i++) {
            tell(i, story);
            CustomerId customer = customerId(i);
            String prefix = customerText(i) + "_sub";
            for (int s = 0; s < story.lines; s++) {
                boolean seats = story.seatLine[s];
                LocalDate start = firstDays[story.from[s]];
                LocalDate trialEnd = null;
                if (story.trial[s]) {
                    trialEnd = start;
                    start = start.minusDays(14);
                }
                LocalDate end = story.to[s] == MONTHS ? null : firstDays[story.to[s]];
                int plan = story.plan[s];
                out.add(new Subscription(prefix + s, customer, seats ? PLAN_NAMES[plan] + "-seat" : PLAN_NAMES[plan],
                        seats ? seatPrices[story.currency][plan] : planPrices[story.currency][plan],
                        seats ? story.quantity[s] : 1, monthly, start, end, null, trialEnd, List.of(),
                        story.discounted[s] ? discount : List.of()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Survey scores from 0 to 10, as an NPS survey of this business would collect them: about
     * 45 % promoters, 30 % passives and 25 % detractors.
     *
     * @param count the number of responses, zero or more
     * @return the scores, not null
     */
    public byte[] npsScores(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative but was " + count);
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x6E70735F73636F72L);
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            out[i] = (byte) (u < 0.25 ? random.nextInt(7) : u < 0.55 ? 7 + random.nextInt(2) : 9 + random.nextInt(2));
        }
        return out;
    }

    /**
     * Writes one customer's story into a reusable buffer: its currency and its subscription lines,
     * each a plan or seat line over bridge months {@code [from, to)} (0 = {@link #FIRST_MONTH}).
     */
    void tell(int customer, Story out) {
        SplittableRandom r = new SplittableRandom(mix(seed, customer));
        out.reset();
        double cu = r.nextDouble();
        out.currency = extraCurrencies >= 1 && cu < 0.2 ? 1 : extraCurrencies >= 2 && cu < 0.3 ? 2 : 0;
        int signup = signupMonth(r.nextDouble());
        int plan = plan(r.nextDouble());
        long seats = seats(r, plan);
        boolean discounted = r.nextDouble() < DISCOUNTED;
        boolean trial = r.nextDouble() < TRIAL;
        int planLine = out.open(false, plan, 1, discounted, trial, signup);
        int seatLine = seats > 0 ? out.open(true, plan, seats, false, false, signup) : -1;
        boolean paying = true;
        for (int t = signup + 1; t < MONTHS; t++) {
            double u = r.nextDouble();
            if (paying) {
                if (u < CHURN) {
                    out.close(planLine, t);
                    out.close(seatLine, t);
                    planLine = seatLine = -1;
                    paying = false;
                } else if (u < CHURN + EXPANSION) {
                    if (plan < PLAN_PRICE.length - 1 && r.nextDouble() < 0.3) {
                        plan++;
                        out.close(planLine, t);
                        out.close(seatLine, t);
                        planLine = out.open(false, plan, 1, discounted, false, t);
                        seatLine = seats > 0 ? out.open(true, plan, seats, false, false, t) : -1;
                    } else {
                        seats += 1 + (long) (-Math.log(1 - r.nextDouble()) * MEAN_EXTRA_SEATS[plan] / 2);
                        out.close(seatLine, t);
                        seatLine = out.open(true, plan, seats, false, false, t);
                    }
                } else if (u < CHURN + EXPANSION + CONTRACTION) {
                    if (seats > 0 && (plan == 0 || r.nextDouble() < 0.7)) {
                        seats = Math.max(0, seats - 1 - (long) (-Math.log(1 - r.nextDouble()) * seats / 4));
                        out.close(seatLine, t);
                        seatLine = seats > 0 ? out.open(true, plan, seats, false, false, t) : -1;
                    } else if (plan > 0) {
                        plan--;
                        out.close(planLine, t);
                        out.close(seatLine, t);
                        planLine = out.open(false, plan, 1, discounted, false, t);
                        seatLine = seats > 0 ? out.open(true, plan, seats, false, false, t) : -1;
                    }
                }
            } else if (u < REACTIVATION) {
                plan = plan(r.nextDouble());
                seats = seats(r, plan);
                planLine = out.open(false, plan, 1, discounted, false, t);
                seatLine = seats > 0 ? out.open(true, plan, seats, false, false, t) : -1;
                paying = true;
            }
        }
    }

    private static long mix(long seed, int customer) {
        long z = seed + 0x9E3779B97F4A7C15L * (customer + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[] signupCdf() {
        double[] cdf = new double[MONTHS];
        double sum = 0;
        for (int m = 0; m < MONTHS; m++) {
            sum += Math.pow(GROWTH, m);
            cdf[m] = sum;
        }
        for (int m = 0; m < MONTHS; m++) {
            cdf[m] /= sum;
        }
        return cdf;
    }

    private static int signupMonth(double u) {
        for (int m = 0; m < MONTHS - 1; m++) {
            if (u < SIGNUP_CDF[m]) {
                return m;
            }
        }
        return MONTHS - 1;
    }

    private static int plan(double u) {
        double acc = 0;
        for (int p = 0; p < PLAN_SHARE.length - 1; p++) {
            acc += PLAN_SHARE[p];
            if (u < acc) {
                return p;
            }
        }
        return PLAN_SHARE.length - 1;
    }

    private static long seats(SplittableRandom r, int plan) {
        return (long) (-Math.log(1 - r.nextDouble()) * MEAN_EXTRA_SEATS[plan]);
    }

    /** One customer's subscription lines; reused from customer to customer. */
    static final class Story {
        int currency;
        int lines;
        boolean[] seatLine = new boolean[16];
        int[] plan = new int[16];
        long[] quantity = new long[16];
        boolean[] discounted = new boolean[16];
        boolean[] trial = new boolean[16];
        int[] from = new int[16];
        int[] to = new int[16];

        void reset() {
            lines = 0;
        }

        int open(boolean seats, int planIndex, long qty, boolean discount, boolean withTrial, int month) {
            if (lines == from.length) {
                int n = lines * 2;
                seatLine = Arrays.copyOf(seatLine, n);
                plan = Arrays.copyOf(plan, n);
                quantity = Arrays.copyOf(quantity, n);
                discounted = Arrays.copyOf(discounted, n);
                trial = Arrays.copyOf(trial, n);
                from = Arrays.copyOf(from, n);
                to = Arrays.copyOf(to, n);
            }
            seatLine[lines] = seats;
            plan[lines] = planIndex;
            quantity[lines] = qty;
            discounted[lines] = discount;
            trial[lines] = withTrial;
            from[lines] = month;
            to[lines] = MONTHS;
            return lines++;
        }

        void close(int line, int month) {
            if (line >= 0) {
                to[line] = month;
            }
        }

        /** The line's MRR in its own currency's minor units, as the ledger measures it. */
        long mrr(int line) {
            long base = (seatLine[line] ? SEAT_PRICE[plan[line]] : PLAN_PRICE[plan[line]]) * quantity[line];
            return discounted[line] ? base * (100 - DISCOUNT_PERCENT) / 100 : base;
        }
    }
}
