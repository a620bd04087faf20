package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.ltv.LeftTruncation;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;

/**
 * Kaplan–Meier with delayed entry ({@link LeftTruncation}): as if only the last year's ledger had
 * been exported, the customers who started paying before it are either left out or counted from
 * the tenure at which the ledger first sees them; both against the curve of the full history.
 */
public final class DelayedEntrySection implements ReportSection {

    /** The tenures, in months, at which the curves are compared. */
    private static final int[] MONTHS = {1, 3, 6, 12, 18};

    @Override
    public String title() {
        return "Survival with delayed entry";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        int year = context.data().period().lastMonth().getYear();
        MrrLedger window = MrrLedger.fromSubscriptions(context.data().subscriptions(), ReportingPeriod.year(year),
                context.conventions(), context.data().rates());
        SurvivalCurve full = LedgerLifetimes.survival(context.ledger());
        SurvivalCurve excluded = LedgerLifetimes.survival(window, LeftTruncation.EXCLUDE);
        SurvivalCurve delayed = LedgerLifetimes.survival(window, LeftTruncation.DELAYED_ENTRY);
        TextTable.Builder t = TextTable.builder("curve", "customers", "entered late", "S(1)", "S(3)", "S(6)", "S(12)", "S(18)",
                "median");
        ResultTable.Builder typed = ResultTable.builder("Survival with delayed entry: S(t) at t months")
                .columns(Column.text("curve"), Column.count("customers"), Column.count("entered late"));
        for (int month : MONTHS) {
            typed.column(Column.decimal("S(" + month + ")", 4));
        }
        typed.column(Column.text("median"));
        row(t, typed, "full history " + context.data().period().firstMonth() + " to " + context.data().period().lastMonth(),
                full);
        row(t, typed, year + " only, earlier customers " + LeftTruncation.EXCLUDE.label(), excluded);
        row(t, typed, year + " only, " + LeftTruncation.DELAYED_ENTRY.label(), delayed);
        String note = "— past the longest tenure a curve observed: the estimate there would only repeat its last value.";
        String text = "Months to first churn when only " + year + " is in the ledger (opening month " + window.firstMonth()
                + "): " + LedgerLifetimes.customersBeforeLedger(window) + " paying customers first paid before it.\n"
                + "Left out (EXCLUDE) sees only customers younger than a year; delayed entry (DELAYED_ENTRY) counts each"
                + " one paying in the\nopening month from the tenure at which the ledger first sees it, as R's"
                + " Surv(entry, exit, event).\n" + t.build().toText()
                + "\n(" + note.substring(0, note.length() - 1) + ")";
        return SectionOutput.text(text).withTables(typed.footnote(note).build());
    }

    private static void row(TextTable.Builder t, ResultTable.Builder typed, String label, SurvivalCurve c) {
        Object[] cells = new Object[9];
        Object[] values = new Object[9];
        cells[0] = label;
        cells[1] = c.customers();
        cells[2] = c.enteredLate();
        values[0] = label;
        values[1] = c.customers();
        values[2] = c.enteredLate();
        // Past the longest observed tenure the estimate only repeats its last value: not data, so not shown.
        double longest = c.size() == 0 ? 0 : c.row(c.size() - 1).time();
        for (int i = 0; i < MONTHS.length; i++) {
            cells[3 + i] = MONTHS[i] > longest ? Figures.UNDEFINED : Figures.probability(c.survival(MONTHS[i]));
            values[3 + i] = MONTHS[i] > longest ? null : DecimalCells.of(c.survival(MONTHS[i]));
        }
        cells[8] = c.median().estimate().isPresent() ? Figures.number(c.median().estimate().getAsDouble())
                : "not reached";
        values[8] = cells[8];
        t.row(cells);
        typed.row(values);
    }
}
