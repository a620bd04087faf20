package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.charts.Charts;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.ltv.Ltv;
import io.github.saasmetrics.survival.RestrictedMean;
import io.github.saasmetrics.ltv.SbgProjection;
import io.github.saasmetrics.ltv.ShiftedBetaGeometric;
import io.github.saasmetrics.ltv.ShiftedBetaGeometricFit;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.survival.SurvivalQuantile;
import io.github.saasmetrics.survival.SurvivalRow;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.retention.ChurnConversions;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.TextTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How long customers stay: the Kaplan–Meier curve of time to first churn from the ledger
 * ({@link LedgerLifetimes}) with its confidence band, quantiles and restricted mean, overall and
 * by plan; then a shifted-beta-geometric model ({@link ShiftedBetaGeometric}) fitted to the first
 * year of one year's cohort of monthly-billed customers and projected beyond it, against what the
 * curve observed.
 */
public final class SurvivalSection implements ReportSection {

    /** The months at which the curve is tabled. */
    private static final int[] MONTHS = {3, 6, 12, 24};

    /** The horizon of the restricted mean, in months. */
    static final int HORIZON = 24;

    /** The periods (months) of the cohort the sBG model is fitted to. */
    private static final int FITTED_MONTHS = 12;

    @Override
    public String title() {
        return "Survival: Kaplan–Meier and shifted-beta-geometric";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MrrLedger ledger = context.ledger();
        SurvivalCurve curve = LedgerLifetimes.survival(ledger);
        StringBuilder text = new StringBuilder("Months to first churn: ")
                .append(curve.toString().lines().findFirst().orElseThrow()).append('\n');
        TextTable.Builder at = TextTable.builder("month", "at risk", "survival", "95% CI");
        for (int t : MONTHS) {
            SurvivalRow r = rowAt(curve, t);
            at.row(t, r.atRisk(), Figures.probability(r.survival()), Figures.interval(r.lower(), r.upper(), 4));
        }
        RestrictedMean mean = curve.restrictedMean(HORIZON);
        text.append(at.build()).append('\n')
                .append(curve.quantile(0.25)).append("; ").append(curve.median()).append('\n')
                .append(mean).append(" months, ").append(mean.confidenceInterval(0.95)).append("\n\n");

        TextTable.Builder byPlan = TextTable.builder("plan at sign-up", "customers", "churned", "survival at 12",
                "median (95% CI; — not reached)", "months of the first " + HORIZON);
        TreeSet<String> plans = new TreeSet<>();
        context.customers().values().forEach(c -> c.attribute("plan").ifPresent(plans::add));
        for (String plan : plans) {
            MrrLedger part = ledger.filter(id -> plan.equals(context.attribute(id, "plan")));
            SurvivalCurve c = LedgerLifetimes.survival(part);
            SurvivalQuantile m = c.median();
            String median = months(m.estimate()) + " (" + months(m.lower()) + " to " + months(m.upper()) + ")";
            byPlan.row(plan, c.customers(), c.churned(), Figures.probability(c.survival(12)), median,
                    Figures.fixed(c.restrictedMean(HORIZON).estimate(), 1));
        }
        text.append(byPlan.build()).append("\n\n");
        text.append(sbg(context, ledger));
        return new SectionOutput(text.toString(), List.of(new Figure(
                "Share of customers still paying by months since their first payment (Kaplan–Meier), with the 95% "
                        + "confidence band shaded; the step at 12 months is annual plans not renewing.",
                () -> Charts.survivalCurve("Customer survival (Kaplan–Meier, 95% log interval)", curve))))
                .withTables(curve.toTable());
    }

    private static String months(java.util.OptionalDouble value) {
        return value.isPresent() ? Figures.fixed(value.getAsDouble(), 0) : Figures.UNDEFINED;
    }

    /** The last row at or before {@code t}: the curve's value from that row on. */
    private static SurvivalRow rowAt(SurvivalCurve curve, double t) {
        SurvivalRow at = null;
        for (SurvivalRow r : curve.rows()) {
            if (r.time() > t) {
                break;
            }
            at = r;
        }
        return at == null ? new SurvivalRow(t, curve.customers(), 0, 0, 1, 0, 1, 1) : at;
    }

    /**
     * Fits the sBG model to the first year of the customers who first paid in the data's first
     * year on a monthly plan, and projects it. The model needs one renewal decision per period:
     * customers billed yearly can only leave every twelfth month, which no per-month model fits.
     */
    private static String sbg(ReportContext context, MrrLedger ledger) {
        int year = context.data().period().firstMonth().getYear();
        Map<CustomerId, Subscription> first = new HashMap<>();
        for (Subscription s : context.data().subscriptions()) {
            first.merge(s.customer(), s, (a, b) -> b.start().isBefore(a.start()) ? b : a);
        }
        MrrLedger cohort = ledger.filter(id -> ledger.firstPaidMonth(id).map(m -> m.getYear() == year).orElse(false)
                && first.containsKey(id) && first.get(id).interval().equals(BillingInterval.monthly()));
        SurvivalCurve observed = LedgerLifetimes.survival(cohort);
        // Period k is the k-th month: a tenure of k months is a customer lost in period k (tenure 0: in period 1).
        long[] lost = new long[FITTED_MONTHS];
        for (SurvivalRow r : observed.rows()) {
            if (r.time() <= FITTED_MONTHS) {
                if (r.censored() > 0) {
                    return "(the " + year + " cohort is not observed for " + FITTED_MONTHS + " months: no sBG fit)";
                }
                lost[Math.max(0, (int) r.time() - 1)] += r.events();
            }
        }
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometric.fit(observed.customers(), lost);
        ShiftedBetaGeometric model = fit.model();
        StringBuilder text = new StringBuilder("Customers who first paid in ").append(year)
                .append(" on a monthly plan, sBG fitted to their first ").append(FITTED_MONTHS).append(" months:\n")
                .append(fit.toTable().title()).append(": ").append(String.join("; ", fit.toTable().footnotes()))
                .append('\n');
        TextTable.Builder table = TextTable.builder("month", "observed (Kaplan–Meier)", "sBG", "<");
        double lastObserved = observed.rows().get(observed.size() - 1).time();
        List<SbgProjection.Period> projection = fit.projection(60).periods();
        for (int t : new int[] {3, 6, 12, 18, 24, 60}) {
            table.row(t, t <= lastObserved ? Figures.probability(observed.survival(t)) : "",
                    Figures.probability(projection.get(t - 1).survival()), t <= FITTED_MONTHS ? "fitted" : "projected");
        }
        text.append(table.build()).append('\n');
        Money arpa = context.monthly().get(context.monthly().size() - 1).arpa();
        double discount = ChurnConversions.monthlyDiscountRate(LtvSection.ANNUAL_DISCOUNT_RATE);
        double lifetime = model.discountedExpectedLifetime(discount);
        text.append("Discounted expected lifetime at ").append(Figures.fixedPercent(LtvSection.ANNUAL_DISCOUNT_RATE))
                .append(" a year: ").append(Figures.fixed(lifetime, 1)).append(" months; × ARPA ")
                .append(Figures.money(arpa)).append(" × ").append(Figures.fixedPercent(LtvSection.GROSS_MARGIN))
                .append(" margin = ").append(Figures.money(Ltv.fromLifetime(arpa, LtvSection.GROSS_MARGIN, lifetime)))
                .append(" per new customer");
        return text.toString();
    }
}
