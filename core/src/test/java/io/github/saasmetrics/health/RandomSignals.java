package io.github.saasmetrics.health;

import io.github.saasmetrics.money.Money;
import java.util.Random;

/** Random but valid signals for property tests: each signal present with probability 3/4. */
final class RandomSignals {

    private RandomSignals() {
    }

    static HealthSignals of(String customer, Random random) {
        HealthSignals s = HealthSignals.of(customer);
        if (random.nextInt(4) > 0) {
            int period = 1 + random.nextInt(31);
            s = s.withActiveDays(random.nextInt(period + 1), period);
        }
        if (random.nextInt(4) > 0) {
            int available = 1 + random.nextInt(20);
            s = s.withFeatureBreadth(random.nextInt(available + 1), available);
        }
        if (random.nextInt(4) > 0) {
            s = s.withNps(random.nextInt(11));
        }
        if (random.nextInt(4) > 0) {
            int scale = 2 + random.nextInt(9);
            s = s.withCsat(1 + random.nextInt(scale), scale);
        }
        if (random.nextInt(4) > 0) {
            s = s.withChampionChanged(random.nextBoolean());
        }
        if (random.nextInt(4) > 0) {
            s = s.withPlanLimitPressure(random.nextDouble() * 1.5);
        }
        if (random.nextInt(4) > 0) {
            s = s.withDaysSinceEngagement(random.nextInt(120));
        }
        if (random.nextInt(4) > 0) {
            s = s.withOpenTickets(random.nextInt(10));
        }
        if (random.nextInt(4) > 0) {
            s = s.withMrrTrend(Money.ofMinor("USD", 1 + random.nextInt(100_000)), Money.ofMinor("USD", random.nextInt(150_000)));
        }
        return s;
    }

    /** Like {@link #of} but with at least one signal, so that every model of all signals can score it. */
    static HealthSignals nonEmpty(String customer, Random random) {
        HealthSignals s = of(customer, random);
        return s.present().isEmpty() ? s.withNps(random.nextInt(11)) : s;
    }

    /**
     * The same signals with one signal's raw value changed to another valid value, chosen at random
     * (it may be better, worse or equal). Returns null if the signal is absent.
     */
    static HealthSignals perturb(HealthSignals s, HealthSignal signal, Random random) {
        if (s.value(signal).isEmpty()) {
            return null;
        }
        return switch (signal) {
            case USAGE_FREQUENCY -> s.withActiveDays(random.nextInt(s.periodDays() + 1), s.periodDays());
            case USAGE_BREADTH -> s.withFeatureBreadth(random.nextInt(s.featuresAvailable() + 1), s.featuresAvailable());
            case NPS -> s.withNps(random.nextInt(11));
            case CSAT -> s.withCsat(1 + random.nextInt(s.csatScale()), s.csatScale());
            case CHAMPION_CHANGE -> s.withChampionChanged(random.nextBoolean());
            case PLAN_LIMIT_PRESSURE -> s.withPlanLimitPressure(random.nextDouble() * 1.5);
            case DAYS_SINCE_ENGAGEMENT -> s.withDaysSinceEngagement(random.nextInt(120));
            case OPEN_TICKETS -> s.withOpenTickets(random.nextInt(10));
            case MRR_TREND -> s.withMrrTrend(s.mrrStart(), Money.ofMinor("USD", random.nextInt(150_000)));
        };
    }

    /** A model over a random non-empty subset of the signals with random weights and monotone curves. */
    static HealthModel model(Random random) {
        HealthModel model = null;
        for (HealthSignal signal : HealthSignal.values()) {
            if (random.nextInt(3) > 0 || (model == null && signal == HealthSignal.MRR_TREND)) {
                double weight = random.nextInt(3) == 0 ? 1 + random.nextInt(30) : 0.01 + random.nextDouble() * 50;
                ScoringCurve curve = ScoringCurveTest.randomCurve(random);
                model = model == null ? HealthModel.of(signal, weight, curve) : model.with(signal, weight, curve);
            }
        }
        return model;
    }
}
