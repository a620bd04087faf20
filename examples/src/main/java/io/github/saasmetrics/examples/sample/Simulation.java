package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MovementType;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnReason;
import io.github.saasmetrics.retention.ChurnReasonRecord;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.subscription.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generator behind {@link SampleData}: one pass over the months and customers, drawing every
 * random number from one generator in a fixed order. The probabilities are tuned so that the
 * business looks like a young SaaS company: about 3 % of customers leave each month, revenue grows.
 */
final class Simulation {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final LocalDate HORIZON = SampleData.AS_OF;
    private static final int TRIAL_DAYS = 14;

    /**
     * A stretch of paid service of one subscription, to know who can answer a survey and why a
     * churn happened ({@code involuntary}: cancelled for a payment that never came) and when it was
     * asked for ({@code requested}, null if not known).
     */
    private record Window(LocalDate from, LocalDate to, Plan plan, long quantity, boolean endsInChurn,
            boolean involuntary, LocalDate requested) { }

    private final SplittableRandom random;
    private final List<Customer> customers = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<CustomerId, List<Window>> windows = new HashMap<>();
    private int subscriptionCount;

    Simulation(long seed) {
        this.random = new SplittableRandom(seed);
    }

    SampleDataset run() {
        List<ExchangeRate> rates = rates();
        int customerCount = 0;
        int monthIndex = 0;
        for (YearMonth month = SampleData.FIRST_MONTH; !month.isAfter(SampleData.LAST_MONTH);
                month = month.plusMonths(1), monthIndex++) {
            int signUps = 92 + 3 * monthIndex + random.nextInt(-8, 9);
            for (int i = 0; i < signUps; i++) {
                signUp(++customerCount, month);
            }
        }
        List<NpsResponse> nps = new ArrayList<>();
        List<CsatRating> csat = new ArrayList<>();
        surveys(nps, csat);
        // Drawn last, so that adding them left everything above unchanged.
        List<HealthObservation> health = health();
        List<ExperimentUnit> experiment = experiment();
        SampleDataset data = new SampleDataset(SampleData.period(), USD, customers, subscriptions, rates, nps, csat,
                health, experiment, List.of());
        return data.withChurnReasons(churnReasons(data));
    }

    // ---- exchange rates -------------------------------------------------------------------

    private List<ExchangeRate> rates() {
        List<ExchangeRate> rates = new ArrayList<>();
        double eur = 1.07;
        double gbp = 1.21;
        for (YearMonth m = SampleData.FIRST_MONTH.minusMonths(1); !m.isAfter(SampleData.LAST_MONTH);
                m = m.plusMonths(1)) {
            rates.add(new ExchangeRate(EUR, m.atDay(1), decimal(eur)));
            rates.add(new ExchangeRate(GBP, m.atDay(1), decimal(gbp)));
            eur *= StrictMath.exp(0.0005 + 0.014 * gaussian());
            gbp *= StrictMath.exp(0.0003 + 0.012 * gaussian());
        }
        return rates;
    }

    private static BigDecimal decimal(double rate) {
        return BigDecimal.valueOf(StrictMath.round(rate * 10_000), 4);
    }

    private double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    // ---- customers and their subscriptions ----------------------------------------------------

    private void signUp(int number, YearMonth month) {
        CustomerId id = CustomerId.of(String.format("cus_%05d", number));
        LocalDate date = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        double r = random.nextDouble();
        String region = r < 0.66 ? "NA" : r < 0.90 ? "APAC" : r < 0.97 ? "EU" : "UK";
        Currency currency = switch (region) {
            case "EU" -> EUR;
            case "UK" -> GBP;
            default -> USD;
        };
        double c = random.nextDouble();
        String channel = c < 0.5 ? "organic" : c < 0.8 ? "paid" : "partner";
        double p = random.nextDouble();
        Plan plan = p < 0.45 ? Plan.STARTER : p < 0.78 ? Plan.TEAM : p < 0.94 ? Plan.BUSINESS : Plan.ENTERPRISE;
        BillingInterval interval = firstInterval(plan);
        long quantity = firstQuantity(plan);
        String segment = switch (plan) {
            case STARTER, TEAM -> "smb";
            case BUSINESS -> "mid-market";
            case ENTERPRISE -> "enterprise";
        };
        customers.add(new Customer(id, null, Map.of("segment", segment, "region", region, "channel", channel,
                "plan", plan.tier())));
        windows.put(id, new ArrayList<>());

        double trialChance = switch (plan) {
            case STARTER, TEAM -> 0.5;
            case BUSINESS -> 0.3;
            case ENTERPRISE -> 0.0;
        };
        LocalDate trialEnd = random.nextDouble() < trialChance ? date.plusDays(TRIAL_DAYS) : null;
        Discount coupon = interval.equals(BillingInterval.annual()) ? null : coupon(currency);
        if (trialEnd != null && random.nextDouble() < 0.25) {
            LocalDate requested = date.plusDays(2 + random.nextInt(TRIAL_DAYS - 2));
            Subscription.Builder trial = start(id, plan, interval, quantity, currency, date).trialEnd(trialEnd);
            if (requested.isBefore(HORIZON)) {
                trial.cancelRequestedAt(requested).end(trialEnd);
            }
            subscriptions.add(trial.build());
            return;
        }
        live(id, plan, interval, quantity, currency, date, trialEnd, coupon);
    }

