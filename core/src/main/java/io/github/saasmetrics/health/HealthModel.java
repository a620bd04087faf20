package io.github.saasmetrics.health;

import static io.github.saasmetrics.health.ScoringCurve.Knot;

import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A health-score model: a weight and a {@link ScoringCurve} for each signal it uses, and the
 * {@link HealthBands} that cut the score into bands.
 *
 * <p><b>Formula.</b> For a customer whose known signals among the model's are {@code P}, with weights
 * {@code wᵢ} and goodness {@code gᵢ = curveᵢ(rawᵢ)},
 * <pre>
 *     score = 100 × Σ_{i∈P} wᵢ·gᵢ / Σ_{i∈P} wᵢ
 * </pre>
 * summed in {@link HealthSignal} order. Signal {@code i} contributes {@code 100 × gᵢ × wᵢ / W}
 * points (with {@code W = Σ_{i∈P} wᵢ}) and falls short of full health by
 * {@code 100 × (1 − gᵢ) × wᵢ / W}; see {@link SignalContribution}.
 *
 * <p><b>Missing signals</b> are left out of both sums: their weight is shared among the present
 * signals in proportion to those signals' weights, so a customer is scored on what is known and a
 * missing signal never counts as a zero (nor as full health). The assessment lists them in
 * {@link HealthAssessment#missing()}. A customer with none of the model's signals has no score:
 * {@link #assess(HealthSignals)} throws, naming the customer. Signals the customer has but the model
 * does not use play no part.
 *
 * <p><b>Monotone.</b> Every curve is monotone and every weight positive, so making one signal worse
 * never raises the score; this holds exactly in floating point, since each step of the formula is
 * monotone. Full health on every present signal scores exactly 100.
 *
 * <p><b>The default model</b> ({@link #defaults()}; weights add up to 100 for readability):
 * <table>
 *   <caption>Default weights and curves</caption>
 *   <tr><th>signal</th><th>weight</th><th>curve</th></tr>
 *   <tr><td>USAGE_FREQUENCY</td><td>20</td><td>linear 0.1:0, 0.6:1 (active 60 % of days is full health)</td></tr>
 *   <tr><td>USAGE_BREADTH</td><td>15</td><td>linear 0.1:0, 0.5:1</td></tr>
 *   <tr><td>NPS</td><td>10</td><td>steps 0:0, 7:0.5, 9:1 (detractor, passive, promoter)</td></tr>
 *   <tr><td>CSAT</td><td>10</td><td>steps 0:0, 0.5:0.5, 0.75:1 (on 1–5: 1–2, 3, 4–5)</td></tr>
 *   <tr><td>CHAMPION_CHANGE</td><td>10</td><td>steps 0:1, 1:0</td></tr>
 *   <tr><td>PLAN_LIMIT_PRESSURE</td><td>5</td><td>linear 0.9:1, 1.2:0</td></tr>
 *   <tr><td>DAYS_SINCE_ENGAGEMENT</td><td>15</td><td>linear 10:1, 60:0</td></tr>
 *   <tr><td>OPEN_TICKETS</td><td>5</td><td>steps 0:1, 1:0.75, 3:0.25, 6:0</td></tr>
 *   <tr><td>MRR_TREND</td><td>10</td><td>linear -0.3:0, 0:1 (a 30 % contraction or worse is 0)</td></tr>
 * </table>
 * with bands critical below 40 and healthy from 70. These are starting points: back-test them on
 * your own churn ({@link HealthValidation}) and re-weight.
 *
 * <p><b>Worked example.</b> With the default model, a customer active on 6 of 30 days (goodness
 * 0.2), using 3 of 10 features (0.5), with NPS 6 (0), 35 days since engagement (0.5), 2 open tickets
 * (0.75) and the champion unchanged (1), and the other three signals unknown: the present weights
 * add up to 75, and the score is {@code 100 × (20·0.2 + 15·0.5 + 10·0 + 10·1 + 15·0.5 + 5·0.75) / 75
 * = 100 × 32.75 / 75 = 43.67}, at risk.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param signals the scoring of each signal the model uses, not null, not empty; iterated in signal order
 * @param bands the band thresholds, not null
 */
public record HealthModel(Map<HealthSignal, SignalScoring> signals, HealthBands bands) implements Tabular {

    /** How many reasons an assessment gives: the largest shortfalls. */
    public static final int REASONS = 3;

    private static final HealthModel DEFAULT = defaultModel();

    /**
     * Validates and copies the parts.
     *
     * <p>Each weight is positive and finite ({@link SignalScoring}); here the weights must also add up
     * to a finite total, and each must be a share of that total that a {@code double} can hold (more
     * than 0), so that every customer's weight shares are in {@code (0, 1]} whichever signals are
     * present: weights of {@code 1e308} and {@code 1e308} are rejected now, not at the first assessment.
     *
     * @throws IllegalArgumentException if the model uses no signal, the weights add up to infinity, or a
     *     weight is so small beside the total that its share is 0
     */
    public HealthModel {
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(bands, "bands");
        EnumMap<HealthSignal, SignalScoring> copy = new EnumMap<>(HealthSignal.class);
        signals.forEach((signal, scoring) -> copy.put(Objects.requireNonNull(signal, "signal"),
                Objects.requireNonNull(scoring, "scoring of " + signal)));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a health model needs at least one signal");
        }
        checkWeights(copy);
        signals = Collections.unmodifiableMap(copy);
    }

    private static void checkWeights(Map<HealthSignal, SignalScoring> signals) {
        double total = 0;
        for (SignalScoring s : signals.values()) {
            total += s.weight();
        }
        if (total == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the weights of a health model must add up to a finite total but "
                    + weights(signals) + " do not");
        }
        for (Map.Entry<HealthSignal, SignalScoring> e : signals.entrySet()) {
            if (e.getValue().weight() / total == 0) {
                throw new IllegalArgumentException("the weight of " + e.getKey() + " (" + e.getValue().weight()
                        + ") is too small beside the total " + total + " to have a share of the score: " + weights(signals));
            }
        }
    }

    private static String weights(Map<HealthSignal, SignalScoring> signals) {
        StringBuilder sb = new StringBuilder("{");
        signals.forEach((signal, scoring) -> sb.append(sb.length() > 1 ? ", " : "").append(signal).append('=')
                .append(scoring.weight()));
        return sb.append('}').toString();
    }

    /**
     * The documented default model (see the class description).
     *
     * @return the default model, not null
     */
    public static HealthModel defaults() {
        return DEFAULT;
    }

    /**
     * A model with one signal and the default bands; add more with {@link #with(HealthSignal, double, ScoringCurve)}.
     *
     * @param signal the signal, not null
     * @param weight its weight, positive and finite
     * @param curve its curve, not null
     * @return the model, not null
     * @throws NullPointerException if the signal or curve is null
     * @throws IllegalArgumentException if the weight is not positive and finite
     */
    public static HealthModel of(HealthSignal signal, double weight, ScoringCurve curve) {
        return new HealthModel(Map.of(Objects.requireNonNull(signal, "signal"), SignalScoring.of(weight, curve)),
                HealthBands.DEFAULT);
    }

    private static HealthModel defaultModel() {
        Map<HealthSignal, SignalScoring> m = new EnumMap<>(HealthSignal.class);
        m.put(HealthSignal.USAGE_FREQUENCY, SignalScoring.of(20, ScoringCurve.linear(0.1, 0.6)));
        m.put(HealthSignal.USAGE_BREADTH, SignalScoring.of(15, ScoringCurve.linear(0.1, 0.5)));
        m.put(HealthSignal.NPS, SignalScoring.of(10, ScoringCurve.steps(Knot.of(0, 0), Knot.of(7, 0.5), Knot.of(9, 1))));
        m.put(HealthSignal.CSAT, SignalScoring.of(10,
                ScoringCurve.steps(Knot.of(0, 0), Knot.of(0.5, 0.5), Knot.of(0.75, 1))));
        m.put(HealthSignal.CHAMPION_CHANGE, SignalScoring.of(10, ScoringCurve.steps(Knot.of(0, 1), Knot.of(1, 0))));
        m.put(HealthSignal.PLAN_LIMIT_PRESSURE, SignalScoring.of(5, ScoringCurve.linear(1.2, 0.9)));
        m.put(HealthSignal.DAYS_SINCE_ENGAGEMENT, SignalScoring.of(15, ScoringCurve.linear(60, 10)));
        m.put(HealthSignal.OPEN_TICKETS, SignalScoring.of(5,
                ScoringCurve.steps(Knot.of(0, 1), Knot.of(1, 0.75), Knot.of(3, 0.25), Knot.of(6, 0))));
        m.put(HealthSignal.MRR_TREND, SignalScoring.of(10, ScoringCurve.linear(-0.3, 0)));
        return new HealthModel(m, HealthBands.DEFAULT);
    }

    /**
     * This model with a signal added or replaced.
     *
     * @param signal the signal, not null
     * @param weight its weight, positive and finite
     * @param curve its curve, not null
     * @return the new model, not null
     * @throws IllegalArgumentException if the weight is not positive and finite, or the weights no longer
     *     add up to a finite total in which each has a share
     */
    public HealthModel with(HealthSignal signal, double weight, ScoringCurve curve) {
        Map<HealthSignal, SignalScoring> m = new EnumMap<>(signals);
        m.put(Objects.requireNonNull(signal, "signal"), SignalScoring.of(weight, curve));
        return new HealthModel(m, bands);
    }

    /**
     * This model with a new weight for a signal it uses, keeping its curve.
     *
     * @param signal a signal of this model, not null
     * @param weight the new weight, positive and finite
     * @return the new model, not null
     * @throws IllegalArgumentException if the model does not use the signal or the weight is invalid, alone
     *     or beside the others
     */
    public HealthModel withWeight(HealthSignal signal, double weight) {
        return with(signal, weight, scoring(signal).curve());
    }

    /**
     * This model with a new curve for a signal it uses, keeping its weight.
     *
     * @param signal a signal of this model, not null
     * @param curve the new curve, not null
     * @return the new model, not null
     * @throws IllegalArgumentException if the model does not use the signal
     */
    public HealthModel withCurve(HealthSignal signal, ScoringCurve curve) {
        return with(signal, scoring(signal).weight(), curve);
    }

    /**
     * This model without a signal.
     *
     * @param signal a signal of this model, not null
     * @return the new model, not null
     * @throws IllegalArgumentException if the model does not use the signal or it is the model's only signal
     */
    public HealthModel without(HealthSignal signal) {
        scoring(signal);
        Map<HealthSignal, SignalScoring> m = new EnumMap<>(signals);
        m.remove(signal);
        return new HealthModel(m, bands);
    }

    /**
     * This model with other band thresholds.
     *
     * @param newBands the thresholds, not null
     * @return the new model, not null
     */
    public HealthModel withBands(HealthBands newBands) {
        return new HealthModel(signals, newBands);
    }

    private SignalScoring scoring(HealthSignal signal) {
        SignalScoring scoring = signals.get(Objects.requireNonNull(signal, "signal"));
        if (scoring == null) {
            throw new IllegalArgumentException("the model does not use signal " + signal + "; it uses " + signals.keySet());
        }
        return scoring;
    }

    /**
     * Scores one customer.
     *
     * @param customerSignals what is known about the customer, not null
     * @return the assessment, not null
     * @throws IllegalArgumentException if none of the model's signals is known for the customer (the
     *     score is undefined; the message names the customer)
     */
    public HealthAssessment assess(HealthSignals customerSignals) {
        Objects.requireNonNull(customerSignals, "customerSignals");
        double totalWeight = 0;
        double weighted = 0;
        List<HealthSignal> missing = new ArrayList<>();
        for (Map.Entry<HealthSignal, SignalScoring> e : signals.entrySet()) {
            OptionalDouble value = customerSignals.value(e.getKey());
            if (value.isEmpty()) {
                missing.add(e.getKey());
                continue;
            }
            double w = e.getValue().weight();
            totalWeight += w;
            weighted += w * e.getValue().curve().goodness(value.getAsDouble());
        }
        if (totalWeight == 0) {
            throw new IllegalArgumentException("customer " + customerSignals.customer()
                    + " has none of the model's signals " + signals.keySet() + ": the health score is undefined");
        }
        // Σ w·g ≤ Σ w in floating point too (g ≤ 1, and rounding is monotone), so the score is at most 100.
        double score = weighted / totalWeight * 100;
        List<SignalContribution> contributions = new ArrayList<>();
        for (Map.Entry<HealthSignal, SignalScoring> e : signals.entrySet()) {
            OptionalDouble value = customerSignals.value(e.getKey());
            if (value.isPresent()) {
                double raw = value.getAsDouble();
                double w = e.getValue().weight();
                contributions.add(new SignalContribution(e.getKey(), customerSignals.observation(e.getKey()).orElseThrow(),
                        raw, w, w / totalWeight, e.getValue().curve().goodness(raw)));
            }
        }
        List<String> reasons = contributions.stream()
                .filter(c -> c.goodness() < 1)
                // Rank on a 1e-9 grid, so that shortfalls equal but for rounding keep signal order.
                .sorted(Comparator.comparingLong((SignalContribution c) -> Math.round(c.shortfall() * 1e9)).reversed())
                .limit(REASONS)
                .map(SignalContribution::reason)
                .toList();
        return new HealthAssessment(customerSignals.customer(), score, bands.band(score), contributions, missing, reasons);
    }

    /**
     * Scores many customers, in the given order.
     *
     * @param customers the signals of each customer, not null, no null elements
     * @return one assessment per element, in the same order, not null
     * @throws IllegalArgumentException if a customer has none of the model's signals
     */
    public List<HealthAssessment> assessAll(Collection<HealthSignals> customers) {
        return customers.stream().map(this::assess).toList();
    }

    /**
     * The weights and curves as a typed table titled {@code Health model: weights and scoring
     * curves}, one row per signal in signal order, with the bands as a footnote. Columns:
     * {@code signal} (TEXT), {@code weight} (DECIMAL, as many decimals as the longest weight needs),
     * {@code share} (RATE, the weight over the total weight), {@code curve} (TEXT).
     *
     * <p>Example (the default model): {@code USAGE_FREQUENCY, 20, 20.0%, linear 0.1:0, 0.6:1}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        double total = 0;
        int decimals = 0;
        for (SignalScoring s : signals.values()) {
            total += s.weight();
            BigDecimal weight = DecimalCells.of(s.weight());
            decimals = Math.max(decimals, weight == null ? 0
                    : Math.min(Column.MAX_DECIMALS, weight.stripTrailingZeros().scale()));
        }
        ResultTable.Builder table = ResultTable.builder("Health model: weights and scoring curves")
                .columns(Column.text("signal"), Column.decimal("weight", decimals), Column.rate("share"),
                        Column.text("curve"));
        for (Map.Entry<HealthSignal, SignalScoring> e : signals.entrySet()) {
            double share = e.getValue().weight() / total;
            table.row(e.getKey().label(), DecimalCells.of(e.getValue().weight()), Double.isFinite(share) ? share : null,
                    e.getValue().curve().toString());
        }
        return table.footnote("bands: " + bands).build();
    }

    /**
     * The weights and curves as an aligned table, with the bands below.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return table().toText() + "\nbands: " + bands;
    }

    /**
     * The weights and curves as a Markdown table, with the bands below.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return table().toMarkdown() + "\n\nbands: " + bands;
    }

    private TextTable table() {
        double total = 0;
        for (SignalScoring s : signals.values()) {
            total += s.weight();
        }
        TextTable.Builder table = TextTable.builder("signal", ">weight", ">share", "<curve");
        for (Map.Entry<HealthSignal, SignalScoring> e : signals.entrySet()) {
            table.row(e.getKey().label(), Figures.number(e.getValue().weight()), Figures.fixedPercent(e.getValue().weight() / total),
                    e.getValue().curve().toString());
        }
        return table.build();
    }
}
