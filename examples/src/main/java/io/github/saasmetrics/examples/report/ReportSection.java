package io.github.saasmetrics.examples.report;

/**
 * One section of the sample report: a title and what it shows for a {@link ReportContext}.
 *
 * <p>A section computes its metrics from the context (the data, the ledger, the monthly bridges),
 * prints them the way the results print themselves ({@code toString()} tables), and may add
 * charts built with {@link Charts}. The list of sections is {@code SampleReport.sections()}; a new
 * metric is a new implementation added to that list.
 */
public interface ReportSection {

    /**
     * The heading.
     *
     * @return the title, not null
     */
    String title();

    /**
     * Computes and renders the section.
     *
     * @param context the shared data and values, not null
     * @return the text and charts, not null
     */
    SectionOutput render(ReportContext context);
}