    private BillingInterval firstInterval(Plan plan) {
        double r = random.nextDouble();
        return switch (plan) {
            case STARTER -> r < 0.85 ? BillingInterval.monthly() : BillingInterval.annual();
            case TEAM -> r < 0.6 ? BillingInterval.monthly() : r < 0.8 ? BillingInterval.quarterly()
                    : BillingInterval.annual();
            case BUSINESS -> r < 0.55 ? BillingInterval.monthly() : BillingInterval.annual();
            case ENTERPRISE -> BillingInterval.annual();
        };
    }

    private long firstQuantity(Plan plan) {
        double r = random.nextDouble();
        return switch (plan) {
            case STARTER -> 1;
            case TEAM -> r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
            case BUSINESS, ENTERPRISE -> r < 0.75 ? 1 : r < 0.95 ? 2 : 3;
        };
    }

    private Discount coupon(Currency currency) {
        if (random.nextDouble() >= 0.18) {
            return null;
        }
        double r = random.nextDouble();
        if (r < 0.40) {
            return Discount.percentRepeating(new BigDecimal("20"), 3);
        }
        if (r < 0.65) {
            return Discount.percentForever(new BigDecimal("10"));
        }
        if (r < 0.85) {
            return Discount.percentRepeating(new BigDecimal("50"), 1);
        }
        return Discount.amountOnce(Money.of(currency, BigDecimal.TEN));
    }

    private Subscription.Builder start(CustomerId customer, Plan plan, BillingInterval interval, long quantity,
            Currency currency, LocalDate start) {
        String id = String.format("sub_%05d", ++subscriptionCount);
        return Subscription.builder(id, customer.value()).plan(plan.planId(interval))
                .price(plan.price(interval, currency)).quantity(quantity).interval(interval).start(start);
    }

    /**
     * Lives one customer's paid life from a start date to the horizon: a chain of subscriptions,
     * each ended by a plan change or a cancellation, and perhaps a return later.
     */
    private void live(CustomerId customer, Plan plan, BillingInterval interval, long quantity, Currency currency,
            LocalDate startDate, LocalDate trialEnd, Discount coupon) {
        LocalDate start = startDate;
        LocalDate firstTrialEnd = trialEnd;
        Discount firstCoupon = coupon;
        while (start.isBefore(HORIZON)) {
            Subscription.Builder sub = start(customer, plan, interval, quantity, currency, start);
            if (firstTrialEnd != null) {
                sub.trialEnd(firstTrialEnd);
            }
            if (firstCoupon != null) {
                sub.discount(firstCoupon);
            }
            LocalDate anchor = firstTrialEnd != null ? firstTrialEnd : start;
            firstTrialEnd = null;
            firstCoupon = null;
            int monthsPerPeriod = interval.equals(BillingInterval.monthly()) ? 1
                    : interval.equals(BillingInterval.quarterly()) ? 3 : 12;
            Outcome outcome = null;
            for (int t = 0; outcome == null; t++) {
                LocalDate month = anchor.plusMonths(t);
                if (!month.isBefore(HORIZON)) {
                    break;
                }
                outcome = cancellation(sub, plan, interval, anchor, month, t);
                if (outcome == null && t > 0 && t % monthsPerPeriod == 0) {
                    outcome = pastDue(sub, interval, anchor, month);
                    if (outcome == null) {
                        outcome = planChange(plan, quantity, monthsPerPeriod, month);
                    }
                }
            }
            if (outcome == null) {
                subscriptions.add(sub.build());
                windows.get(customer).add(new Window(anchor, HORIZON, plan, quantity, false, false, null));
                return;
            }
            // An end after the export day is a cancellation already scheduled.
            sub.end(outcome.end);
            if (outcome.requested != null) {
                sub.cancelRequestedAt(outcome.requested);
            }
            subscriptions.add(sub.build());
            windows.get(customer).add(new Window(anchor, outcome.end, plan, quantity, outcome.churn,
                    outcome.involuntary, outcome.requested));
            if (outcome.churn) {
                if (random.nextDouble() >= 0.15) {
                    return;
                }
                start = outcome.end.plusDays(45 + random.nextInt(255));
                plan = random.nextDouble() < 0.7 ? plan : Plan.STARTER;
                interval = plan == Plan.ENTERPRISE ? BillingInterval.annual() : BillingInterval.monthly();
                quantity = 1;
            } else {
                start = outcome.end;
                plan = outcome.plan;
                quantity = outcome.quantity;
                interval = plan.offers(interval) ? interval
                        : plan == Plan.ENTERPRISE ? BillingInterval.annual() : BillingInterval.monthly();
            }
        }
    }

