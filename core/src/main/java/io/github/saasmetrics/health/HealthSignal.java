package io.github.saasmetrics.health;

/**
 * The kinds of signal a health score can be built from. Each signal has a raw value on its own
 * scale, read from {@link HealthSignals#value(HealthSignal)}, which a {@link ScoringCurve} turns into
 * a goodness between 0 and 1.
 *
 * <p>The declaration order is the fixed order in which contributions are listed and summed.
 */
public enum HealthSignal {

    /** Usage frequency: active days / days in the period, from 0 to 1 (6 of 30 days is 0.2). Higher is better. */
    USAGE_FREQUENCY("usage frequency"),

    /** Usage breadth: features used / features available, from 0 to 1 (3 of 10 is 0.3). Higher is better. */
    USAGE_BREADTH("usage breadth"),

    /** The latest NPS answer, from 0 to 10 (detractor 0–6, passive 7–8, promoter 9–10). Higher is better. */
    NPS("NPS"),

    /**
     * The latest CSAT answer as its position on the answer scale, {@code (score − 1) / (scale − 1)},
     * from 0 to 1 (4 on a 1–5 scale is 0.75). Higher is better.
     */
    CSAT("CSAT"),

    /** Whether the champion or key contact changed: 1 if they did, 0 if not. Lower is better. */
    CHAMPION_CHANGE("champion change"),

    /** Plan-limit pressure: usage / plan limit, 0 or more (1 is exactly at the limit). Lower is better. */
    PLAN_LIMIT_PRESSURE("plan limit pressure"),

    /** Days since the customer last engaged (a login, a meeting, a reply), 0 or more. Lower is better. */
    DAYS_SINCE_ENGAGEMENT("days since engagement"),

    /** Open support tickets, 0 or more. Lower is better. */
    OPEN_TICKETS("open tickets"),

    /**
     * The MRR trend: the relative change of MRR over the trend window, {@code (end − start) / start},
     * −1 or more (a fall from USD 500 to USD 400 is −0.2). Higher is better.
     */
    MRR_TREND("MRR trend");

    private final String label;

    HealthSignal(String label) {
        this.label = label;
    }

    /**
     * The plain words tables and reports print for this value, such as {@code "usage breadth"}; {@link #name()}
     * stays the identifier to pass back to the API.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
