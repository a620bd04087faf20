package io.github.saasmetrics.mrr;

/**
 * The sixteen lines of an {@link MrrBridge}, in the order of its components: eight amounts of MRR
 * and eight counts of customers. Every listing of a bridge (its merge, its tables, its partial forms
 * on other engines) iterates this enum, so that a line is named, ordered and typed in one place.
 *
 * <p>A line is a <em>level</em> (start or end: a month-end's MRR or customers) or a <em>flow</em>
 * (what moved during the period). Bridges of disjoint customers over one period add every line;
 * consecutive bridges add the flows and keep the first start and the last end.
 *
 * <p>Example: {@code BridgeLine.CHURN.of(bridge)} is {@code bridge.churn().minorUnits()};
 * {@code BridgeLine.CHURN.label()} is {@code "churn"}.
 */
public enum BridgeLine {
    /** MRR at the start. */
    START("start", "starting MRR", true, false),
    /** MRR of customers paying for the first time. */
    NEW_BUSINESS("newBusiness", "new business", true, true),
    /** MRR added by paying customers. */
    EXPANSION("expansion", "expansion", true, true),
    /** MRR lost by customers who still pay. */
    CONTRACTION("contraction", "contraction", true, true),
    /** MRR lost by customers who stopped paying. */
    CHURN("churn", "churn", true, true),
    /** MRR of returning customers. */
    REACTIVATION("reactivation", "reactivation", true, true),
    /** Change from exchange rates. */
    FX("fx", "FX", true, true),
    /** MRR at the end. */
    END("end", "ending MRR", true, false),
    /** Paying customers at the start. */
    CUSTOMERS_AT_START("customersAtStart", "customers at the start", false, false),
    /** Customers paying for the first time. */
    NEW_CUSTOMERS("newCustomers", "new customers", false, true),
    /** Returning customers. */
    REACTIVATED_CUSTOMERS("reactivatedCustomers", "reactivated customers", false, true),
    /** Customers who stopped paying. */
    CHURNED_CUSTOMERS("churnedCustomers", "churned customers", false, true),
    /** Paying customers at the end. */
    CUSTOMERS_AT_END("customersAtEnd", "customers at the end", false, false),
    /** Customer-months of expansion. */
    EXPANDED_CUSTOMERS("expandedCustomers", "expanded customers", false, true),
    /** Customer-months of contraction. */
    CONTRACTED_CUSTOMERS("contractedCustomers", "contracted customers", false, true),
    /** Customers who joined and left inside the period. */
    JOINED_AND_CHURNED_CUSTOMERS("joinedAndChurnedCustomers", "joined-and-churned customers", false, true);

    private final String component;
    private final String label;
    private final boolean money;
    private final boolean flow;

    BridgeLine(String component, String label, boolean money, boolean flow) {
        this.component = component;
        this.label = label;
        this.money = money;
        this.flow = flow;
    }

    /**
     * The name of the {@link MrrBridge} component, also its JSON name: {@code "newBusiness"}.
     *
     * @return the component name, not null
     */
    public String component() {
        return component;
    }

    /**
     * The line's name in text: {@code "new business"}.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Whether the line is an amount of MRR (else a count of customers).
     *
     * @return true for the eight amounts
     */
    public boolean money() {
        return money;
    }

    /**
     * Whether the line is a flow, which adds over consecutive periods (else a level: start or end).
     *
     * @return true for the movements and their counts, and for joined-and-churned customers
     */
    public boolean flow() {
        return flow;
    }

    /**
     * The line's value in a bridge: minor units for an amount, the count for customers.
     *
     * @param bridge the bridge, not null
     * @return the value
     */
    public long of(MrrBridge bridge) {
        return switch (this) {
            case START -> bridge.start().minorUnits();
            case NEW_BUSINESS -> bridge.newBusiness().minorUnits();
            case EXPANSION -> bridge.expansion().minorUnits();
            case CONTRACTION -> bridge.contraction().minorUnits();
            case CHURN -> bridge.churn().minorUnits();
            case REACTIVATION -> bridge.reactivation().minorUnits();
            case FX -> bridge.fx().minorUnits();
            case END -> bridge.end().minorUnits();
            case CUSTOMERS_AT_START -> bridge.customersAtStart();
            case NEW_CUSTOMERS -> bridge.newCustomers();
            case REACTIVATED_CUSTOMERS -> bridge.reactivatedCustomers();
            case CHURNED_CUSTOMERS -> bridge.churnedCustomers();
            case CUSTOMERS_AT_END -> bridge.customersAtEnd();
            case EXPANDED_CUSTOMERS -> bridge.expandedCustomers();
            case CONTRACTED_CUSTOMERS -> bridge.contractedCustomers();
            case JOINED_AND_CHURNED_CUSTOMERS -> bridge.joinedAndChurnedCustomers();
        };
    }
}