    /** How a subscription ends: the day its MRR stops, whether the customer leaves, what follows. */
    private record Outcome(LocalDate end, LocalDate requested, boolean churn, Plan plan, long quantity,
            boolean involuntary) {
        Outcome(LocalDate end, LocalDate requested, boolean churn, Plan plan, long quantity) {
            this(end, requested, churn, plan, quantity, false);
        }
    }

    private Outcome cancellation(Subscription.Builder sub, Plan plan, BillingInterval interval, LocalDate anchor,
            LocalDate month, int t) {
        double hazard = switch (plan) {
            case STARTER -> 0.040;
            case TEAM -> 0.026;
            case BUSINESS -> 0.016;
            case ENTERPRISE -> 0.008;
        };
        if (t < 3) {
            hazard *= 1.5;
        }
        if (random.nextDouble() >= hazard) {
            return null;
        }
        LocalDate requested = month.plusDays(random.nextInt(28));
        if (!requested.isBefore(HORIZON)) {
            return null;
        }
        boolean immediately = interval.equals(BillingInterval.monthly()) && random.nextDouble() < 0.15;
        LocalDate end = immediately ? requested : boundaryOnOrAfter(anchor, interval, requested);
        return new Outcome(end, requested, true, plan, 0);
    }

    private Outcome pastDue(Subscription.Builder sub, BillingInterval interval, LocalDate anchor, LocalDate day) {
        if (interval.equals(BillingInterval.annual()) || random.nextDouble() >= 0.015) {
            return null;
        }
        sub.status(day, SubscriptionStatus.PAST_DUE);
        if (random.nextDouble() < 0.7) {
            LocalDate paid = day.plusDays(2 + random.nextInt(19));
            if (paid.isBefore(HORIZON)) {
                sub.status(paid, SubscriptionStatus.ACTIVE);
            }
            return null;
        }
        LocalDate cancelled = day.plusDays(21);
        return new Outcome(cancelled, cancelled, true, null, 0, true);
    }

    private Outcome planChange(Plan plan, long quantity, int monthsPerPeriod, LocalDate day) {
        double up;
        double down;
        Plan upPlan = plan;
        Plan downPlan = plan;
        long upQuantity = quantity;
        long downQuantity = quantity;
        double r = random.nextDouble();
        switch (plan) {
            case STARTER -> {
                up = 0.015;
                down = 0;
                upPlan = Plan.TEAM;
            }
            case TEAM -> {
                up = 0.015;
                down = 0.010;
                if (quantity < 5 && r < 0.65) {
                    upQuantity = quantity + 1;
                } else {
                    upPlan = Plan.BUSINESS;
                    upQuantity = 1;
                }
                if (quantity > 1 && r < 0.6) {
                    downQuantity = quantity - 1;
                } else {
                    downPlan = Plan.STARTER;
                    downQuantity = 1;
                }
            }
            case BUSINESS -> {
                up = 0.010;
                down = 0.009;
                if (quantity < 4 && r < 0.8) {
                    upQuantity = quantity + 1;
                } else {
                    upPlan = Plan.ENTERPRISE;
                    upQuantity = 1;
                }
                if (quantity > 1 && r < 0.55) {
                    downQuantity = quantity - 1;
                } else {
                    downPlan = Plan.TEAM;
                    downQuantity = 1 + quantity;
                }
            }
            case ENTERPRISE -> {
                up = 0.010;
                down = quantity > 1 ? 0.005 : 0;
                upQuantity = quantity + 1;
                downQuantity = quantity - 1;
            }
            default -> throw new AssertionError(plan);
        }
        double u = random.nextDouble();
        if (u < up * monthsPerPeriod) {
            return new Outcome(day, null, false, upPlan, upQuantity);
        }
        if (u < (up + down) * monthsPerPeriod) {
            return new Outcome(day, null, false, downPlan, downQuantity);
        }
        return null;
    }

