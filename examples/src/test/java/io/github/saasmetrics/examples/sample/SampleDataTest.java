package io.github.saasmetrics.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.subscription.SubscriptionStatus;
import io.github.saasmetrics.time.ReportingPeriod;
import io.github.saasmetrics.experiment.DifferenceInDifferences;
import io.github.saasmetrics.health.HealthValidation;
import io.github.saasmetrics.health.HealthBand;
import io.github.saasmetrics.health.HealthModel;
import io.github.saasmetrics.health.HealthSignals;
import io.github.saasmetrics.experiment.KpiChanges;
import io.github.saasmetrics.health.LedgerHealth;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample business looks like what its documentation promises, and is the same on every run. */
class SampleDataTest {

    private static SampleDataset data;
    private static MrrLedger ledger;

    @BeforeAll
    static void generate() {
        data = SampleData.generate();
        ledger = MrrLedger.fromSubscriptions(data.subscriptions(), data.period(), MrrConventions.defaults(),
                data.rates());
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        assertEquals(data, SampleData.generate());
        assertNotEquals(data.subscriptions(), SampleData.generate(1).subscriptions());
    }

    @Test
    void aboutThreeThousandCustomersSignUpOverTwoYears() {
        assertTrue(data.customers().size() >= 2700 && data.customers().size() <= 3300, data.toString());
        assertEquals(ReportingPeriod.months(SampleData.FIRST_MONTH, SampleData.LAST_MONTH), data.period());
        for (Subscription s : data.subscriptions()) {
            assertTrue(!s.start().isBefore(SampleData.FIRST_MONTH.atDay(1)) && s.start().isBefore(SampleData.AS_OF),
                    s.toString());
        }
    }

    @Test
    void aboutOneCustomerInTenPaysInEuroOrPound() {
        Set<CustomerId> foreign = new HashSet<>();
        data.subscriptions().stream().filter(s -> !s.unitPrice().currency().getCurrencyCode().equals("USD"))
                .forEach(s -> foreign.add(s.customer()));
        double share = foreign.size() / (double) data.customers().size();
        assertTrue(share > 0.07 && share < 0.13, "share " + share);
        assertTrue(ledger.hasFx(), "moving exchange rates show in the FX column");
    }

    @Test
    void theDataHasEveryKindOfEvent() {
        assertTrue(data.subscriptions().stream().anyMatch(s -> s.trialEnd() != null));
        assertTrue(data.subscriptions().stream().anyMatch(s -> !s.discounts().isEmpty()));
        assertTrue(data.subscriptions().stream().anyMatch(s -> s.quantity() > 1));
        assertTrue(data.subscriptions().stream().anyMatch(s -> s.interval().equals(BillingInterval.quarterly())));
        assertTrue(data.subscriptions().stream().anyMatch(s -> s.interval().equals(BillingInterval.annual())));
        assertTrue(data.subscriptions().stream().anyMatch(s -> s.statusChanges().stream()
                .anyMatch(c -> c.status() == SubscriptionStatus.PAST_DUE)));
        assertTrue(data.subscriptions().stream().anyMatch(s -> s.end() != null && s.end().isAfter(SampleData.AS_OF)),
                "some cancellations are scheduled after the export");
        MrrBridge total = MrrMovements.bridge(ledger, data.period());
        assertTrue(total.reactivatedCustomers() > 20, total.toString());
        assertTrue(total.expansion().positive() && total.contraction().positive(), total.toString());
    }

    @Test
    void roughlyThreePercentOfCustomersLeaveEachMonthAndRevenueGrows() {
        MrrBridge year = MrrMovements.bridge(ledger, ReportingPeriod.year(2024));
        double monthlyChurn = year.churnedCustomers() / 12.0 / ((year.customersAtStart() + year.customersAtEnd()) / 2.0);
        assertTrue(monthlyChurn > 0.02 && monthlyChurn < 0.045, "monthly churn " + monthlyChurn);
        assertTrue(year.end().compareTo(year.start()) > 0, year.toString());
    }

    @Test
    void npsAnswersAreAFewThousandAndDetractorsAreTheMinority() {
        assertTrue(data.npsResponses().size() > 2000, "responses " + data.npsResponses().size());
        double score = Nps.score(data.npsResponses()).score();
        assertTrue(score > 0 && score < 50, "NPS " + score);
        assertTrue(data.csatRatings().size() > 800, "ratings " + data.csatRatings().size());
    }

    @Test
    void everySurveyAnswerComesFromAKnownCustomer() {
        Set<CustomerId> known = data.customersById().keySet();
        data.npsResponses().forEach(r -> assertTrue(known.contains(r.customer()), r.toString()));
        data.csatRatings().forEach(r -> assertTrue(known.contains(r.customer()), r.toString()));
        data.subscriptions().forEach(s -> assertTrue(known.contains(s.customer()), s.toString()));
    }

    @Test
    void healthSignalsAtMidYearPredictTheNextHalfYearsChurnUsefullyButNotPerfectly() {
        YearMonth june = SampleData.LAST_MONTH.minusMonths(6);
        assertEquals(List.of(june, SampleData.LAST_MONTH), HealthInputs.months(data));
        List<HealthSignals> signals = HealthInputs.signals(data, ledger, june);
        int paying = ledger.snapshot(june).customerCount();
        assertTrue(Math.abs(signals.size() - paying) < paying / 50, signals.size() + " observed of " + paying + " paying");
        HealthValidation test = LedgerHealth.backTest(HealthModel.defaults().assessAll(signals), ledger, june, 6);
        double auc = test.auc().value();
        assertTrue(auc > 0.65 && auc < 0.85, test.toString());
        assertTrue(test.lift(HealthBand.CRITICAL).orElseThrow() > test.lift(HealthBand.AT_RISK).orElseThrow()
                && test.lift(HealthBand.AT_RISK).orElseThrow() > 1 && test.lift(HealthBand.HEALTHY).orElseThrow() < 1,
                test.toString());
        assertTrue(signals.stream().anyMatch(s -> s.nps() != null) && signals.stream().anyMatch(s -> s.csat() != null)
                && signals.stream().anyMatch(s -> s.mrrStart() != null), "survey answers and the MRR trend are joined in");
        assertTrue(signals.stream().anyMatch(s -> s.activeDays() == null), "some signals are unknown");
    }

    @Test
    void theValueExperimentShowsAPositiveEffectWithTheControlGroupDriftingToo() {
        KpiChanges target = data.valueExperiment().stream().filter(ExperimentUnit::target)
                .collect(KpiChanges.toKpiChanges(u -> u.before().doubleValue(), u -> u.after().doubleValue()));
        KpiChanges control = data.valueExperiment().stream().filter(u -> !u.target())
                .collect(KpiChanges.toKpiChanges(u -> u.before().doubleValue(), u -> u.after().doubleValue()));
        assertTrue(target.count() >= 30 && control.count() >= 30, target + "\n" + control);
        assertTrue(control.meanChange() > 0, "the control group drifts up as well");
        DifferenceInDifferences did = DifferenceInDifferences.of(target, control);
        assertTrue(did.interval(0.95).lower() > 0 && did.effect() < 5, did.toString());
        Set<CustomerId> known = data.customersById().keySet();
        data.valueExperiment().forEach(u -> assertTrue(known.contains(u.customer()), u.toString()));
        data.healthObservations().forEach(o -> assertTrue(known.contains(o.customer()), o.toString()));
    }
}
