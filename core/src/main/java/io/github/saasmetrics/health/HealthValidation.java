package io.github.saasmetrics.health;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How well past health scores foresaw churn: score customers as of a past date, then check who
 * churned afterwards, so that teams can re-weight a model with evidence.
 *
 * <p><b>Measures.</b>
 * <ul>
 *   <li>{@link #auc()}: the ROC AUC of the score (see {@link RocAuc}), oriented so that a
 *       <em>lower</em> health score for churners gives 1; 0.5 is no better than chance.</li>
 *   <li>{@link #bands()}: per band, customers, churners and the churn rate as a {@link Ratio};
 *       {@link #lift(HealthBand)} = band churn rate / overall churn rate, so a critical band with
 *       lift 3 churns three times as often as the average customer.</li>
 *   <li>{@link #signals()}: each signal's own AUC, from its goodness, among the customers for whom it
 *       was known: a signal near 0.5 earns little weight, one well above it more.</li>
 * </ul>
 *
 * <p><b>Nothing is dropped silently.</b> Each customer must be assessed once. A customer in the
 * churn set without an assessment cannot be ranked; it is listed in {@link #unassessedChurners()}
 * and left out of every rate (a churn the score could not have seen coming, because there was
 * no score).
 *
 * <p>Example: scores a 80, b 65, c 50, d 35, e 20 and f 90; c and e churned, and g churned with no
 * assessment. Of the 2 × 4 churner–stayer pairs, 7 are concordant (only c 50 against d 35 is not),
 * so AUC = 7/8 = 0.875. Healthy (a, f) 0 of 2 churned; at risk (b, c) 1 of 2, lift 0.5/(2/6) = 1.5;
 * critical (d, e) 1 of 2, lift 1.5. g is reported as an unassessed churner.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param auc the AUC of the health score, not null
 * @param bands one outcome per band in {@link HealthBand} order, not null
 * @param signals one outcome per signal known for at least one customer, in {@link HealthSignal} order, not null
 * @param unassessedChurners churned customers without an assessment, sorted, not null
 */
public record HealthValidation(RocAuc auc, List<BandOutcome> bands, List<SignalOutcome> signals,
        List<CustomerId> unassessedChurners) implements Tabular {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if the bands are not one per band in order, the signals not in order,
     *     or the AUC's pairs do not match the band counts
     */
    public HealthValidation {
        Objects.requireNonNull(auc, "auc");
        bands = List.copyOf(bands);
        signals = List.copyOf(signals);
        unassessedChurners = unassessedChurners.stream().sorted().toList();
        if (bands.size() != HealthBand.values().length) {
            throw new IllegalArgumentException("bands must have one outcome per band but had " + bands.size());
        }
        long customers = 0;
        long churned = 0;
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).band() != HealthBand.values()[i]) {
                throw new IllegalArgumentException("bands must be in the order " + List.of(HealthBand.values())
                        + " but were " + bands.stream().map(BandOutcome::band).toList());
            }
            customers += bands.get(i).customers();
            churned += bands.get(i).churned();
        }
        if (auc.pairs() != churned * (customers - churned)) {
            throw new IllegalArgumentException("the AUC must count " + churned * (customers - churned)
                    + " pairs but counted " + auc.pairs());
        }
        for (int i = 1; i < signals.size(); i++) {
            if (signals.get(i).signal().compareTo(signals.get(i - 1).signal()) <= 0) {
                throw new IllegalArgumentException("signals must be in signal order, each once, but were "
                        + signals.stream().map(SignalOutcome::signal).toList());
            }
        }
    }

    /**
     * Back-tests assessments made at one past date against who churned afterwards.
     *
     * @param assessments one assessment per customer, as of the past date, not null
     * @param churned the customers who churned afterwards, not null; may include customers without an assessment
     * @return the back-test, not null
     * @throws IllegalArgumentException if a customer is assessed twice
     */
    public static HealthValidation of(Collection<HealthAssessment> assessments, Set<CustomerId> churned) {
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(churned, "churned");
        Set<CustomerId> assessed = new HashSet<>();
        double[] scores = new double[assessments.size()];
        boolean[] lost = new boolean[assessments.size()];
        long[] bandCustomers = new long[HealthBand.values().length];
        long[] bandChurned = new long[HealthBand.values().length];
        Map<HealthSignal, List<double[]>> perSignal = new EnumMap<>(HealthSignal.class);
        int i = 0;
        for (HealthAssessment a : assessments) {
            if (!assessed.add(a.customer())) {
                throw new IllegalArgumentException("customer " + a.customer() + " is assessed twice");
            }
            boolean didChurn = churned.contains(a.customer());
            scores[i] = a.score();
            lost[i] = didChurn;
            i++;
            bandCustomers[a.band().ordinal()]++;
            bandChurned[a.band().ordinal()] += didChurn ? 1 : 0;
            for (SignalContribution c : a.contributions()) {
                perSignal.computeIfAbsent(c.signal(), s -> new ArrayList<>())
                        .add(new double[] {c.goodness(), didChurn ? 1 : 0});
            }
        }
        List<BandOutcome> bands = new ArrayList<>();
        for (HealthBand band : HealthBand.values()) {
            bands.add(new BandOutcome(band, bandCustomers[band.ordinal()], bandChurned[band.ordinal()]));
        }
        List<SignalOutcome> signals = new ArrayList<>();
        perSignal.forEach((signal, rows) -> {
            double[] goodness = new double[rows.size()];
            boolean[] signalLost = new boolean[rows.size()];
            long count = 0;
            for (int j = 0; j < rows.size(); j++) {
                goodness[j] = rows.get(j)[0];
                signalLost[j] = rows.get(j)[1] == 1;
                count += signalLost[j] ? 1 : 0;
            }
            signals.add(new SignalOutcome(signal, rows.size(), count, RocAuc.of(goodness, signalLost)));
        });
        List<CustomerId> unassessed = churned.stream().filter(id -> !assessed.contains(id)).toList();
        return new HealthValidation(RocAuc.of(scores, lost), bands, signals, unassessed);
    }

    /**
     * The churn rate of all assessed customers.
     *
     * @return churned / assessed, undefined with no assessment, not null
     */
    public Ratio churnRate() {
        Ratio total = Ratio.of(0, 0);
        for (BandOutcome b : bands) {
            total = total.plus(b.churnRate());
        }
        return total;
    }

    /**
     * A band's outcome.
     *
     * @param band the band, not null
     * @return the outcome, not null
     */
    public BandOutcome band(HealthBand band) {
        return bands.get(Objects.requireNonNull(band, "band").ordinal());
    }

    /**
     * The lift of a band: its churn rate over the overall churn rate.
     *
     * @param band the band, not null
     * @return the lift, 0 or more; empty if the band has no customers or no assessed customer churned
     */
    public OptionalDouble lift(HealthBand band) {
        Ratio rate = band(band).churnRate();
        Ratio overall = churnRate();
        if (!rate.defined() || !overall.defined() || overall.numerator() == 0) {
            return OptionalDouble.empty();
        }
        // (c_b / n_b) / (c / n) = (c_b · n) / (n_b · c), in one division.
        return OptionalDouble.of((double) rate.numerator() * overall.denominator()
                / ((double) rate.denominator() * overall.numerator()));
    }

    /**
     * The back-test as a typed table titled {@code Health validation: churn by band and by signal},
     * in two groups: {@code bands} (one row per band) and {@code signals} (one row per signal known
     * for some customer). Columns: {@code band or signal} (TEXT), {@code customers} and
     * {@code churned} (COUNT), {@code churn rate} (PERCENT), {@code lift} (DECIMAL, 2 decimals; bands
     * only, undefined where {@link #lift} is empty), {@code AUC} (DECIMAL, 4 decimals; signals only,
     * undefined without a churner–stayer pair). Footnotes: the AUC of the score with the overall churn
     * rate, and the churners without an assessment when there are any.
     *
     * <p>Example (the class example): {@code AT_RISK, 2, 1, 1/2, 1.50, —} in the group {@code bands}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        ResultTable.Builder table = ResultTable.builder("Health validation: churn by band and by signal")
                .columns(Column.text("band or signal"), Column.count("customers"), Column.count("churned"),
                        Column.percent("churn rate"), Column.decimal("lift", 2), Column.decimal("AUC", 4));
        table.group("bands");
        for (BandOutcome b : bands) {
            OptionalDouble lift = lift(b.band());
            table.row(b.band().label(), b.customers(), b.churned(), b.churnRate(),
                    lift.isPresent() ? DecimalCells.of(lift.getAsDouble()) : null, null);
        }
        if (!signals.isEmpty()) {
            table.group("signals");
        }
        for (SignalOutcome s : signals) {
            table.row(s.signal().label(), s.customers(), s.churned(), Ratio.of(s.churned(), s.customers()), null,
                    s.auc().defined() ? DecimalCells.of(s.auc().value()) : null);
        }
        table.footnote(summary());
        String footer = footer();
        if (!footer.isEmpty()) {
            table.footnote(footer.substring(1));
        }
        return table.build();
    }

    /**
     * The AUC line, the bands as an aligned table, the signals as a second table, and the unassessed churners.
     *
     * @return the report, not null
     */
    @Override
    public String toString() {
        return summary() + "\n" + bandTable().toText() + "\n" + signalTable().toText() + footer();
    }

    /**
     * The same report with Markdown tables.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return summary() + "\n\n" + bandTable().toMarkdown() + "\n\n" + signalTable().toMarkdown()
                + (unassessedChurners.isEmpty() ? "" : "\n") + footer();
    }

    private String summary() {
        Ratio rate = churnRate();
        return auc + "; " + rate.numerator() + " of " + rate.denominator() + " assessed customers churned ("
                + Figures.percent(rate, 2) + ")";
    }

    private String footer() {
        return unassessedChurners.isEmpty() ? "" : "\nchurned without an assessment (not ranked): "
                + String.join(", ", unassessedChurners.stream().map(CustomerId::value).toList());
    }

    private TextTable bandTable() {
        TextTable.Builder table = TextTable.builder("band", ">customers", ">churned", ">churn rate", ">lift");
        for (BandOutcome b : bands) {
            OptionalDouble lift = lift(b.band());
            table.row(b.band().label(), Long.toString(b.customers()), Long.toString(b.churned()),
                    b.churnRate().defined() ? Figures.fixedPercent(b.churnRate().value()) : Figures.UNDEFINED,
                    lift.isPresent() ? Figures.fixed(lift.getAsDouble(), 2) : Figures.UNDEFINED);
        }
        return table.build();
    }

    private TextTable signalTable() {
        TextTable.Builder table = TextTable.builder("signal", ">customers", ">churned", ">AUC");
        for (SignalOutcome s : signals) {
            table.row(s.signal().label(), Long.toString(s.customers()), Long.toString(s.churned()),
                    s.auc().defined() ? Figures.fixed(s.auc().value(), 4) : Figures.UNDEFINED);
        }
        return table.build();
    }
}