    private static LocalDate boundaryOnOrAfter(LocalDate anchor, BillingInterval interval, LocalDate date) {
        long n = 0;
        LocalDate boundary = anchor;
        while (boundary.isBefore(date)) {
            boundary = interval.addTo(anchor, ++n);
        }
        return boundary;
    }

    // ---- surveys --------------------------------------------------------------------------------

    private void surveys(List<NpsResponse> nps, List<CsatRating> csat) {
        int monthIndex = 0;
        for (YearMonth month = SampleData.FIRST_MONTH; !month.isAfter(SampleData.LAST_MONTH);
                month = month.plusMonths(1), monthIndex++) {
            for (Customer customer : customers) {
                boolean asked = random.nextDouble() < 0.12;
                boolean ticket = random.nextDouble() < 0.05;
                if (!asked && !ticket) {
                    continue;
                }
                LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                Window window = windowOn(customer.id(), day);
                if (window == null) {
                    continue;
                }
                boolean leavingSoon = window.endsInChurn() && window.to().isBefore(day.plusDays(90));
                if (asked) {
                    nps.add(NpsResponse.of(customer.id(), npsScore(window.plan(), monthIndex, leavingSoon), day));
                }
                if (ticket) {
                    csat.add(new CsatRating(customer.id(), day, csatRating(leavingSoon)));
                }
            }
        }
        nps.sort(java.util.Comparator.comparing(NpsResponse::date).thenComparing(NpsResponse::customer));
        csat.sort(java.util.Comparator.comparing(CsatRating::date).thenComparing(CsatRating::customer));
    }

    private Window windowOn(CustomerId customer, LocalDate day) {
        for (Window w : windows.get(customer)) {
            if (!day.isBefore(w.from()) && day.isBefore(w.to())) {
                return w;
            }
        }
        return null;
    }

    private int npsScore(Plan plan, int monthIndex, boolean leavingSoon) {
        double detractor = switch (plan) {
            case STARTER -> 0.30;
            case TEAM -> 0.25;
            case BUSINESS -> 0.21;
            case ENTERPRISE -> 0.17;
        };
        double promoter = switch (plan) {
            case STARTER -> 0.36;
            case TEAM -> 0.42;
            case BUSINESS -> 0.48;
            case ENTERPRISE -> 0.52;
        };
        detractor -= 0.003 * monthIndex;
        promoter += 0.004 * monthIndex;
        if (leavingSoon) {
            detractor += 0.25;
            promoter -= 0.2;
        }
        double r = random.nextDouble();
        double within = random.nextDouble();
        if (r < detractor) {
            return within < 0.35 ? 6 : within < 0.6 ? 5 : within < 0.75 ? 4 : within < 0.85 ? 3
                    : (int) (within * 100) % 3;
        }
        if (r < 1 - promoter) {
            return within < 0.45 ? 7 : 8;
        }
        return within < 0.45 ? 9 : 10;
    }

    private int csatRating(boolean leavingSoon) {
        double r = random.nextDouble();
        if (leavingSoon) {
            r = r * 0.6;
        }
        return r < 0.07 ? 1 : r < 0.13 ? 2 : r < 0.24 ? 3 : r < 0.54 ? 4 : 5;
    }

    // ---- health signals ---------------------------------------------------------------------------

    /**
     * A snapshot of every paying customer's health signals at the end of June and of December of
     * the last year. Each customer has a hidden risk: high if it will leave within half a year,
     * some if within a year, plus noise; every signal leans on that risk and on its own noise, so
     * that the signals predict churn as real ones do, usefully but far from perfectly.
     */
    private List<HealthObservation> health() {
        List<HealthObservation> out = new ArrayList<>();
        for (LocalDate day : List.of(SampleData.LAST_MONTH.minusMonths(6).atEndOfMonth(),
                SampleData.LAST_MONTH.atEndOfMonth())) {
            for (Customer customer : customers) {
                Window window = windowOn(customer.id(), day);
                if (window != null) {
                    out.add(observe(customer.id(), day, window));
                }
            }
        }
        return out;
    }

