package io.github.saasmetrics.examples.service;

import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.surveys.NpsTrend;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.Objects;

/**
 * What {@link MetricsService} answers: the MRR bridge of every month and of the whole period, and
 * the NPS of the responses with its interval and monthly trend.
 *
 * <p>Amounts are the library's money text ({@code "USD 250.00"}), periods their text form
 * ({@code "2024-02"}), bridges and scores their record components.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the months reported, not null
 * @param currency the reporting currency's ISO code, not null
 * @param months one bridge per month, not null
 * @param total the bridge of the whole period, not null
 * @param nps the counts behind the NPS of all responses, not null ({@code NpsScore.EMPTY} without responses)
 * @param npsScore the NPS from −100 to 100, null without responses
 * @param npsInterval the 95 % adjusted-Wald interval of the NPS, null without responses
 * @param npsMonthly the NPS per month, not null
 */
public record MetricsResponse(ReportingPeriod period, String currency, MrrBridgeTable months, MrrBridge total,
        NpsScore nps, Double npsScore, ConfidenceInterval npsInterval, NpsTrend npsMonthly) {

    /** Validates the parts. */
    public MetricsResponse {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(nps, "nps");
        Objects.requireNonNull(npsMonthly, "npsMonthly");
    }
}
