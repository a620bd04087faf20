package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.mrr.LineKindBreakdown;
import io.github.saasmetrics.mrr.LineKindSplit;
import io.github.saasmetrics.subscription.LineKind;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.List;
import java.util.Locale;

/**
 * Where expansion and contraction come from ({@link LineKindSplit}): the last year's movements by
 * subscription line kind. The sample sells seats as a quantity of the plan line and no add-ons, so
 * every line is a plan line; the same split with each line's tier as a kind of its own then shows
 * between which tiers customers move.
 */
public final class LineKindSection implements ReportSection {

    @Override
    public String title() {
        return "Expansion and contraction by line kind";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        ReportingPeriod year = ReportingPeriod.year(context.data().period().lastMonth().getYear());
        List<Subscription> lines = context.data().subscriptions();
        LineKindBreakdown byKind = LineKindSplit.measure(lines, year, context.conventions(), context.data().rates());
        List<Subscription> byTier = lines.stream().map(s -> s.withLineKind(tier(s))).toList();
        LineKindBreakdown tiers = LineKindSplit.measure(byTier, year, context.conventions(), context.data().rates());
        String text = "Every sample subscription is a " + LineKind.PLAN + " line (seats are a quantity on the plan line;"
                + " no add-ons are sold),\nso all of the expansion is plan upgrades and seats: customers upgrade but"
                + " buy no add-ons.\n" + byKind + "\n\nThe same movements with each line's tier as a line kind of its"
                + " own: a customer moving from team to business\nexpands in BUSINESS only (netting leaves the TEAM"
                + " line's end out of contraction).\n" + tiers;
        return SectionOutput.text(text).withTables(byKind.toTable(), tiers.toTable());
    }

    /** The tier of a sample plan identifier such as {@code team-monthly}: {@code TEAM}. */
    private static LineKind tier(Subscription s) {
        String plan = s.plan();
        int dash = plan.indexOf('-');
        return LineKind.of((dash < 0 ? plan : plan.substring(0, dash)).toUpperCase(Locale.ROOT));
    }
}
