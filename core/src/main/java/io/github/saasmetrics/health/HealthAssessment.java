package io.github.saasmetrics.health;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's health: a score from 0 to 100, its band, what each signal contributed, which
 * signals were missing, and the reasons in plain words.
 *
 * <p>The score is {@code 100 × Σ wᵢ·gᵢ / Σ wᵢ} over the signals present (see {@link HealthModel});
 * the {@linkplain SignalContribution#points() points} of the contributions add up to it (to within
 * floating-point rounding, about {@code 1e-13}). The reasons are the {@link HealthModel#REASONS}
 * largest {@linkplain SignalContribution#shortfall() shortfalls}, largest first, ties (to
 * {@code 1e-9} points) in signal order; a signal at full goodness is never a reason.
 *
 * <p><b>Display.</b> The score is kept as an exact double; {@link #toString()} shows it with one
 * decimal rounded <em>down</em>, so a displayed score never rises above the exact one and a shown
 * 69.9 is never a healthy 70 (the band compares the exact score). Points and shortfalls are shown
 * rounded half-even to one decimal, so the shown points need not add up to the shown score.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param score the health score, from 0 to 100
 * @param band the band of the score, not null
 * @param contributions one per present signal of the model, in signal order, not null, not empty
 * @param missing the model's signals that were not known, in signal order, not null, possibly empty
 * @param reasons the largest shortfalls in plain words, at most {@link HealthModel#REASONS}, not null
 */
public record HealthAssessment(CustomerId customer, double score, HealthBand band,
        List<SignalContribution> contributions, List<HealthSignal> missing, List<String> reasons) implements Tabular {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if the score is outside 0..100 or there are no contributions
     */
    public HealthAssessment {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(band, "band");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score of customer " + customer + " must be 0..100 but was " + score);
        }
        contributions = List.copyOf(contributions);
        missing = List.copyOf(missing);
        reasons = List.copyOf(reasons);
        if (contributions.isEmpty()) {
            throw new IllegalArgumentException("an assessment of customer " + customer + " needs at least one contribution");
        }
    }

    /**
     * A signal's contribution, if the signal was present.
     *
     * @param signal the signal, not null
     * @return the contribution, or empty if the signal was missing or not in the model
     */
    public Optional<SignalContribution> contribution(HealthSignal signal) {
        Objects.requireNonNull(signal, "signal");
        return contributions.stream().filter(c -> c.signal() == signal).findFirst();
    }

    /**
     * The score as displayed: one decimal, rounded down.
     *
     * @return the displayed score, such as {@code "69.9"}, not null
     */
    public String displayScore() {
        return new BigDecimal(score).setScale(1, RoundingMode.FLOOR).toPlainString();
    }

    /**
     * What each signal contributed, as a typed table titled with the customer, the displayed score
     * and the band ({@code c1: health 43.6 of 100, at risk}), one row per present signal, with the
     * missing signals as a footnote when there are any. Columns: {@code signal} and
     * {@code observation} (TEXT), {@code weight share} (RATE), {@code goodness} (DECIMAL, 3 decimals),
     * {@code points} and {@code shortfall} (DECIMAL, 1 decimal).
     *
     * <p>Example (the handbook's customer): {@code USAGE_FREQUENCY, Active on 6 of 30 days, 26.7%,
     * 0.200, 5.3, 21.3}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        ResultTable.Builder table = ResultTable.builder(header())
                .columns(Column.text("signal"), Column.text("observation"), Column.rate("weight share"),
                        Column.decimal("goodness", 3), Column.decimal("points", 1), Column.decimal("shortfall", 1));
        for (SignalContribution c : contributions) {
            table.row(c.signal().label(), c.observation(), c.weightShare(), DecimalCells.of(c.goodness()),
                    DecimalCells.of(c.points()), DecimalCells.of(c.shortfall()));
        }
        String footer = footer();
        if (!footer.isEmpty()) {
            table.footnote(footer.substring(1));
        }
        return table.build();
    }

    /**
     * The contributions as an aligned table under a one-line header, with the missing signals below.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return header() + "\n" + table().toText() + footer();
    }

    /**
     * The same as {@link #toString()} with the table in Markdown.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return "**" + header() + "**\n\n" + table().toMarkdown() + (missing.isEmpty() ? "" : "\n") + footer();
    }

    private String header() {
        return customer + ": health " + displayScore() + " of 100, " + band.label();
    }

    private String footer() {
        return missing.isEmpty() ? "" : "\nmissing (weight shared among the present signals): "
                + String.join(", ", missing.stream().map(HealthSignal::label).toList());
    }

    private TextTable table() {
        TextTable.Builder table = TextTable.builder("signal", "<observation", ">weight share", ">goodness", ">points", ">shortfall");
        for (SignalContribution c : contributions) {
            table.row(c.signal().label(), c.observation(), Figures.fixedPercent(c.weightShare()), Figures.fixed(c.goodness(), 3),
                    Figures.fixed(c.points(), 1), Figures.fixed(c.shortfall(), 1));
        }
        return table.build();
    }
}
