package io.github.saasmetrics.health;

import io.github.saasmetrics.health.PlaybookTrigger.Comparison;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Maps health bands and signal triggers to the actions a customer-success team takes: an ordered
 * list of {@link PlaybookRule}s.
 *
 * <p>{@link #actionsFor(HealthAssessment)} returns the actions of every rule whose trigger fires,
 * in rule order, each action once (an action reached by two rules keeps its first place). The
 * order is the playbook's, so put the most urgent rules first.
 *
 * <p><b>The default playbook</b> ({@link #defaults()}), in order:
 * <table>
 *   <caption>Default rules</caption>
 *   <tr><th>trigger</th><th>alert type</th></tr>
 *   <tr><td>band CRITICAL</td><td>Churn risk</td></tr>
 *   <tr><td>band AT_RISK</td><td>Health review</td></tr>
 *   <tr><td>CHAMPION_CHANGE &gt;= 1</td><td>Champion left</td></tr>
 *   <tr><td>NPS &lt;= 6</td><td>Detractor follow-up</td></tr>
 *   <tr><td>MRR_TREND &lt;= -0.1</td><td>Contraction</td></tr>
 *   <tr><td>USAGE_FREQUENCY &lt; 0.25</td><td>Low usage</td></tr>
 *   <tr><td>DAYS_SINCE_ENGAGEMENT &gt;= 30</td><td>Gone quiet</td></tr>
 *   <tr><td>OPEN_TICKETS &gt;= 3</td><td>Support backlog</td></tr>
 *   <tr><td>PLAN_LIMIT_PRESSURE &gt;= 1</td><td>Plan limit reached</td></tr>
 * </table>
 * Each with an action plan and resolution reasons; print {@code Playbook.defaults().toMarkdown()} to
 * read them all.
 *
 * <p>Example: the handbook's customer (at risk, NPS 6, active on 6 of 30 days, 35 days since
 * engagement) gets Health review, Detractor follow-up, Low usage and Gone quiet, in that order.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rules the rules in priority order, not null, possibly empty
 */
public record Playbook(List<PlaybookRule> rules) implements Tabular {

    private static final Playbook DEFAULT = defaultPlaybook();

    /**
     * Validates and copies the rules.
     *
     * @throws NullPointerException if the list or a rule is null
     */
    public Playbook {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * A playbook with no rules; add them with {@link #with(PlaybookTrigger, PlaybookAction)}.
     *
     * @return the empty playbook, not null
     */
    public static Playbook empty() {
        return new Playbook(List.of());
    }

    /**
     * The documented default playbook (see the class description).
     *
     * @return the default playbook, not null
     */
    public static Playbook defaults() {
        return DEFAULT;
    }

    private static Playbook defaultPlaybook() {
        return empty()
                .with(PlaybookTrigger.band(HealthBand.CRITICAL), PlaybookAction.of("Churn risk",
                        "Executive sponsor call within 2 business days; agree a written recovery plan with dated"
                                + " milestones; review it weekly until the customer is out of the critical band.",
                        "Recovery plan agreed and score above the critical threshold", "Renewal confirmed in writing",
                        "Churn accepted and its reason recorded"))
                .with(PlaybookTrigger.band(HealthBand.AT_RISK), PlaybookAction.of("Health review",
                        "Account review by the customer success manager within 2 weeks: confirm the customer's goals"
                                + " and the value delivered so far, and book a follow-up.",
                        "Score back in the healthy band", "Goals confirmed and follow-up booked",
                        "Escalated as churn risk"))
                .with(PlaybookTrigger.when(HealthSignal.CHAMPION_CHANGE, Comparison.AT_LEAST, 1), PlaybookAction.of(
                        "Champion left", "Meet the new key contact within 2 weeks, re-run onboarding for them and"
                                + " find a second sponsor in the account.",
                        "New champion identified and onboarded", "Second sponsor in place"))
                .with(PlaybookTrigger.when(HealthSignal.NPS, Comparison.AT_MOST, 6), PlaybookAction.of(
                        "Detractor follow-up", "Call the respondent within 5 business days to close the loop, record"
                                + " the root cause and agree a fix or a workaround.",
                        "Root cause fixed", "Workaround accepted", "Respondent contacted, no action possible"))
                .with(PlaybookTrigger.when(HealthSignal.MRR_TREND, Comparison.AT_MOST, -0.1), PlaybookAction.of(
                        "Contraction", "Find out why MRR fell (seats removed, downgrade, discount, a competing tool)"
                                + " and agree a recovery plan with the account owner.",
                        "Cause recorded", "MRR recovered", "Contraction accepted"))
                .with(PlaybookTrigger.when(HealthSignal.USAGE_FREQUENCY, Comparison.BELOW, 0.25), PlaybookAction.of(
                        "Low usage", "Usage review: find the workflows that are blocked, offer training and set an"
                                + " adoption goal for the next 30 days.",
                        "Active on at least a quarter of days", "Training delivered",
                        "Product no longer needed, recorded as churn reason"))
                .with(PlaybookTrigger.when(HealthSignal.DAYS_SINCE_ENGAGEMENT, Comparison.AT_LEAST, 30),
                        PlaybookAction.of("Gone quiet", "Reach out through a second channel and a second contact, and"
                                + " offer a business review.", "Customer re-engaged", "Business review booked"))
                .with(PlaybookTrigger.when(HealthSignal.OPEN_TICKETS, Comparison.AT_LEAST, 3), PlaybookAction.of(
                        "Support backlog", "Escalate the open tickets to support leadership and agree resolution dates"
                                + " with the customer.", "Tickets resolved", "Resolution dates agreed"))
                .with(PlaybookTrigger.when(HealthSignal.PLAN_LIMIT_PRESSURE, Comparison.AT_LEAST, 1),
                        PlaybookAction.of("Plan limit reached", "Expansion conversation: review usage against the plan"
                                + " and offer the next tier or a higher limit before the limit blocks work.",
                                "Upgraded", "Limit raised", "Usage brought under the limit"));
    }

    /**
     * This playbook with one more rule at the end.
     *
     * @param trigger the trigger, not null
     * @param action the action, not null
     * @return the new playbook, not null
     */
    public Playbook with(PlaybookTrigger trigger, PlaybookAction action) {
        List<PlaybookRule> more = new ArrayList<>(rules);
        more.add(new PlaybookRule(trigger, action));
        return new Playbook(more);
    }

    /**
     * The rules whose triggers fire for an assessment, in rule order.
     *
     * @param assessment the assessment, not null
     * @return the firing rules, not null, possibly empty
     */
    public List<PlaybookRule> rulesFor(HealthAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        return rules.stream().filter(rule -> rule.trigger().matches(assessment)).toList();
    }

    /**
     * The actions to take for an assessment: those of the firing rules, in rule order, each once.
     *
     * @param assessment the assessment, not null
     * @return the actions, not null, possibly empty
     */
    public List<PlaybookAction> actionsFor(HealthAssessment assessment) {
        LinkedHashSet<PlaybookAction> actions = new LinkedHashSet<>();
        for (PlaybookRule rule : rulesFor(assessment)) {
            actions.add(rule.action());
        }
        return List.copyOf(actions);
    }

    /**
     * The rules as a typed table titled {@code Playbook: rules in priority order}, one row per rule.
     * Columns: {@code trigger}, {@code alert type}, {@code action plan} and {@code resolution reasons}
     * (TEXT; the reasons joined with {@code "; "}, as in {@link #toMarkdown()}).
     *
     * <p>Example: the default playbook's first row reads {@code band CRITICAL, Churn risk, …}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        ResultTable.Builder table = ResultTable.builder("Playbook: rules in priority order")
                .columns(Column.text("trigger"), Column.text("alert type"), Column.text("action plan"),
                        Column.text("resolution reasons"));
        rules.forEach(r -> table.row(r.trigger().toString(), r.action().alertType(), r.action().actionPlan(),
                String.join("; ", r.action().resolutionReasons())));
        return table.build();
    }

    /**
     * The rules as an aligned table of trigger, alert type and plan.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        TextTable.Builder table = TextTable.builder("trigger", "<alert type", "<action plan");
        rules.forEach(r -> table.row(r.trigger().toString(), r.action().alertType(), r.action().actionPlan()));
        return table.build().toText();
    }

    /**
     * The rules as a Markdown table of trigger, alert type, plan and resolution reasons.
     *
     * @return the Markdown table, not null
     */
    public String toMarkdown() {
        TextTable.Builder table = TextTable.builder("trigger", "<alert type", "<action plan", "<resolution reasons");
        rules.forEach(r -> table.row(r.trigger().toString(), r.action().alertType(), r.action().actionPlan(),
                String.join("; ", r.action().resolutionReasons())));
        return table.build().toMarkdown();
    }
}
