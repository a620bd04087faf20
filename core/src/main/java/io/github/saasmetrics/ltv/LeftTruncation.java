package io.github.saasmetrics.ltv;

/**
 * What to do with customers whose first payment precedes the ledger (left truncation): their
 * early months are not in it, so they are first seen at a tenure above zero.
 */
public enum LeftTruncation {

    /**
     * Leave them out: the survival curve is that of the customers first paying inside the ledger
     * ({@code LedgerLifetimes.customersBeforeLedger} counts the others). The default, and what
     * {@link LedgerLifetimes#survival(io.github.saasmetrics.ledger.MrrLedger)} does.
     */
    EXCLUDE("left out"),

    /**
     * Count them from the tenure at which the ledger first sees them (delayed entry): a customer
     * that first paid 22 months before the ledger's opening month and pays in it is at risk from
     * tenure 22 on, as in R's {@code Surv(entry, exit, event)}. A customer of that kind that does
     * not pay in the opening month left its first spell before the ledger and stays out.
     */
    DELAYED_ENTRY("delayed entry");

    private final String label;

    LeftTruncation(String label) {
        this.label = label;
    }

    /**
     * The plain words tables and reports print for this value, such as {@code "delayed entry"}; {@link #name()}
     * stays the identifier to pass back to the API.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