    private HealthObservation observe(CustomerId customer, LocalDate day, Window window) {
        LocalDate leaves = nextChurn(customer, day);
        long days = leaves == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(day, leaves);
        boolean soon = days <= 183;
        double risk = (soon ? 1.0 : days <= 365 ? 0.4 : 0.0) + 0.6 * gaussian();
        Plan plan = window.plan();
        double engagement = switch (plan) {
            case STARTER -> 0.40;
            case TEAM -> 0.50;
            case BUSINESS -> 0.58;
            case ENTERPRISE -> 0.65;
        };
        Integer activeDays = null;
        Integer periodDays = null;
        Integer featuresUsed = null;
        Integer featuresAvailable = null;
        // Some customers block the product's usage tracking.
        if (random.nextDouble() < 0.95) {
            periodDays = 30;
            activeDays = (int) Math.round(30 * clamp(engagement - 0.13 * risk + 0.12 * gaussian(), 0, 1));
            featuresAvailable = switch (plan) {
                case STARTER -> 8;
                case TEAM -> 12;
                case BUSINESS -> 16;
                case ENTERPRISE -> 24;
            };
            featuresUsed = (int) Math.round(featuresAvailable
                    * clamp(engagement - 0.09 * risk + 0.12 * gaussian(), 0.05, 1));
        }
        // Only accounts with a customer-success manager have someone to notice a champion leaving.
        Boolean championChanged = null;
        if (plan == Plan.BUSINESS || plan == Plan.ENTERPRISE) {
            championChanged = random.nextDouble() < (soon ? 0.25 : 0.06);
        }
        // Enterprise plans are unlimited; the others limit projects (starter) or seats.
        Integer planLimit = switch (plan) {
            case STARTER -> 3;
            case TEAM -> 5 * (int) window.quantity();
            case BUSINESS -> 25 * (int) window.quantity();
            case ENTERPRISE -> null;
        };
        Integer planUsage = null;
        if (planLimit != null) {
            planUsage = (int) Math.round(planLimit * clamp(0.75 - 0.08 * risk + 0.2 * gaussian(), 0, 1.5));
        }
        double quiet = 10 + 18 * Math.max(0, risk);
        int daysSinceEngagement = (int) Math.min(120, Math.round(-quiet * StrictMath.log(1 - random.nextDouble())));
        int openTickets = poisson(0.3 + 0.5 * Math.max(0, risk));
        return new HealthObservation(customer, day, activeDays, periodDays, featuresUsed, featuresAvailable,
                championChanged, planUsage, planLimit, daysSinceEngagement, openTickets);
    }

    /** The end of the first stretch after {@code day} that ends in churn, or null if none does. */
    private LocalDate nextChurn(CustomerId customer, LocalDate day) {
        for (Window w : windows.get(customer)) {
            if (w.endsInChurn() && w.to().isAfter(day)) {
                return w.to();
            }
        }
        return null;
    }

