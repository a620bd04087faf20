package io.github.saasmetrics.ltv;

import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;

import java.util.List;
import java.util.Objects;

/**
 * A shifted-beta-geometric model fitted by maximum likelihood to one cohort, with the data it was
 * fitted to and the optimiser's diagnostics. Obtained from {@link ShiftedBetaGeometric#fit} or
 * {@link ShiftedBetaGeometric#fitSurvival}.
 *
 * <p><b>Diagnostics.</b> {@code iterations} counts Nelder–Mead iterations over all starting points
 * plus Newton steps; {@code converged} is true when the gradient of the log-likelihood in
 * {@code (ln α, ln β)} is at most {@code 1e-8 · N} in each component at a point where the Hessian
 * is negative definite (a strict local maximum); {@code gradientNorm} is that largest component.
 * {@code alphaStdErr} and {@code betaStdErr} are asymptotic standard errors from the inverse of the
 * observed information (the negated Hessian), transformed from the log scale by the delta method.
 *
 * <p>Example (High End, 1000 customers, 7 years): {@code α = 0.668}, {@code β = 3.806},
 * log-likelihood {@code −1611.158}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param model the fitted model, not null
 * @param cohortSize the cohort's size {@code N} at period 0, at least 1
 * @param lostPerPeriod the customers lost in periods 1 to K, not null, at least two, none negative, summing to at most {@code N}; copied
 * @param logLikelihood the maximised log-likelihood, finite, at most 0
 * @param iterations the optimiser's iterations, zero or more
 * @param converged whether the convergence criterion was met
 * @param gradientNorm the largest gradient component at the optimum, finite, zero or more
 * @param alphaStdErr the standard error of {@code α}, finite, zero or more
 * @param betaStdErr the standard error of {@code β}, finite, zero or more
 */
public record ShiftedBetaGeometricFit(ShiftedBetaGeometric model, long cohortSize, List<Long> lostPerPeriod,
        double logLikelihood, int iterations, boolean converged, double gradientNorm, double alphaStdErr,
        double betaStdErr) implements Tabular {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if a part is out of range
     */
    public ShiftedBetaGeometricFit {
        Objects.requireNonNull(model, "model");
        lostPerPeriod = List.copyOf(Objects.requireNonNull(lostPerPeriod, "lostPerPeriod"));
        if (lostPerPeriod.size() < 2) {
            throw new IllegalArgumentException("lostPerPeriod must cover at least two periods but had "
                    + lostPerPeriod.size());
        }
        SbgFitter.survivors(cohortSize, lostPerPeriod.stream().mapToLong(Long::longValue).toArray());
        if (!(logLikelihood <= 0) || !Double.isFinite(logLikelihood)) {
            throw new IllegalArgumentException("logLikelihood must be finite and at most 0 but was " + logLikelihood);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must not be negative but was " + iterations);
        }
        for (double value : new double[] {gradientNorm, alphaStdErr, betaStdErr}) {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("gradientNorm and standard errors must be finite and not negative but "
                        + "were " + gradientNorm + ", " + alphaStdErr + ", " + betaStdErr);
            }
        }
    }

    /**
     * The fitted {@code α}.
     *
     * @return {@code α}, positive
     */
    public double alpha() {
        return model.alpha();
    }

    /**
     * The fitted {@code β}.
     *
     * @return {@code β}, positive
     */
    public double beta() {
        return model.beta();
    }

    /**
     * The number of observed periods {@code K}.
     *
     * @return the count, at least 2
     */
    public int periods() {
        return lostPerPeriod.size();
    }

    /**
     * The customers still active after the last observed period.
     *
     * @return {@code N − Σ n_t}, zero or more
     */
    public long survivors() {
        long lost = 0;
        for (long n : lostPerPeriod) {
            lost += n;
        }
        return cohortSize - lost;
    }

    /**
     * The observed share of the cohort still active after period {@code t}.
     *
     * @param t the period, from 0 to {@link #periods()}
     * @return the share, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code t} is out of range
     */
    public double observedSurvival(int t) {
        if (t < 0 || t > periods()) {
            throw new IllegalArgumentException("t must be from 0 to " + periods() + " but was " + t);
        }
        long alive = cohortSize;
        for (int i = 0; i < t; i++) {
            alive -= lostPerPeriod.get(i);
        }
        return (double) alive / cohortSize;
    }

    /**
     * The fitted model's projection of this cohort, observed periods included.
     *
     * @param periods the number of periods to project, from 1 to {@value ShiftedBetaGeometric#MAX_PROJECTION_PERIODS}
     * @return the projection, not null
     * @throws IllegalArgumentException if {@code periods} is out of range
     */
    public SbgProjection projection(int periods) {
        return model.projection(cohortSize, periods);
    }

    /**
     * Observed against fitted survival for the observed periods as a typed table, titled
     * {@code sBG fit: N customers over K periods}, with the fitted parameters, their standard
     * errors, the log-likelihood and the convergence as footnotes. Columns: {@code period} (COUNT),
     * {@code observed survival}, {@code fitted survival} and {@code fitted retention} (DECIMAL, 4
     * decimals).
     *
     * <p>Example (High End): period 1 reads {@code 1}, {@code 0.8690}, {@code 0.8491}, {@code 0.8491}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        ResultTable.Builder table = ResultTable.builder("sBG fit: " + cohortSize + " customers over " + periods()
                + " periods")
                .columns(Column.count("period"), Column.decimal("observed survival", 4),
                        Column.decimal("fitted survival", 4), Column.decimal("fitted retention", 4));
        for (int t = 1; t <= periods(); t++) {
            table.row(t, DecimalCells.of(observedSurvival(t)), DecimalCells.of(model.survival(t)),
                    DecimalCells.of(model.retention(t)));
        }
        return table.footnote("α = " + Figures.fixed(alpha(), 4) + " (SE " + Figures.fixed(alphaStdErr, 4) + "), β = "
                        + Figures.fixed(beta(), 4) + " (SE " + Figures.fixed(betaStdErr, 4) + ")")
                .footnote("log-likelihood " + Figures.fixed(logLikelihood, 4))
                .footnote((converged ? "converged" : "NOT converged") + " after " + iterations + " iterations")
                .build();
    }

    /**
     * A summary line and a table of observed against fitted survival for the observed periods.
     *
     * @return the summary and table, not null
     */
    @Override
    public String toString() {
        return toTable().toText();
    }

    /**
     * The same summary and table as Markdown.
     *
     * @return the Markdown, not null
     */
    public String toMarkdown() {
        return toTable().toMarkdown();
    }
}
