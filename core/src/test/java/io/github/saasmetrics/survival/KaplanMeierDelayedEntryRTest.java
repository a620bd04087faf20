package io.github.saasmetrics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Agreement of Kaplan–Meier with delayed entry with R's {@code survfit(Surv(entry, exit, event) ~ 1)}
 * (survival 3.5-3, R 4.2.2) to 1e-9. The reference numbers are printed by
 * {@code src/test/resources/r/kaplan-meier-delayed-entry-reference.R} and pasted here.
 *
 * <p>{@code NA} marks a value R leaves undefined; there the library's documented convention is
 * asserted instead, as in {@link KaplanMeierRTest}: a zero standard error and the point interval
 * {@code [S, S]} where Greenwood's variance of {@code S} is zero (after the customers at risk have
 * all churned, {@code S = 0}), and "not reached" for a quantile bound unless that point interval
 * reaches it (noted in the test).
 */
class KaplanMeierDelayedEntryRTest {

    /** R's NA. */
    private static final double NA = Double.NaN;
    private static final double TOLERANCE = 1e-9;

    private static final Data DELAYED = new Data(new double[] {0, 0, 0, 0, 0, 0, 2, 2, 3, 0.5, 5, 1, 0, 4, 2, 6, 0, 3, 0, 7},
            new double[] {1, 3, 3, 4, 6, 8, 4, 5, 7, 2, 9, 3, 2, 6, 6, 10, 5, 8, 12, 11},
            new int[] {1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1, 1});

