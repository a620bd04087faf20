package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.JoinAndChurn;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.ledger.ReactivationInRetention;
import io.github.saasmetrics.ledger.ReactivationReporting;
import io.github.saasmetrics.subscription.ChurnRecognition;
import io.github.saasmetrics.subscription.FxRateConvention;
import io.github.saasmetrics.subscription.MeasurementInstant;
import io.github.saasmetrics.subscription.MrrConventions;
import java.util.ArrayList;
import java.util.List;

/**
 * The MRR and movement conventions in plain words, one sentence per setting, for readers who do not
 * know the API: the report states its conventions this way, and the vendor comparison names only
 * the settings where a preset differs. Each sentence ends with the API's own name in brackets, so a
 * developer can find it.
 */
final class ConventionWords {

    private ConventionWords() {
    }

    /**
     * Every setting of the conventions as a plain sentence.
     *
     * @param mrr the MRR conventions, not null
     * @param movements the movement conventions, not null
     * @return one sentence per setting, not null
     */
    static List<String> all(MrrConventions mrr, MovementConventions movements) {
        List<String> out = new ArrayList<>();
        out.add(churn(mrr.churnRecognition()));
        out.add(instant(mrr.measurementInstant()));
        out.add(grace(mrr.pastDueGraceDays()));
        out.add(discounts(mrr));
        out.add(gap(mrr.reactivationGapDays()));
        out.add(fx(mrr.fxRateConvention()));
        out.add(reactivation(movements.reactivation()));
        out.add(joinAndChurn(movements.joinAndChurn()));
        out.add(inRetention(movements.reactivationInRetention()));
        return out;
    }

    /**
     * The sentences of the settings where {@code other} differs from {@code base}.
     *
     * @param base the conventions compared against, not null
     * @param baseMovements the movement conventions compared against, not null
     * @param other the conventions described, not null
     * @param otherMovements the movement conventions described, not null
     * @return the differing settings in plain words, empty if none differ, not null
     */
    static List<String> differences(MrrConventions base, MovementConventions baseMovements, MrrConventions other,
            MovementConventions otherMovements) {
        List<String> a = all(base, baseMovements);
        List<String> b = all(other, otherMovements);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.add(b.get(i));
            }
        }
        return out;
    }

    private static String churn(ChurnRecognition c) {
        return switch (c) {
            case AT_PERIOD_END -> "a cancelled subscription counts until the end of the period it paid for";
            case AT_CANCELLATION -> "a cancelled subscription stops counting on its end date";
            case AT_REQUEST -> "a cancelled subscription stops counting the day the cancellation is requested";
        } + " (churnRecognition " + c.name() + ")";
    }

    private static String instant(MeasurementInstant m) {
        return switch (m) {
            case LAST_DAY -> "each month's MRR is measured on its last day";
            case FIRST_DAY -> "each month's MRR is measured on its first day";
        } + " (measurementInstant " + m.name() + ")";
    }

    private static String grace(int days) {
        return (days == 0 ? "a past-due subscription stops counting at once"
                : "a past-due subscription keeps counting for " + days + " days before it counts as churned")
                + " (pastDueGraceDays " + days + ")";
    }

    private static String discounts(MrrConventions mrr) {
        List<String> reduce = new ArrayList<>();
        List<String> keep = new ArrayList<>();
        (mrr.foreverDiscountsReduceMrr() ? reduce : keep).add("forever");
        (mrr.repeatingDiscountsReduceMrr() ? reduce : keep).add("repeating");
        (mrr.onceDiscountsReduceMrr() ? reduce : keep).add("first-invoice");
        String text = reduce.isEmpty() ? "no discount lowers MRR"
                : String.join(" and ", reduce) + " discounts lower MRR"
                        + (keep.isEmpty() ? "" : ", " + String.join(" and ", keep) + " ones do not");
        return text + " (foreverDiscountsReduceMrr " + mrr.foreverDiscountsReduceMrr() + ", repeatingDiscountsReduceMrr "
                + mrr.repeatingDiscountsReduceMrr() + ", onceDiscountsReduceMrr " + mrr.onceDiscountsReduceMrr() + ")";
    }

    private static String gap(int days) {
        return (days == 0 ? "any gap in payment ends a customer's run"
                : "a gap in payment shorter than " + days + " days does not end a customer's run")
                + " (reactivationGapDays " + days + ")";
    }

    private static String fx(FxRateConvention fx) {
        return switch (fx) {
            case SERVICE_PERIOD_START -> "foreign-currency MRR is converted at the rate of its billing period's first"
                    + " day, so an annual plan keeps one rate for the year";
            case MONTH_START -> "foreign-currency MRR is converted at each month's first-day rate";
        } + " (fxRateConvention " + fx.name() + ")";
    }

    private static String reactivation(ReactivationReporting r) {
        return switch (r) {
            case AS_REACTIVATION -> "a returning customer's MRR is reactivation";
            case AS_EXPANSION -> "a returning customer's MRR is expansion";
        } + " (reactivation " + r.name() + ")";
    }

    private static String joinAndChurn(JoinAndChurn j) {
        return switch (j) {
            case COUNTED -> "a customer who joins and leaves within one period counts in customer churn";
            case EXCLUDED -> "a customer who joins and leaves within one period is left out of every count";
        } + " (joinAndChurn " + j.name() + ")";
    }

    private static String inRetention(ReactivationInRetention r) {
        return switch (r) {
            case EXCLUDED -> "returning customers' MRR is not part of net revenue retention";
            case INCLUDED -> "returning customers' MRR counts in net revenue retention";
        } + " (reactivationInRetention " + r.name() + ")";
    }
}
