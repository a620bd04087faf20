package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ltv.Ltv;
import io.github.saasmetrics.ltv.PaymentTiming;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.retention.ChurnConversions;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Discounted lifetime value under the three payment timings ({@link PaymentTiming}) side by side,
 * on the sample's ARPA and churn, with the margin and discount rate of the lifetime value section.
 */
public final class LtvTimingSection implements ReportSection {

    @Override
    public String title() {
        return "Lifetime value under the three payment timings";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MrrBridge latest = context.monthly().get(context.monthly().size() - 1);
        Money arpa = latest.arpa();
        int year = latest.period().firstMonth().getYear();
        Ratio churn = context.pooledMonthlyChurn();
        double margin = LtvSection.GROSS_MARGIN;
        double discount = ChurnConversions.monthlyDiscountRate(LtvSection.ANNUAL_DISCOUNT_RATE);
        TextTable.Builder t = TextTable.builder("timing", "LTV", "<formula with m = ARPA × margin, c churn, d discount, r = 1 − c");
        ResultTable.Builder typed = ResultTable.builder("Discounted LTV by payment timing")
                .columns(Column.text("timing"), Column.money("LTV", arpa.currency()),
                        Column.text("formula (m = ARPA × margin, c churn, d discount, r = 1 − c)"));
        Map<PaymentTiming, String> formulas = new EnumMap<>(PaymentTiming.class);
        formulas.put(PaymentTiming.IN_ADVANCE, "m(1 + d)/(d + c): first payment at sign-up (subscriptions billed in advance)");
        formulas.put(PaymentTiming.IN_ARREARS, "m/(d + c): paid at the end of each month (usage billed after the month)");
        formulas.put(PaymentTiming.AT_RENEWAL, "m·r/(1 + d − r): Gupta–Lehmann, renewals only (the acquisition payment"
                + " counted elsewhere)");
        formulas.forEach((timing, formula) -> {
            Money value = Ltv.discounted(arpa, margin, churn.value(), discount, timing);
            t.row(timing.label(), Figures.money(value), formula);
            typed.row(timing.label(), value, formula);
        });
        String assumptions = "ARPA " + Figures.money(arpa) + " (" + latest.period() + "), margin " + Figures.percent(margin)
                + ", churn " + churn + " a month (" + year + "), discount " + Figures.fixed(discount * 100, 3) + "% a month:";
        return SectionOutput.text(assumptions + "\n" + t.build().toText()).withTables(typed.build()).withNotes(assumptions);
    }
}