    private static final Data LEDGER = new Data(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 5, 7, 12, 12, 2, 9, 0, 0, 4, 1, 6, 15, 0, 0},
            new double[] {2, 5, 5, 7, 9, 12, 14, 14, 6, 10, 14, 9, 20, 26, 4, 23, 1, 3, 8, 2, 13, 27, 16, 16},
            new int[] {1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0});

    private static final Data EMPTIED = new Data(new double[] {0, 0, 3, 3, 4},
            new double[] {1, 2, 5, 6, 8},
            new int[] {1, 1, 0, 1, 1});

    record Data(double[] entry, double[] exit, int[] status) {
        SurvivalCurve fit() {
            boolean[] churned = new boolean[status.length];
            for (int i = 0; i < status.length; i++) {
                churned[i] = status[i] == 1;
            }
            return KaplanMeier.fitDelayedEntry(entry, exit, churned);
        }
    }

    /** One R fit: its columns, median, quantiles and restricted means, checked against ours. */
    static final class Reference {
        private final SurvivalCurve curve;
        private final double[][] columns;
        private final long[][] counts;
        private final double[] median;
        private final List<double[]> quantiles = new ArrayList<>();
        private final List<double[]> restrictedMeans = new ArrayList<>();

        Reference(Data data, ConfidenceTransform transform, double level, double[] time, long[] atRisk, long[] events,
                long[] censored, double[] survival, double[] stdErr, double[] lower, double[] upper, double[] median) {
            this.curve = data.fit().withConfidence(transform, level);
            this.columns = new double[][] {time, survival, stdErr, lower, upper};
            this.counts = new long[][] {atRisk, events, censored};
            this.median = median;
        }

        void quantile(double p, double estimate, double lower, double upper) {
            quantiles.add(new double[] {p, estimate, lower, upper});
        }

        void restrictedMean(double horizon, double estimate, double stdErr) {
            restrictedMeans.add(new double[] {horizon, estimate, stdErr});
        }

        void check() {
            double[] time = columns[0];
            assertEquals(time.length, curve.size(), "rows");
            for (int i = 0; i < time.length; i++) {
                SurvivalRow row = curve.row(i);
                String where = "row " + i + " (time " + time[i] + ")";
                assertEquals(time[i], row.time(), where);
                assertEquals(counts[0][i], row.atRisk(), where + " at risk");
                assertEquals(counts[1][i], row.events(), where + " events");
                assertEquals(counts[2][i], row.censored(), where + " censored");
                assertEquals(columns[1][i], row.survival(), TOLERANCE, where + " survival");
                double s = row.survival();
                assertEquals(orElse(columns[2][i], 0), row.stdErr(), TOLERANCE, where + " std.err");
                assertEquals(orElse(columns[3][i], s), row.lower(), TOLERANCE, where + " lower");
                assertEquals(orElse(columns[4][i], s), row.upper(), TOLERANCE, where + " upper");
            }
            assertQuantile(median, curve.median(), "median");
            for (double[] q : quantiles) {
                assertQuantile(new double[] {q[1], q[2], q[3]}, curve.quantile(q[0]), "quantile " + q[0]);
            }
            for (double[] m : restrictedMeans) {
                RestrictedMean rmean = curve.restrictedMean(m[0]);
                assertEquals(m[1], rmean.estimate(), TOLERANCE, "rmean up to " + m[0]);
                assertEquals(m[2], rmean.stdErr(), TOLERANCE, "se(rmean) up to " + m[0]);
            }
        }

        private static double orElse(double r, double ours) {
            return Double.isNaN(r) ? ours : r;
        }

        private static void assertQuantile(double[] expected, SurvivalQuantile actual, String what) {
            assertOptional(expected[0], actual.estimate(), what);
            assertOptional(expected[1], actual.lower(), what + " lower");
            assertOptional(expected[2], actual.upper(), what + " upper");
        }

        private static void assertOptional(double expected, OptionalDouble actual, String what) {
            if (Double.isNaN(expected)) {
                assertFalse(actual.isPresent(), what + " should be not reached but was " + actual);
            } else {
                assertEquals(expected, actual.orElseThrow(), TOLERANCE, what);
            }
        }
    }

    @Test
    void delayedLog95() {
        // R: NA; here the point interval [0, 0] after the last customer at risk churns at 12 reaches the level there.
        Reference r = new Reference(DELAYED, ConfidenceTransform.LOG, 0.95,
                new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
                new long[] {10, 10, 11, 10, 9, 8, 6, 6, 4, 3, 2, 1},
                new long[] {1, 2, 2, 2, 0, 1, 1, 1, 0, 1, 1, 1},
                new long[] {0, 0, 1, 0, 2, 2, 0, 1, 1, 0, 0, 0},
                new double[] {0.90000000000000002, 0.72000000000000008, 0.58909090909090922, 0.4712727272727274, 0.4712727272727274, 0.41236363636363649, 0.34363636363636374, 0.28636363636363649, 0.28636363636363649, 0.19090909090909097, 0.095454545454545486, 0},
                new double[] {0.094868329805051374, 0.13682105101189659, 0.13979355821391304, 0.13438557398160395, 0.13438557398160395, 0.12985871997103973, 0.1250872272665926, 0.11661609848234585, 0.11661609848234585, 0.11008414922159426, 0.087094288569500938, NA},
                new double[] {0.73201164274399266, 0.49611152511289464, 0.36998906789626657, 0.26949349946701145, 0.26949349946701145, 0.22244662739821167, 0.16836540452190193, 0.12890874078507847, 0.12890874078507847, 0.061659101666799263, 0.015964172182795566, NA},
                new double[] {1, 1, 0.93794149418179495, 0.82413113455547871, 0.82413113455547871, 0.76442502448301231, 0.70136706972875729, 0.63614097641466683, 0.63614097641466683, 0.59109328560588326, 0.57075118857420892, NA},
                new double[] {4, 2, 12});
        r.quantile(0.25, 2, 1, 7);
        r.quantile(0.75, 10, 6, 12);
        r.restrictedMean(10, 5.480363636363637, 0.95300624708719939);
        r.restrictedMean(5.5, 3.9160000000000004, 0.49245248291980864);
        r.check();
    }

    @Test
    void delayedLogLog95() {
        // R: NA; here the point interval [0, 0] after the last customer at risk churns at 12 reaches the level there.
        Reference r = new Reference(DELAYED, ConfidenceTransform.LOG_LOG, 0.95,
                new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
                new long[] {10, 10, 11, 10, 9, 8, 6, 6, 4, 3, 2, 1},
                new long[] {1, 2, 2, 2, 0, 1, 1, 1, 0, 1, 1, 1},
                new long[] {0, 0, 1, 0, 2, 2, 0, 1, 1, 0, 0, 0},
                new double[] {0.90000000000000002, 0.72000000000000008, 0.58909090909090922, 0.4712727272727274, 0.4712727272727274, 0.41236363636363649, 0.34363636363636374, 0.28636363636363649, 0.28636363636363649, 0.19090909090909097, 0.095454545454545486, 0},
                new double[] {0.094868329805051374, 0.13682105101189659, 0.13979355821391304, 0.13438557398160395, 0.13438557398160395, 0.12985871997103973, 0.1250872272665926, 0.11661609848234585, 0.11661609848234585, 0.11008414922159426, 0.087094288569500938, NA},
                new double[] {0.47300927136205051, 0.36031223328066014, 0.27959261729998641, 0.20569095936229148, 0.20569095936229148, 0.1689589919924937, 0.12454205071698615, 0.093719661002601498, 0.093719661002601498, 0.037748441611446228, 0.0065426120507755588, NA},
                new double[] {0.98528139336734311, 0.89967863318607288, 0.80273723639386341, 0.69913998481627992, 0.69913998481627992, 0.64318000142041232, 0.57825903463194683, 0.51658569350591721, 0.51658569350591721, 0.43307291219437855, 0.33380333321846356, NA},
                new double[] {4, 1, 10});
        r.quantile(0.25, 2, 1, 4);
        r.quantile(0.75, 10, 4, 12);
        r.restrictedMean(10, 5.480363636363637, 0.95300624708719939);
        r.restrictedMean(5.5, 3.9160000000000004, 0.49245248291980864);
        r.check();
    }

    @Test
    void delayedPlain95() {
        // R: NA; here the point interval [0, 0] after the last customer at risk churns at 12 reaches the level there.
        Reference r = new Reference(DELAYED, ConfidenceTransform.PLAIN, 0.95,
                new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
                new long[] {10, 10, 11, 10, 9, 8, 6, 6, 4, 3, 2, 1},
                new long[] {1, 2, 2, 2, 0, 1, 1, 1, 0, 1, 1, 1},
                new long[] {0, 0, 1, 0, 2, 2, 0, 1, 1, 0, 0, 0},
                new double[] {0.90000000000000002, 0.72000000000000008, 0.58909090909090922, 0.4712727272727274, 0.4712727272727274, 0.41236363636363649, 0.34363636363636374, 0.28636363636363649, 0.28636363636363649, 0.19090909090909097, 0.095454545454545486, 0},
                new double[] {0.094868329805051374, 0.13682105101189659, 0.13979355821391304, 0.13438557398160395, 0.13438557398160395, 0.12985871997103973, 0.1250872272665926, 0.11661609848234585, 0.11661609848234585, 0.11008414922159426, 0.087094288569500938, NA},
                new double[] {0.71406149030863164, 0.4518356676897653, 0.31510056972093631, 0.20788184222704076, 0.20788184222704076, 0.15784522214192642, 0.098469903267865672, 0.057800283320662615, 0.057800283320662615, 0, 0, NA},
                new double[] {1, 0.98816433231023493, 0.86308124846088208, 0.73466361231841404, 0.73466361231841404, 0.66688205058534655, 0.58880282400486184, 0.51492698940661041, 0.51492698940661041, 0.40667005865214867, 0.26615621430990577, NA},
                new double[] {4, 2, 10});
        r.quantile(0.25, 2, 1, 4);
        r.quantile(0.75, 10, 4, 12);
        r.restrictedMean(10, 5.480363636363637, 0.95300624708719939);
        r.restrictedMean(5.5, 3.9160000000000004, 0.49245248291980864);
        r.check();
    }

    @Test
    void delayedLog90() {
        Reference r = new Reference(DELAYED, ConfidenceTransform.LOG, 0.9,
                new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
                new long[] {10, 10, 11, 10, 9, 8, 6, 6, 4, 3, 2, 1},
                new long[] {1, 2, 2, 2, 0, 1, 1, 1, 0, 1, 1, 1},
                new long[] {0, 0, 1, 0, 2, 2, 0, 1, 1, 0, 0, 0},
                new double[] {0.90000000000000002, 0.72000000000000008, 0.58909090909090922, 0.4712727272727274, 0.4712727272727274, 0.41236363636363649, 0.34363636363636374, 0.28636363636363649, 0.28636363636363649, 0.19090909090909097, 0.095454545454545486, 0},
                new double[] {0.094868329805051374, 0.13682105101189659, 0.13979355821391304, 0.13438557398160395, 0.13438557398160395, 0.12985871997103973, 0.1250872272665926, 0.11661609848234585, 0.11661609848234585, 0.11008414922159426, 0.087094288569500938, NA},
                new double[] {0.75673412314590749, 0.52672623292826293, 0.3987163928765593, 0.29483015042539867, 0.29483015042539867, 0.24565290451362973, 0.18882867214371535, 0.14655889591673205, 0.14655889591673205, 0.073945130250048882, 0.021281939817771742, NA},
                new double[] {1, 0.98419248480947252, 0.8703632591323931, 0.75330824595319767, 0.75330824595319767, 0.6922115125473991, 0.62536027538947769, 0.5595302265240587, 0.5595302265240587, 0.49288277495070698, 0.42813626605245658, NA},
                new double[] {4, 3, 10});
        r.quantile(0.25, 2, 2, 6);
        r.restrictedMean(12, 5.766727272727274, 1.061815441628696);
        r.check();
    }

    @Test
    void ledgerLog95() {
        Reference r = new Reference(LEDGER, ConfidenceTransform.LOG, 0.95,
                new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 16, 20, 23, 26, 27},
                new long[] {12, 12, 11, 12, 12, 11, 11, 11, 10, 9, 8, 9, 8, 6, 4, 3, 2, 1},
                new long[] {1, 2, 1, 1, 2, 1, 0, 1, 2, 1, 1, 0, 0, 1, 1, 0, 0, 0},
                new long[] {0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 3, 1, 0, 1, 1, 1},
                new double[] {0.91666666666666663, 0.76388888888888884, 0.69444444444444442, 0.63657407407407407, 0.53047839506172845, 0.48225308641975312, 0.48225308641975312, 0.43841189674523007, 0.35072951739618408, 0.31175957101883028, 0.27278962464147649, 0.27278962464147649, 0.27278962464147649, 0.22732468720123042, 0.17049351540092281, 0.17049351540092281, 0.17049351540092281, 0.17049351540092281},
                new double[] {0.079785592313028175, 0.11893733869134378, 0.12678762905212176, 0.12875344595652191, 0.12728802015708049, 0.12451721149072199, 0.12451721149072199, 0.12066890312920443, 0.11132973428542536, 0.10556018159425234, 0.099298273944038437, 0.099298273944038437, 0.099298273944038437, 0.092573618797269386, 0.085105177256348599, 0.085105177256348599, 0.085105177256348599, 0.085105177256348599},
                new double[] {0.7729009736896153, 0.56298690395430828, 0.4855456628976163, 0.42823775931565861, 0.33145328307201644, 0.29073393233564515, 0.29073393233564515, 0.25562116903360815, 0.18826998246175944, 0.16054890436567151, 0.13365388638188874, 0.13365388638188874, 0.13365388638188874, 0.10233191458450697, 0.064093493621210654, 0.064093493621210654, 0.064093493621210654, 0.064093493621210654},
                new double[] {1, 1, 0.99321881188637551, 0.94626534668692763, 0.849010530289798, 0.79993428181229209, 0.79993428181229209, 0.75191343476908934, 0.65337656467857619, 0.60538582001452179, 0.55676779274052879, 0.55676779274052879, 0.55676779274052879, 0.50498921691201382, 0.45352557882950423, 0.45352557882950423, 0.45352557882950423, 0.45352557882950423},
                new double[] {6, 3, 20});
        r.quantile(0.25, 3, 2, 9);
        r.quantile(0.75, 16, 9, NA);
        r.restrictedMean(24, 9.6016505071289018, 1.9793298211058494);
        r.check();
    }

    @Test
    void ledgerLogLog80() {
        Reference r = new Reference(LEDGER, ConfidenceTransform.LOG_LOG, 0.8,
                new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 16, 20, 23, 26, 27},
                new long[] {12, 12, 11, 12, 12, 11, 11, 11, 10, 9, 8, 9, 8, 6, 4, 3, 2, 1},
                new long[] {1, 2, 1, 1, 2, 1, 0, 1, 2, 1, 1, 0, 0, 1, 1, 0, 0, 0},
                new long[] {0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 3, 1, 0, 1, 1, 1},
                new double[] {0.91666666666666663, 0.76388888888888884, 0.69444444444444442, 0.63657407407407407, 0.53047839506172845, 0.48225308641975312, 0.48225308641975312, 0.43841189674523007, 0.35072951739618408, 0.31175957101883028, 0.27278962464147649, 0.27278962464147649, 0.27278962464147649, 0.22732468720123042, 0.17049351540092281, 0.17049351540092281, 0.17049351540092281, 0.17049351540092281},
                new double[] {0.079785592313028175, 0.11893733869134378, 0.12678762905212176, 0.12875344595652191, 0.12728802015708049, 0.12451721149072199, 0.12451721149072199, 0.12066890312920443, 0.11132973428542536, 0.10556018159425234, 0.099298273944038437, 0.099298273944038437, 0.099298273944038437, 0.092573618797269386, 0.085105177256348599, 0.085105177256348599, 0.085105177256348599, 0.085105177256348599},
                new double[] {0.73083960381695634, 0.56836657037088356, 0.50022857588062941, 0.44853426481757525, 0.35710137332457681, 0.31726542050263756, 0.31726542050263756, 0.28229854360935336, 0.21335457623704263, 0.18428771513520573, 0.15562454841396162, 0.15562454841396162, 0.15562454841396162, 0.12160088546323562, 0.078887527534894891, 0.078887527534894891, 0.078887527534894891, 0.078887527534894891},
                new double[] {0.97614402467489403, 0.87950823240808806, 0.82534488299130715, 0.77536085374209307, 0.67684075208574157, 0.62921352999506786, 0.62921352999506786, 0.58414479830208021, 0.49134158063578193, 0.4478864795450625, 0.40368106834214235, 0.40368106834214235, 0.40368106834214235, 0.35292109509853026, 0.29163780255266408, 0.29163780255266408, 0.29163780255266408, 0.29163780255266408},
                new double[] {6, 4, 9});
        r.quantile(0.25, 3, 1, 5);
        r.restrictedMean(12, 6.9192191981543836, 1.0865389969102888);
        r.check();
    }

    @Test
    void emptiedLog95() {
        // R: upper bound NA; here the point interval [0, 0] after the last customers at risk churn reaches 0.5 at 2.
        Reference r = new Reference(EMPTIED, ConfidenceTransform.LOG, 0.95,
                new double[] {1, 2, 5, 6, 8},
                new long[] {2, 1, 3, 2, 1},
                new long[] {1, 1, 0, 1, 1},
                new long[] {0, 0, 1, 0, 0},
                new double[] {0.5, 0, 0, 0, 0},
                new double[] {0.35355339059327379, NA, NA, NA, NA},
                new double[] {0.12504882662995326, NA, NA, NA, NA},
                new double[] {1, NA, NA, NA, NA},
                new double[] {1.5, 1, 2});
        r.check();
    }

    @Test
    void emptiedPlain95() {
        // R: upper bound NA; here the point interval [0, 0] after the last customers at risk churn reaches 0.5 at 2.
        Reference r = new Reference(EMPTIED, ConfidenceTransform.PLAIN, 0.95,
                new double[] {1, 2, 5, 6, 8},
                new long[] {2, 1, 3, 2, 1},
                new long[] {1, 1, 0, 1, 1},
                new long[] {0, 0, 1, 0, 0},
                new double[] {0.5, 0, 0, 0, 0},
                new double[] {0.35355339059327379, NA, NA, NA, NA},
                new double[] {0, NA, NA, NA, NA},
                new double[] {1, NA, NA, NA, NA},
                new double[] {1.5, 1, 2});
        r.check();
    }

}
