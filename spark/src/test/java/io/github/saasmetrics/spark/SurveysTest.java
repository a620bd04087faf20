package io.github.saasmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.examples.sample.CsatRating;
import io.github.saasmetrics.surveys.CsatScale;
import io.github.saasmetrics.surveys.CsatScore;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.time.ReportingPeriod;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NPS and CSAT of the sample business's answers: Spark's scores equal core's, by period and segment. */
class SurveysTest {

    private static final StructType SCHEMA = new StructType().add("customer", DataTypes.StringType)
            .add("score", DataTypes.IntegerType).add("date", DataTypes.DateType).add("plan", DataTypes.StringType);
    private static final Map<io.github.saasmetrics.customer.CustomerId, Customer> CUSTOMERS =
            SampleRows.DATA.customersById();

    private static SparkSession spark;
    private static Dataset<Row> nps;
    private static Dataset<Row> csat;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        List<Row> npsRows = new ArrayList<>();
        for (NpsResponse r : SampleRows.DATA.npsResponses()) {
            npsRows.add(RowFactory.create(r.customer().value(), r.score(), Date.valueOf(r.date()), plan(r.customer())));
        }
        nps = spark.createDataFrame(npsRows, SCHEMA).repartition(3);
        List<Row> csatRows = new ArrayList<>();
        for (CsatRating r : SampleRows.DATA.csatRatings()) {
            csatRows.add(RowFactory.create(r.customer().value(), r.rating(), Date.valueOf(r.date()), plan(r.customer())));
        }
        csat = spark.createDataFrame(csatRows, SCHEMA).repartition(3);
    }

    private static String plan(io.github.saasmetrics.customer.CustomerId id) {
        return CUSTOMERS.get(id).attribute("plan").orElse(null);
    }


    @Test
    void npsEqualsCoreOverallByMonthQuarterAndPlan() {
        List<NpsResponse> responses = SampleRows.DATA.npsResponses();
        SparkNps spark = SparkNps.of(nps, SurveyColumns.defaults().withSegment("plan"));
        assertEquals(Nps.score(responses), spark.total());
        assertEquals(Nps.monthlyTrend(responses), spark.monthlyTrend());
        assertEquals(Nps.quarterlyTrend(responses), spark.quarterlyTrend());
        assertEquals(Nps.bySegment(responses, CUSTOMERS, "plan"), spark.bySegment());
    }

    @Test
    void csatEqualsCoreOverallByMonthAndPlan() {
        List<CsatRating> ratings = SampleRows.DATA.csatRatings();
        CsatScale scale = CsatScale.DEFAULT;
        SparkCsat spark = SparkCsat.of(csat, SurveyColumns.defaults().withSegment("plan"), scale);
        assertEquals(scale.score(SampleRows.DATA.csatAnswers()), spark.total());
        SortedMap<ReportingPeriod, CsatScore> byMonth = new TreeMap<>();
        ratings.stream().collect(Collectors.groupingBy(r -> YearMonth.from(r.date()))).forEach((m, rs) -> byMonth.put(
                ReportingPeriod.month(m), scale.score(rs.stream().mapToInt(CsatRating::rating).toArray())));
        assertEquals(byMonth, spark.byMonth());
        CsatSegments segments = spark.bySegment();
        ratings.stream().collect(Collectors.groupingBy(r -> String.valueOf(plan(r.customer())))).forEach((p, rs) ->
                assertEquals(scale.score(rs.stream().mapToInt(CsatRating::rating).toArray()),
                        p.equals("null") ? segments.withoutAttribute() : segments.segments().get(p)));
        assertEquals(spark.total(), segments.total());
    }

    @Test
    void anAnswerOffTheScaleFailsNamingColumnValueAndCustomerOrIsRejected() {
        List<Row> rows = new ArrayList<>(List.of(RowFactory.create("a", 9, Date.valueOf("2024-01-05"), "pro"),
                RowFactory.create("b", 3, Date.valueOf("2024-03-05"), null)));
        rows.add(RowFactory.create("hooli", 11, Date.valueOf("2024-02-01"), "pro"));
        Dataset<Row> answers = spark.createDataFrame(rows, SCHEMA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkNps.of(answers, SurveyColumns.defaults()).total());
        assertTrue(e.getMessage().contains("'score'") && e.getMessage().contains("'11'")
                && e.getMessage().contains("'hooli'"), e.getMessage());
        SparkNps rejecting = SparkNps.of(answers, SurveyColumns.defaults()).withBadRows(BadRows.REJECT);
        assertEquals(Nps.score(9, 3), rejecting.total());
        List<Row> rejected = rejecting.rejectedRows().collectAsList();
        assertEquals(1, rejected.size());
        assertEquals("hooli", rejected.get(0).getString(0));
        assertEquals(Nps.monthlyTrend(List.of(NpsResponse.of("a", 9, java.time.LocalDate.of(2024, 1, 5)),
                NpsResponse.of("b", 3, java.time.LocalDate.of(2024, 3, 5)))), rejecting.monthlyTrend());
    }

    @Test
    void answersWithoutCustomerOrDateFail() {
        Dataset<Row> noCustomer = spark.createDataFrame(List.of(RowFactory.create(null, 9,
                Date.valueOf("2024-01-05"), null)), SCHEMA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkCsat.of(noCustomer, SurveyColumns.defaults(), CsatScale.DEFAULT).total());
        assertTrue(e.getMessage().contains("'customer'") && e.getMessage().contains("null"), e.getMessage());
        Dataset<Row> noDate = spark.createDataFrame(List.of(RowFactory.create("hooli", 4, null, null)), SCHEMA);
        e = assertThrows(IllegalArgumentException.class,
                () -> SparkCsat.of(noDate, SurveyColumns.defaults(), CsatScale.DEFAULT).byMonth());
        assertTrue(e.getMessage().contains("'date'") && e.getMessage().contains("'hooli'"), e.getMessage());
    }
}