    private static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }

    private int poisson(double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    // ---- a value experiment -------------------------------------------------------------------

    /**
     * Guided onboarding, offered in July of the last year to about half of a random sample of team
     * and business customers paying at the end of June and of September: active days in the 30 days
     * before (June) and after (September). Everyone drifts up by a day; onboarding adds about three.
     */
    private List<ExperimentUnit> experiment() {
        LocalDate before = SampleData.LAST_MONTH.minusMonths(6).atEndOfMonth();
        LocalDate after = SampleData.LAST_MONTH.minusMonths(3).atEndOfMonth();
        List<ExperimentUnit> units = new ArrayList<>();
        for (Customer customer : customers) {
            Window then = windowOn(customer.id(), before);
            if (then == null || windowOn(customer.id(), after) == null
                    || (then.plan() != Plan.TEAM && then.plan() != Plan.BUSINESS) || random.nextDouble() >= 0.15) {
                continue;
            }
            boolean target = random.nextDouble() < 0.5;
            double was = 30 * clamp(0.5 + 0.15 * gaussian(), 0, 1);
            double is = was + 1 + (target ? 3 : 0) + 3 * gaussian();
            units.add(new ExperimentUnit(customer.id(), target, BigDecimal.valueOf(Math.round(was)),
                    BigDecimal.valueOf(Math.round(clamp(is, 0, 30)))));
        }
        return units;
    }
    // ---- churn reasons ------------------------------------------------------------------------

    /**
     * A recorded reason for most churn events of the ledger (under the default conventions, the one
     * the report uses): a payment failure after a cancelled past-due subscription, otherwise a reason
     * drawn with weights that depend on the plan the customer left (price and low usage weigh most on
     * starter, competitors and departing champions on enterprise). About one churn in nine has no
     * reason recorded, and about one record in thirty carries the month the cancellation was
     * requested instead of the month the churn shows in the ledger, so it matches no churn event:
     * both happen in real exports.
     */
    private List<ChurnReasonRecord> churnReasons(SampleDataset data) {
        MrrLedger ledger = MrrLedger.fromSubscriptions(data.subscriptions(), data.period(), MrrConventions.defaults(),
                data.rates());
        List<ChurnReasonRecord> out = new ArrayList<>();
        for (MrrMovement m : MrrMovements.movements(ledger, data.period())) {
            if (m.type() != MovementType.CHURN) {
                continue;
            }
            Window left = lastChurnWindow(m.customer(), m.month());
            double r = random.nextDouble();
            if (r < 0.11) {
                continue;
            }
            ChurnReason reason = left != null && left.involuntary() ? ChurnReason.PAYMENT_FAILURE
                    : voluntaryReason(left == null ? Plan.STARTER : left.plan());
            YearMonth month = m.month();
            if (r > 0.967 && left != null && left.requested() != null && YearMonth.from(left.requested()).isBefore(month)) {
                // Recorded in the month the cancellation was asked for, before it took effect.
                month = YearMonth.from(left.requested());
            }
            String note = random.nextDouble() < 0.25 ? note(reason) : null;
            out.add(new ChurnReasonRecord(m.customer(), month, reason, note));
        }
        return out;
    }

    /** The window that ended in churn last, no later than the month of the churn event. */
    private Window lastChurnWindow(CustomerId customer, YearMonth month) {
        Window found = null;
        for (Window w : windows.get(customer)) {
            if (w.endsInChurn() && !YearMonth.from(w.to()).isAfter(month)) {
                found = w;
            }
        }
        return found;
    }

    private ChurnReason voluntaryReason(Plan plan) {
        ChurnReason[] reasons = {ChurnReason.PRICE, ChurnReason.LOW_USAGE, ChurnReason.POOR_FIT,
            ChurnReason.MISSING_FEATURE, ChurnReason.COMPETITOR, ChurnReason.BUSINESS_CLOSED, ChurnReason.SUPPORT,
            ChurnReason.CHAMPION_LEFT, ChurnReason.OTHER};
        int[] weights = switch (plan) {
            case STARTER -> new int[] {30, 25, 12, 8, 8, 10, 3, 0, 4};
            case TEAM -> new int[] {22, 18, 12, 14, 12, 8, 5, 4, 5};
            case BUSINESS -> new int[] {15, 10, 10, 18, 18, 5, 7, 12, 5};
            case ENTERPRISE -> new int[] {12, 5, 8, 18, 22, 2, 10, 20, 3};
        };
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return reasons[i];
            }
        }
        throw new AssertionError(pick);
    }

    private String note(ChurnReason reason) {
        String[] notes = switch (reason.category()) {
            case "price" -> new String[] {"asked for a discount we could not give", "budget cut this quarter"};
            case "low usage" -> new String[] {"never finished onboarding", "used it twice in three months"};
            case "poor fit" -> new String[] {"needed an on-premise option", "team too small for the workflow"};
            case "missing feature" -> new String[] {"no SSO on this plan", "needed a Salesforce integration"};
            case "competitor" -> new String[] {"moved to a cheaper rival", "bundled with their CRM"};
            case "business closed" -> new String[] {"company wound down", "acquired, tools consolidated"};
            case "support" -> new String[] {"slow replies on a blocking bug", "unhappy with the last incident"};
            case "champion left" -> new String[] {"admin left, nobody took over", "new manager prefers another tool"};
            case "payment failure" -> new String[] {"card expired", "invoice unpaid after three reminders"};
            default -> new String[] {"no details given"};
        };
        return notes[random.nextInt(notes.length)];
    }
}
