package io.github.saasmetrics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Agreement with R's {@code survival::survfit} (survival 3.5-3, R 4.2.2) to 1e-9. The reference
 * numbers are printed by {@code src/test/resources/r/kaplan-meier-reference.R} and pasted here.
 *
 * <p>{@code NA} marks a value R leaves undefined. There the documented convention of this library
 * is asserted instead: a zero standard error and the point interval {@code [S, S]} where Greenwood's
 * variance of {@code S} is zero ({@code S = 1} before the first churn under log-log, {@code S = 0}
 * after the last customers at risk churn), and "not reached" for a quantile bound, except where that
 * point interval makes a bound reachable (noted in the test).
 */
class KaplanMeierRTest {

    /** R's NA. */
    private static final double NA = Double.NaN;
    private static final double TOLERANCE = 1e-9;

    /** R's {@code aml} data set: time and status (1 = event). */
    private static final double[] AML_TIME = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161, 5, 5, 8, 8, 12, 16, 23, 27,
        30, 33, 43, 45};
    private static final int[] AML_STATUS = {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1};
    private static final Data AML = new Data(AML_TIME, AML_STATUS);
    /** {@code aml[aml$x == "Nonmaintained", ]}: the last customer at risk churns, so S falls to 0. */
    private static final Data AML_NONMAINTAINED = new Data(new double[] {5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45},
            new int[] {1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1});
    /** Fractional times, a censoring before the first event, ties of events with events and with censorings. */
    private static final Data SYNTHETIC = new Data(
            new double[] {0.5, 1, 1, 1.5, 2.25, 2.25, 2.25, 3, 4.5, 4.5, 6, 7.75, 7.75, 9, 12.5},
            new int[] {0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0});
    /** S falls to exactly 0.5 at time 2 and below it at 3: R's median is the midpoint 2.5. */
    private static final Data MIDPOINT = new Data(new double[] {1, 1.5, 2, 2, 3, 4}, new int[] {0, 0, 1, 1, 1, 0});

    record Data(double[] time, int[] status) {
        SurvivalCurve fit() {
            boolean[] churned = new boolean[status.length];
            for (int i = 0; i < status.length; i++) {
                churned[i] = status[i] == 1;
            }
            return KaplanMeier.fit(time, churned);
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
    void amlLog95() {
        Reference r = new Reference(AML, ConfidenceTransform.LOG, 0.95,
                new double[] {5, 8, 9, 12, 13, 16, 18, 23, 27, 28, 30, 31, 33, 34, 43, 45, 48, 161},
                new long[] {23, 21, 19, 18, 17, 15, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2, 1},
                new long[] {2, 2, 1, 1, 1, 0, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0},
                new long[] {0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1},
                new double[] {0.91304347826086951, 0.82608695652173914, 0.78260869565217384, 0.73913043478260865, 0.69565217391304346, 0.69565217391304346, 0.64596273291925466, 0.54658385093167705, 0.49689440993788819, 0.49689440993788819, 0.4416839199447895, 0.38647342995169082, 0.33126293995859213, 0.27605244996549344, 0.22084195997239475, 0.16563146997929606, 0.082815734989648032, 0.082815734989648032},
                new double[] {0.058753384755841409, 0.079034196447511806, 0.086006148703798302, 0.091560537151700067, 0.095943875542151391, 0.095943875542151391, 0.10114267517528461, 0.10725064174012229, 0.10840178078868302, 0.10840178078868302, 0.10951806997765715, 0.10885880149486436, 0.10639097288755056, 0.10198337609049186, 0.095367438486434419, 0.086035208408575106, 0.072661800503528301, 0.072661800503528301},
                new double[] {0.80485479778295776, 0.68483946807189866, 0.63095791059958761, 0.57979921796803113, 0.53087834162821212, 0.53087834162821212, 0.47525772470551447, 0.37207808724921121, 0.32401654568981592, 0.32401654568981592, 0.27167599539229165, 0.22251529774688578, 0.17652018258070468, 0.13382219562927281, 0.09473324056331256, 0.059840717810080948, 0.014834608254847221, 0.014834608254847221},
                new double[] {1, 0.99646660502298201, 0.97070875920768129, 0.94224652723151947, 0.91156845010048149, 0.91156845010048149, 0.87798226231686283, 0.80293335280236955, 0.76201063776504074, 0.76201063776504074, 0.71807847747497544, 0.67124244297363078, 0.62165772653129403, 0.56944929631151486, 0.51482637978433587, 0.458446770885507, 0.46232740656529359, 0.46232740656529359},
                new double[] {27, 18, 45});
        r.quantile(0.25, 12, 8, 30);
        r.quantile(0.75, 43, 31, NA);
        r.restrictedMean(100, 31.312629399585919, 5.7864446801996889);
        r.restrictedMean(30, 22.037267080745341, 2.007411361042069);
        r.restrictedMean(45, 26.509316770186334, 3.0510230033809433);
        r.check();
    }

    @Test
    void amlLogLog95() {
        Reference r = new Reference(AML, ConfidenceTransform.LOG_LOG, 0.95,
                new double[] {5, 8, 9, 12, 13, 16, 18, 23, 27, 28, 30, 31, 33, 34, 43, 45, 48, 161},
                new long[] {23, 21, 19, 18, 17, 15, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2, 1},
                new long[] {2, 2, 1, 1, 1, 0, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0},
                new long[] {0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1},
                new double[] {0.91304347826086951, 0.82608695652173914, 0.78260869565217384, 0.73913043478260865, 0.69565217391304346, 0.69565217391304346, 0.64596273291925466, 0.54658385093167705, 0.49689440993788819, 0.49689440993788819, 0.4416839199447895, 0.38647342995169082, 0.33126293995859213, 0.27605244996549344, 0.22084195997239475, 0.16563146997929606, 0.082815734989648032, 0.082815734989648032},
                new double[] {0.058753384755841409, 0.079034196447511806, 0.086006148703798302, 0.091560537151700067, 0.095943875542151391, 0.095943875542151391, 0.10114267517528461, 0.10725064174012229, 0.10840178078868302, 0.10840178078868302, 0.10951806997765715, 0.10885880149486436, 0.10639097288755056, 0.10198337609049186, 0.095367438486434419, 0.086035208408575106, 0.072661800503528301, 0.072661800503528301},
                new double[] {0.69494753753205873, 0.60061041123719894, 0.55421150666872854, 0.50920943875421876, 0.46564174976200395, 0.46564174976200395, 0.41395295071711707, 0.31925041397118686, 0.27556562801213719, 0.27556562801213719, 0.2273811684625425, 0.18283661864862794, 0.14182569348173837, 0.10444134323359304, 0.070996648982861482, 0.042114281261576895, 0.0069559667985364575, 0.0069559667985364575},
                new double[] {0.97751566990071348, 0.93090355838711547, 0.90320748988188693, 0.87337578169767649, 0.8417212913917631, 0.8417212913917631, 0.80530776448207853, 0.72644917382063356, 0.684213788447816, 0.684213788447816, 0.63709268745988801, 0.58747691441794037, 0.53527378998906849, 0.48028466041656159, 0.4221674433809246, 0.36036136027318333, 0.28676036798091808, 0.28676036798091808},
                new double[] {27, 13, 34});
        r.quantile(0.25, 12, 5, 23);
        r.quantile(0.75, 43, 30, NA);
        r.restrictedMean(100, 31.312629399585919, 5.7864446801996889);
        r.restrictedMean(30, 22.037267080745341, 2.007411361042069);
        r.restrictedMean(45, 26.509316770186334, 3.0510230033809433);
        r.check();
    }

    @Test
    void amlPlain95() {
        Reference r = new Reference(AML, ConfidenceTransform.PLAIN, 0.95,
                new double[] {5, 8, 9, 12, 13, 16, 18, 23, 27, 28, 30, 31, 33, 34, 43, 45, 48, 161},
                new long[] {23, 21, 19, 18, 17, 15, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2, 1},
                new long[] {2, 2, 1, 1, 1, 0, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0},
                new long[] {0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1},
                new double[] {0.91304347826086951, 0.82608695652173914, 0.78260869565217384, 0.73913043478260865, 0.69565217391304346, 0.69565217391304346, 0.64596273291925466, 0.54658385093167705, 0.49689440993788819, 0.49689440993788819, 0.4416839199447895, 0.38647342995169082, 0.33126293995859213, 0.27605244996549344, 0.22084195997239475, 0.16563146997929606, 0.082815734989648032, 0.082815734989648032},
                new double[] {0.058753384755841409, 0.079034196447511806, 0.086006148703798302, 0.091560537151700067, 0.095943875542151391, 0.095943875542151391, 0.10114267517528461, 0.10725064174012229, 0.10840178078868302, 0.10840178078868302, 0.10951806997765715, 0.10885880149486436, 0.10639097288755056, 0.10198337609049186, 0.095367438486434419, 0.086035208408575106, 0.072661800503528301, 0.072661800503528301},
                new double[] {0.79788896016959576, 0.67118277793755254, 0.61403974174373288, 0.55967507956013496, 0.50760563331323338, 0.50760563331323338, 0.44772673227566351, 0.33637645580222919, 0.28443082373206358, 0.28443082373206358, 0.22703244713224419, 0.17311409962156171, 0.12274046481881573, 0.076168705806326176, 0.03392521524114428, 0, 0, 0},
                new double[] {1, 0.98099113510592573, 0.95117764956061479, 0.91858579000508234, 0.88369871451285353, 0.88369871451285353, 0.8441987335628458, 0.75679124606112491, 0.70935799614371287, 0.70935799614371287, 0.65633539275733477, 0.59983276028181987, 0.53978541509836853, 0.47593619412466071, 0.40775870470364523, 0.33425737986250081, 0.22523024702839783, 0.22523024702839783},
                new double[] {27, 18, 34});
        r.quantile(0.25, 12, 8, 27);
        r.quantile(0.75, 43, 30, 48);
        r.restrictedMean(100, 31.312629399585919, 5.7864446801996889);
        r.restrictedMean(30, 22.037267080745341, 2.007411361042069);
        r.restrictedMean(45, 26.509316770186334, 3.0510230033809433);
        r.check();
    }

    @Test
    void amlLog90() {
        Reference r = new Reference(AML, ConfidenceTransform.LOG, 0.9,
                new double[] {5, 8, 9, 12, 13, 16, 18, 23, 27, 28, 30, 31, 33, 34, 43, 45, 48, 161},
                new long[] {23, 21, 19, 18, 17, 15, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2, 1},
                new long[] {2, 2, 1, 1, 1, 0, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0},
                new long[] {0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1},
                new double[] {0.91304347826086951, 0.82608695652173914, 0.78260869565217384, 0.73913043478260865, 0.69565217391304346, 0.69565217391304346, 0.64596273291925466, 0.54658385093167705, 0.49689440993788819, 0.49689440993788819, 0.4416839199447895, 0.38647342995169082, 0.33126293995859213, 0.27605244996549344, 0.22084195997239475, 0.16563146997929606, 0.082815734989648032, 0.082815734989648032},
                new double[] {0.058753384755841409, 0.079034196447511806, 0.086006148703798302, 0.091560537151700067, 0.095943875542151391, 0.095943875542151391, 0.10114267517528461, 0.10725064174012229, 0.10840178078868302, 0.10840178078868302, 0.10951806997765715, 0.10885880149486436, 0.10639097288755056, 0.10198337609049186, 0.095367438486434419, 0.086035208408575106, 0.072661800503528301, 0.072661800503528301},
                new double[] {0.82134143900846657, 0.70580006467169731, 0.6531904629044698, 0.60287898292423436, 0.55445890363414851, 0.55445890363414851, 0.49929452728629664, 0.3958101490292299, 0.34707420723837168, 0.34707420723837168, 0.29375426648936803, 0.24316826802638408, 0.19531985622547721, 0.15034381122738921, 0.10854239608854069, 0.070482643481258489, 0.019559046467194096, 0.019559046467194096},
                new double[] {1, 0.9668738979965622, 0.9376688811207774, 0.90617489595019607, 0.87280038952942596, 0.87280038952942596, 0.83571485269104506, 0.75479091890905325, 0.71138692959096095, 0.71138692959096095, 0.66410843140845421, 0.61423191961221901, 0.56182273277598338, 0.50687124737508626, 0.44932830895556197, 0.38922751038412984, 0.35065339066396278, 0.35065339066396278},
                new double[] {27, 18, 43});
        r.quantile(0.25, 12, 8, 27);
        r.restrictedMean(100, 31.312629399585919, 5.7864446801996889);
        r.check();
    }

    @Test
    void nonmaintainedFallingToZeroLog95() {
        Reference r = new Reference(AML_NONMAINTAINED, ConfidenceTransform.LOG, 0.95,
                new double[] {5, 8, 12, 16, 23, 27, 30, 33, 43, 45},
                new long[] {12, 10, 8, 7, 6, 5, 4, 3, 2, 1},
                new long[] {2, 2, 1, 0, 1, 1, 1, 1, 1, 1},
                new long[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0},
                new double[] {0.83333333333333337, 0.66666666666666674, 0.58333333333333337, 0.58333333333333337, 0.48611111111111116, 0.38888888888888895, 0.29166666666666674, 0.19444444444444448, 0.097222222222222238, 0},
                new double[] {0.1075828707279838, 0.13608276348795437, 0.14231876063832777, 0.14231876063832777, 0.14813006255348293, 0.14698618394803281, 0.13871516913498738, 0.12187450538044615, 0.091866364967520514, NA},
                new double[] {0.64703698701336165, 0.44684608115026392, 0.36161370521038472, 0.36161370521038472, 0.26751824885826658, 0.18539652609555676, 0.1148311501524704, 0.056921552571604174, 0.015256527170865199, NA},
                new double[] {1, 0.99462536025909154, 0.9409980121738093, 0.9409980121738093, 0.88331922533955765, 0.81573571569127235, 0.74082201851580376, 0.66422365988256338, 0.61954862911905562, NA},
                // R: upper NA. Here the curve's last point is [0, 0], so the upper curve reaches 0.5 at 45:
                // all customers still at risk churned by then.
                new double[] {23, 8, 45});
        r.quantile(0.9, 43, 33, 45);
        r.restrictedMean(50, 22.708333333333336, 4.1809419810331541);
        r.check();
    }

    @Test
    void nonmaintainedFallingToZeroPlain95() {
        Reference r = new Reference(AML_NONMAINTAINED, ConfidenceTransform.PLAIN, 0.95,
                new double[] {5, 8, 12, 16, 23, 27, 30, 33, 43, 45},
                new long[] {12, 10, 8, 7, 6, 5, 4, 3, 2, 1},
                new long[] {2, 2, 1, 0, 1, 1, 1, 1, 1, 1},
                new long[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0},
                new double[] {0.83333333333333337, 0.66666666666666674, 0.58333333333333337, 0.58333333333333337, 0.48611111111111116, 0.38888888888888895, 0.29166666666666674, 0.19444444444444448, 0.097222222222222238, 0},
                new double[] {0.1075828707279838, 0.13608276348795437, 0.14231876063832777, 0.14231876063832777, 0.14813006255348293, 0.14698618394803281, 0.13871516913498738, 0.12187450538044615, 0.091866364967520514, NA},
                new double[] {0.62247478135305678, 0.39994935131359399, 0.30439368815783435, 0.30439368815783435, 0.19578152347861938, 0.10080126212576529, 0.019789931052709431, 0, 0, NA},
                new double[] {1, 0.93338398201973949, 0.86227297850883233, 0.86227297850883233, 0.776440698743603, 0.67697651565201267, 0.56354340228062405, 0.43331408562375195, 0.27727698894917452, NA},
                new double[] {23, 8, 33});
        r.check();
    }

    @Test
    void syntheticLogLog95() {
        Reference r = new Reference(SYNTHETIC, ConfidenceTransform.LOG_LOG, 0.95,
                new double[] {0.5, 1, 1.5, 2.25, 3, 4.5, 6, 7.75, 9, 12.5},
                new long[] {15, 14, 12, 11, 8, 7, 5, 4, 2, 1},
                new long[] {0, 2, 0, 2, 1, 1, 0, 1, 1, 0},
                new long[] {1, 0, 1, 1, 0, 1, 1, 1, 0, 1},
                new double[] {1, 0.8571428571428571, 0.8571428571428571, 0.70129870129870131, 0.61363636363636365, 0.52597402597402598, 0.52597402597402598, 0.39448051948051949, 0.19724025974025974, 0.19724025974025974},
                new double[] {0, 0.093521952958282431, 0.093521952958282431, 0.12566126432554112, 0.13716375359006461, 0.14286121561529097, 0.14286121561529097, 0.15635905181328683, 0.15988714239171983, 0.15988714239171983},
                new double[] {NA, 0.53944817762316921, 0.53944817762316921, 0.38493023100910584, 0.30189371075218041, 0.22961729076953291, 0.22961729076953291, 0.11715309751334832, 0.013302986191310536, 0.013302986191310536},
                new double[] {NA, 0.96223185640632913, 0.96223185640632913, 0.87645233901159247, 0.81944722253216318, 0.75535489035146397, 0.75535489035146397, 0.66796847120420777, 0.5433318329975052, 0.5433318329975052},
                new double[] {7.75, 2.25, NA});
        r.quantile(0.25, 2.25, 1, 7.75);
        r.restrictedMean(8, 5.3258928571428568, 0.80519092770516731);
        r.restrictedMean(0.25, 0.25, 0);
        r.check();
    }

    @Test
    void syntheticLog80() {
        Reference r = new Reference(SYNTHETIC, ConfidenceTransform.LOG, 0.8,
                new double[] {0.5, 1, 1.5, 2.25, 3, 4.5, 6, 7.75, 9, 12.5},
                new long[] {15, 14, 12, 11, 8, 7, 5, 4, 2, 1},
                new long[] {0, 2, 0, 2, 1, 1, 0, 1, 1, 0},
                new long[] {1, 0, 1, 1, 0, 1, 1, 1, 0, 1},
                new double[] {1, 0.8571428571428571, 0.8571428571428571, 0.70129870129870131, 0.61363636363636365, 0.52597402597402598, 0.52597402597402598, 0.39448051948051949, 0.19724025974025974, 0.19724025974025974},
                new double[] {0, 0.093521952958282431, 0.093521952958282431, 0.12566126432554112, 0.13716375359006461, 0.14286121561529097, 0.14286121561529097, 0.15635905181328683, 0.15988714239171983, 0.15988714239171983},
                new double[] {1, 0.74529182994420695, 0.74529182994420695, 0.55740986353750721, 0.46078993465015117, 0.37135785780310698, 0.37135785780310698, 0.23736642310394487, 0.069795509160873778, 0.069795509160873778},
                new double[] {1, 0.98578013072546355, 0.98578013072546355, 0.88233075985055898, 0.8171827517516197, 0.74496518704608583, 0.74496518704608583, 0.65558927086109142, 0.55739574838167283, 0.55739574838167283},
                new double[] {7.75, 3, NA});
        r.restrictedMean(12.5, 6.4107142857142856, 1.242107064118934);
        r.check();
    }

    @Test
    void exactHalfGivesTheMidpointMedian() {
        Reference r = new Reference(MIDPOINT, ConfidenceTransform.LOG, 0.95,
                new double[] {1, 1.5, 2, 3, 4},
                new long[] {6, 5, 4, 2, 1},
                new long[] {0, 0, 2, 1, 0},
                new long[] {1, 1, 0, 0, 1},
                new double[] {1, 1, 0.5, 0.25, 0.25},
                new double[] {0, 0, 0.25, 0.21650635094610965, 0.21650635094610965},
                new double[] {1, 1, 0.18765892870658832, 0.045790759666018192, 0.045790759666018192},
                new double[] {1, 1, 1, 1, 1},
                new double[] {2.5, 2, NA});
        r.restrictedMean(4, 2.75, 0.41457809879442498);
        r.check();
    }
}
