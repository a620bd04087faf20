package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricTest {

    /** Fader and Hardie (2007), "High End": 1000 customers, survival 86.9 … 49.1 % over years 1–7. */
    private static final long[] HIGH_END_LOST = {131, 126, 90, 60, 42, 34, 26};
    private static final ShiftedBetaGeometric PAPER = ShiftedBetaGeometric.of(0.668, 3.806);

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    @Test
    void highEndCohortFitsThePapersEstimates() {
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometric.fit(1000, HIGH_END_LOST);
        assertEquals(0.668, round3(fit.alpha()));
        assertEquals(3.806, round3(fit.beta()));
        assertEquals(-1611.158, round3(fit.logLikelihood()));
        assertTrue(fit.converged());
        assertTrue(fit.gradientNorm() <= 1e-8 * 1000);
        assertEquals(491, fit.survivors());
        assertEquals(7, fit.periods());
        assertEquals(0.491, fit.observedSurvival(7), 1e-15);
        assertEquals(fit.logLikelihood(), fit.model().logLikelihood(1000, HIGH_END_LOST), 1e-9);
        // No other (α, β) nearby does better.
        for (double dx : new double[] {-1e-4, 1e-4}) {
            assertTrue(ShiftedBetaGeometric.of(fit.alpha() * (1 + dx), fit.beta()).logLikelihood(1000, HIGH_END_LOST)
                    < fit.logLikelihood());
            assertTrue(ShiftedBetaGeometric.of(fit.alpha(), fit.beta() * (1 + dx)).logLikelihood(1000, HIGH_END_LOST)
                    < fit.logLikelihood());
        }
        // Standard errors from the observed information.
        assertEquals(0.104, round3(fit.alphaStdErr()));
        assertEquals(0.786, round3(fit.betaStdErr()));
    }

    @Test
    void survivalSharesGiveTheSameFit() {
        ShiftedBetaGeometricFit fromShares = ShiftedBetaGeometric.fitSurvival(1000, 0.869, 0.743, 0.653, 0.593, 0.551,
                0.517, 0.491);
        assertEquals(ShiftedBetaGeometric.fit(1000, HIGH_END_LOST), fromShares);
        assertEquals(List.of(131L, 126L, 90L, 60L, 42L, 34L, 26L), fromShares.lostPerPeriod());
        assertEquals("survival shares must not increase but survivalShare[1] = 0.9 is above the period before",
                assertThrows(IllegalArgumentException.class, () -> ShiftedBetaGeometric.fitSurvival(100, 0.8, 0.9))
                        .getMessage());
        assertEquals("survivalShare[0] must be in [0, 1] but was 86.9", assertThrows(IllegalArgumentException.class,
                () -> ShiftedBetaGeometric.fitSurvival(100, 86.9, 74.3)).getMessage());
    }

    @Test
    void modelValuesAgainstHighPrecision() {
        // mpmath with 30 digits, α = 0.668, β = 3.806.
        double[] survival = {1, 0.85069289, 0.74688163, 0.66981692, 0.60995102, 0.56186898, 0.52225229, 0.48894462,
            0.46047896, 0.43581967, 0.41421306, 0.39509641, 0.37804042};
        double[] retention = {0.85069289, 0.87796858, 0.89681804, 0.91062349, 0.92117064, 0.92949124, 0.93622303,
            0.94178142};
        double[] churn = {0.14930711, 0.10381126, 0.077064709, 0.059865895, 0.048082049, 0.039616685, 0.033307669,
            0.028465662};
        for (int t = 0; t < survival.length; t++) {
            assertEquals(survival[t], PAPER.survival(t), 5e-9, "S(" + t + ")");
        }
        for (int t = 1; t <= retention.length; t++) {
            assertEquals(retention[t - 1], PAPER.retention(t), 5e-9, "r_" + t);
            assertEquals(churn[t - 1], PAPER.probabilityOfChurnAt(t), 5e-9, "P(T = " + t + ")");
            assertEquals(PAPER.survival(t - 1) - PAPER.survival(t), PAPER.probabilityOfChurnAt(t), 1e-15);
            assertEquals(PAPER.survival(t) / PAPER.survival(t - 1), PAPER.retention(t), 1e-15);
        }
        assertEquals(5.92259640761276, PAPER.discountedExpectedLifetime(0.1), 1e-13);
        assertEquals(19.8214118623949, PAPER.discountedExpectedLifetime(0.01), 1e-12);
        assertEquals(5.41485604837404, PAPER.discountedExpectedResidualLifetime(0.1, 0), 1e-13);
        assertEquals(6.89705739774609, PAPER.discountedExpectedResidualLifetime(0.1, 4), 1e-13);
        assertEquals(27.588141084237, PAPER.discountedExpectedResidualLifetime(0.01, 4), 1e-11);
    }

    @Test
    void discountedLifetimesEqualTheirSeries() {
        for (ShiftedBetaGeometric model : List.of(PAPER, ShiftedBetaGeometric.of(2, 6), ShiftedBetaGeometric.of(0.3, 0.5))) {
            for (double d : new double[] {0.01, 0.1, 0.5}) {
                double v = 1 / (1 + d);
                double del = 0;
                double s = 1;
                double discount = 1;
                for (int t = 0; t < 20_000; t++) {
                    del += s * discount;
                    s *= model.retention(t + 1);
                    discount *= v;
                }
                assertEquals(del, model.discountedExpectedLifetime(d), 1e-11 * del, model + " d = " + d);
                assertEquals(del, 1 + model.discountedExpectedResidualLifetime(d, 0) / (1 + d), 1e-11 * del);
                for (int renewals : new int[] {1, 3, 10}) {
                    int n = renewals + 1;
                    double derl = 0;
                    double conditional = 1;
                    discount = 1;
                    for (int t = n; t < n + 20_000; t++) {
                        conditional *= model.retention(t);
                        derl += conditional * discount;
                        discount *= v;
                    }
                    assertEquals(derl, model.discountedExpectedResidualLifetime(d, renewals), 1e-11 * derl);
                }
            }
        }
    }

    @Test
    void expectedLifetimeIsInfiniteForAlphaAtMostOne() {
        assertEquals(OptionalDouble.of(7), ShiftedBetaGeometric.of(2, 6).expectedLifetime());
        assertFalse(PAPER.expectedLifetime().isPresent());
        assertFalse(ShiftedBetaGeometric.of(1, 3).expectedLifetime().isPresent());
        // Against the series Σ S(t) for α = 3, whose terms fall like t^−3.
        ShiftedBetaGeometric model = ShiftedBetaGeometric.of(3, 2);
        double sum = 0;
        double s = 1;
        for (int t = 0; t < 2_000_000; t++) {
            sum += s;
            s *= model.retention(t + 1);
        }
        assertEquals(sum, model.expectedLifetime().orElseThrow(), 1e-9);
        assertEquals(2.0, model.expectedLifetime().orElseThrow(), 1e-15);
    }

    @Test
    void unfittableDataSaysWhy() {
        assertEquals("the shifted-beta-geometric model needs at least two periods to separate α from β but got 1",
                assertThrows(UnfittableDataException.class, () -> ShiftedBetaGeometric.fit(1000, 100)).getMessage());
        assertEquals("no customer churned in 3 periods, so the churn probabilities cannot be estimated (the likelihood "
                + "grows as α → 0)", assertThrows(UnfittableDataException.class,
                        () -> ShiftedBetaGeometric.fit(1000, 0, 0, 0)).getMessage());
        // Exactly geometric losses (10 % every period): no heterogeneity.
        String homogeneous = assertThrows(UnfittableDataException.class,
                () -> ShiftedBetaGeometric.fit(100_000, 10_000, 9000, 8100, 7290, 6561)).getMessage();
        assertTrue(homogeneous.contains("every customer has the same churn probability 0.1000"), homogeneous);
        // Churn rising with tenure.
        String rising = assertThrows(UnfittableDataException.class,
                () -> ShiftedBetaGeometric.fit(1000, 10, 50, 100)).getMessage();
        // 160 losses over 1000 + 990 + 940 = 2930 customer-periods at risk.
        assertTrue(rising.contains("every customer has the same churn probability 0.05461"), rising);
        // Losses only in the first period.
        assertEquals("all 1000 customers lost were lost in period 1 and none later: the likelihood grows without bound "
                + "as α, β → 0, a split between customers who leave at once and customers who never leave, so there is "
                + "no finite α, β to report", assertThrows(UnfittableDataException.class,
                        () -> ShiftedBetaGeometric.fit(1000, 1000, 0)).getMessage());
        assertThrows(UnfittableDataException.class, () -> ShiftedBetaGeometric.fit(1000, 300, 0, 0));
        assertTrue(new UnfittableDataException("x") instanceof IllegalArgumentException);
    }

    @Test
    void impossibleInputIsRejected() {
        assertEquals("lostPerPeriod[1] must not be negative but was -1", assertThrows(IllegalArgumentException.class,
                () -> ShiftedBetaGeometric.fit(100, 10, -1)).getMessage());
        assertEquals("the customers lost (120) must not exceed cohortSize (100)", assertThrows(
                IllegalArgumentException.class, () -> ShiftedBetaGeometric.fit(100, 60, 60)).getMessage());
        assertEquals("cohortSize must be at least 1 but was 0",
                assertThrows(IllegalArgumentException.class, () -> ShiftedBetaGeometric.fit(0, 0, 0)).getMessage());
        assertEquals("alpha must be positive and finite but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> ShiftedBetaGeometric.of(0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShiftedBetaGeometric.of(1, Double.POSITIVE_INFINITY));
        assertEquals("t must be at least 1 but was 0",
                assertThrows(IllegalArgumentException.class, () -> PAPER.retention(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PAPER.probabilityOfChurnAt(0));
        assertThrows(IllegalArgumentException.class, () -> PAPER.survival(-1));
        assertEquals("discountRate must be positive and finite but was 0.0", assertThrows(IllegalArgumentException.class,
                () -> PAPER.discountedExpectedLifetime(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PAPER.discountedExpectedResidualLifetime(0.1, -1));
    }

    @Test
    void projectionAndText() {
        SbgProjection projection = PAPER.projection(1000, 12);
        assertEquals(12, projection.periods().size());
        SbgProjection.Period seventh = projection.periods().get(6);
        assertEquals(7, seventh.period());
        assertEquals(488.94462, seventh.expectedActive(), 1e-5);
        assertEquals(PAPER.survival(7), seventh.survival(), 1e-15);
        assertEquals(PAPER.retention(7), seventh.retention(), 1e-15);
        assertEquals(PAPER.probabilityOfChurnAt(7), seventh.churnProbability(), 1e-15);
        assertEquals(378.04042, projection.periods().get(11).expectedActive(), 1e-5);
        assertEquals(0.956831, projection.periods().get(11).retention(), 1e-6);
        assertTrue(projection.toString().startsWith("""
                sBG projection of a cohort of 1000
                period  survival  retention  churn probability  expected active
                     1    0.8507     0.8507             0.1493            850.7
                     2    0.7469     0.8780             0.1038            746.9"""), projection.toString());
        assertTrue(projection.toMarkdown().contains("| 12 | 0.3780 | 0.9568 | 0.0171 | 378.0 |"));
        assertEquals("sBG(α = 0.668000, β = 3.80600)", PAPER.toString());
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometric.fit(1000, HIGH_END_LOST);
        assertTrue(fit.toString().startsWith("sBG fit: 1000 customers over 7 periods\n"), fit.toString());
        assertTrue(fit.toString().contains("     7             0.4910           0.4889            0.9362\n"
                + "α = 0.6681 (SE 0.1037), β = 3.8061 (SE 0.7855)\nlog-likelihood -1611.1581\nconverged after "),
                fit.toString());
        assertEquals(fit.model().projection(1000, 9), fit.projection(9));
    }

    @Test
    void jsonRoundTrips() {
        assertEquals("{\"alpha\":0.668,\"beta\":3.806}", JsonRoundTrip.assertRoundTrips(PAPER, ShiftedBetaGeometric.class));
        JsonRoundTrip.assertRoundTrips(ShiftedBetaGeometric.fit(1000, HIGH_END_LOST), ShiftedBetaGeometricFit.class);
        JsonRoundTrip.assertRoundTrips(PAPER.projection(100, 3), SbgProjection.class);
    }

    /**
     * Survival far out, against the gamma-function form at 40 digits (mpmath:
     * {@code exp(loggamma(β + t) + loggamma(α + β) − loggamma(β) − loggamma(α + β + t))}).
     */
    @Test
    void survivalFarOutMatchesTheGammaFunctionForm() {
        double[][] cases = {
            {0.668, 3.806, 1001, 0.023440816641061770868},
            {0.668, 3.806, 1_000_000, 0.00023297787486495873157},
            {0.668, 3.806, 100_000_000, 0.00001074770468774121395},
            {0.668, 3.806, Integer.MAX_VALUE, 1.3854363716172417814e-6},
            {2, 6, 1_000_000, 4.199945400533395359e-11},
            {2, 6, Integer.MAX_VALUE, 9.1072982022281589342e-18},
            {0.05, 0.05, 100_000_000, 0.19452383347140640523},
            {0.05, 0.05, Integer.MAX_VALUE, 0.16686925470535478954},
            {100, 1, 1001, 6.3892793559072230927e-145},
            // A large α, where the series' second term (−1/(360 z³)) moves the result by about 1e-12.
            {100, 1, 2000, 6.1422917920725344891e-174},
            {100, 1, 5000, 4.337859502695496155e-213},
            {50, 0.5, 1500, 1.6649812282026886346e-96},
            {30, 2, 100_000, 8.1822404371059539753e-117},
        };
        for (double[] c : cases) {
            double s = ShiftedBetaGeometric.of(c[0], c[1]).survival((int) c[2]);
            assertEquals(c[3], s, 1e-12 * c[3], () -> "S(" + (long) c[2] + ") of α = " + c[0] + ", β = " + c[1]);
        }
        // 9.3e-443 is below the smallest double: it underflows to 0 rather than failing.
        assertEquals(0.0, ShiftedBetaGeometric.of(100, 1).survival(1_000_000));
    }

    /** Hang guard, not a performance goal: these used to take minutes (a loop over every period). */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void theLastPeriodsAnswerAtOnce() {
        assertEquals(1.3854363716172417814e-6, PAPER.survival(Integer.MAX_VALUE), 1e-18);
        assertEquals(PAPER.survival(Integer.MAX_VALUE - 1) * PAPER.alpha() / (PAPER.alpha() + PAPER.beta()
                + Integer.MAX_VALUE - 1), PAPER.probabilityOfChurnAt(Integer.MAX_VALUE), 1e-25);
        assertTrue(PAPER.probabilityOfChurnAt(Integer.MAX_VALUE) > 0);
        assertEquals((3.806 + Integer.MAX_VALUE - 1) / (0.668 + 3.806 + Integer.MAX_VALUE - 1),
                PAPER.retention(Integer.MAX_VALUE));
        // DERL after 2^31 − 1 renewals: the customer almost surely stays, so nearly 1 / (1 − 1/1.1) = 11
        // (mpmath: the series summed at 40 digits).
        assertEquals(10.999999962361529823, PAPER.discountedExpectedResidualLifetime(0.1, Integer.MAX_VALUE), 1e-9);
    }

    @Test
    void discountRatesDownToTheLimitAreSummedAndBelowItRefused() {
        // mpmath.hyp2f1(1, β, α + β, 1/(1 + d)) with 40 digits, at the smallest rate accepted.
        double d = ShiftedBetaGeometric.MIN_DISCOUNT_RATE;
        assertEquals(125.44625149435462098, PAPER.discountedExpectedLifetime(d), 1e-12 * 125.45);
        assertEquals(6336.1763378142961405, ShiftedBetaGeometric.of(0.05, 1).discountedExpectedLifetime(d),
                1e-11 * 6336.2);
        assertEquals("discountRate must be at least 1.0E-4 per period but was 1.0E-300: the discounted lifetime's "
                + "series would need about 4e+301 terms (at a zero rate use expectedLifetime())",
                assertThrows(IllegalArgumentException.class, () -> PAPER.discountedExpectedLifetime(1e-300)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PAPER.discountedExpectedLifetime(Math.nextDown(d)));
        assertThrows(IllegalArgumentException.class, () -> PAPER.discountedExpectedResidualLifetime(Math.nextDown(d), 0));
    }

    @Test
    void projectionsAreLimitedBeforeAllocating() {
        int most = ShiftedBetaGeometric.MAX_PROJECTION_PERIODS;
        assertEquals(most, PAPER.projection(1, most).periods().size());
        assertEquals(1, PAPER.projection(1, 1).periods().size());
        assertEquals("periods must be from 1 to 10000 but was 10001",
                assertThrows(IllegalArgumentException.class, () -> PAPER.projection(1, most + 1)).getMessage());
        assertEquals("periods must be from 1 to 10000 but was 0",
                assertThrows(IllegalArgumentException.class, () -> PAPER.projection(1, 0)).getMessage());
    }

    @Test
    void lossesPastALongAreImpossibleCounts() {
        assertEquals("the customers lost (9223372036854775807 before lostPerPeriod[1] = 1, more than a long holds) "
                + "must not exceed cohortSize (10)", assertThrows(IllegalArgumentException.class,
                        () -> ShiftedBetaGeometric.fit(10, Long.MAX_VALUE, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShiftedBetaGeometric.fit(Long.MAX_VALUE, Long.MAX_VALUE, 0));
    }
}
