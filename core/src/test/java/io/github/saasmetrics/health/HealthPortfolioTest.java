package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HealthPortfolioTest {

    /** A model on NPS alone, so that a score is easy to choose: score = 10 × NPS. */
    static final HealthModel NPS_ONLY = HealthModel.of(HealthSignal.NPS, 1, ScoringCurve.linear(0, 10));

    static HealthAssessment scored(String customer, int nps) {
        return NPS_ONLY.assess(HealthSignals.of(customer).withNps(nps));
    }

    static Money usd(String amount) {
        return Money.parse("USD " + amount);
    }

    static final List<HealthAssessment> ASSESSMENTS = List.of(scored("a", 8), scored("b", 5), scored("c", 3));
    static final Map<CustomerId, Money> MRR = Map.of(CustomerId.of("a"), usd("1000.00"), CustomerId.of("b"),
            usd("600.00"), CustomerId.of("c"), usd("900.00"), CustomerId.of("d"), usd("500.00"));

    @Test
    void customersAndMrrByBand() {
        HealthPortfolio p = HealthPortfolio.of(ASSESSMENTS, MRR);
        assertEquals(List.of(new BandSummary(HealthBand.HEALTHY, 1, usd("1000.00")),
                new BandSummary(HealthBand.AT_RISK, 1, usd("600.00")),
                new BandSummary(HealthBand.CRITICAL, 1, usd("900.00"))), p.bands());
        assertEquals(List.of(CustomerId.of("d")), p.unassessed());
        assertEquals(usd("500.00"), p.unassessedMrr());
        assertEquals(usd("3000.00"), p.totalMrr());
        assertEquals(4, p.totalCustomers());
        assertEquals(Ratio.of(1, 4), p.customerShare(HealthBand.CRITICAL));
        assertEquals(Ratio.of(90000, 300000), p.mrrShare(HealthBand.CRITICAL));
        assertEquals("""
                band        customers  share           MRR  MRR share
                healthy             1  25.0%  USD 1,000.00      33.3%
                at risk             1  25.0%    USD 600.00      20.0%
                critical            1  25.0%    USD 900.00      30.0%
                unassessed          1  25.0%    USD 500.00      16.7%
                total               4         USD 3,000.00""", p.toString());
        assertEquals("""
                | band | customers | share | MRR | MRR share |
                |---|---:|---:|---:|---:|
                | healthy | 1 | 25.0% | USD 1,000.00 | 33.3% |
                | at risk | 1 | 25.0% | USD 600.00 | 20.0% |
                | critical | 1 | 25.0% | USD 900.00 | 30.0% |
                | unassessed | 1 | 25.0% | USD 500.00 | 16.7% |
                | total | 4 |  | USD 3,000.00 |  |""", p.toMarkdown());
    }

    @Test
    void topAtRiskIsByMrrThenScoreThenIdentifier() {
        HealthPortfolio p = HealthPortfolio.of(ASSESSMENTS, MRR);
        assertEquals(List.of("c", "b"), p.topAtRisk(5).stream().map(c -> c.customer().value()).toList());
        assertEquals("c USD 900.00 CRITICAL 30.0", p.topAtRisk(1).get(0).toString());
        assertEquals(List.of(), p.topAtRisk(0));
        List<HealthAssessment> ties = List.of(scored("x", 5), scored("y", 4), scored("z", 4), scored("w", 9));
        Map<CustomerId, Money> same = Map.of(CustomerId.of("x"), usd("100.00"), CustomerId.of("y"), usd("100.00"),
                CustomerId.of("z"), usd("100.00"), CustomerId.of("w"), usd("999.00"));
        assertEquals(List.of("y", "z", "x"),
                HealthPortfolio.of(ties, same).topAtRisk(10).stream().map(c -> c.customer().value()).toList());
        assertThrows(IllegalArgumentException.class, () -> p.topAtRisk(-1));
    }

    @Test
    void nothingIsDroppedSilently() {
        Map<CustomerId, Money> noC = new HashMap<>(MRR);
        noC.remove(CustomerId.of("c"));
        assertEquals("customer c has an assessment but no MRR; give MRR zero to a customer who pays nothing",
                assertThrows(IllegalArgumentException.class, () -> HealthPortfolio.of(ASSESSMENTS, noC)).getMessage());
        assertEquals("customer a is assessed twice", assertThrows(IllegalArgumentException.class,
                () -> HealthPortfolio.of(List.of(scored("a", 1), scored("a", 2)), MRR)).getMessage());
        assertEquals("mrr must not be empty: the portfolio takes its currency from it",
                assertThrows(IllegalArgumentException.class, () -> HealthPortfolio.of(List.of(), Map.of())).getMessage());
        Map<CustomerId, Money> euros = new HashMap<>(MRR);
        euros.put(CustomerId.of("e"), Money.parse("EUR 1.00"));
        assertThrows(CurrencyMismatchException.class, () -> HealthPortfolio.of(ASSESSMENTS, euros));
        Map<CustomerId, Money> negative = new HashMap<>(MRR);
        negative.put(CustomerId.of("d"), usd("-1.00"));
        assertEquals("mrr of customer d must not be negative but was USD -1.00",
                assertThrows(IllegalArgumentException.class, () -> HealthPortfolio.of(ASSESSMENTS, negative)).getMessage());
    }

    @Test
    void emptyBandsAndZeroMrrHaveUndefinedOrZeroShares() {
        HealthPortfolio p = HealthPortfolio.of(List.of(scored("a", 9)), Map.of(CustomerId.of("a"), usd("0.00")));
        assertEquals(Ratio.UNDEFINED, p.mrrShare(HealthBand.HEALTHY));
        assertEquals(Ratio.of(0, 1), p.customerShare(HealthBand.CRITICAL));
        assertEquals(new BandSummary(HealthBand.AT_RISK, 0, usd("0.00")), p.band(HealthBand.AT_RISK));
        assertEquals("""
                band        customers   share       MRR  MRR share
                healthy             1  100.0%  USD 0.00          —
                at risk             0    0.0%  USD 0.00          —
                critical            0    0.0%  USD 0.00          —
                unassessed          0    0.0%  USD 0.00          —
                total               1          USD 0.00""", p.toString());
    }

    @Test
    void portfoliosRoundTripThroughJson() {
        String json = JsonRoundTrip.assertRoundTrips(HealthPortfolio.of(ASSESSMENTS, MRR), HealthPortfolio.class);
        assertEquals(true, json.startsWith("{\"currency\":\"USD\",\"customers\":[{\"customer\":\"a\",\"score\":80.0,"
                + "\"band\":\"HEALTHY\",\"mrr\":\"USD 1000.00\"}"), json);
        JsonRoundTrip.assertRoundTrips(new BandSummary(HealthBand.CRITICAL, 2, usd("5.00")), BandSummary.class);
    }

    private static List<HealthAssessment> randomAssessments(Random random, int n) {
        List<HealthAssessment> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(scored("cus_" + i, random.nextInt(11)));
        }
        return list;
    }

    private static Map<CustomerId, Money> randomMrr(Random random, int n) {
        Map<CustomerId, Money> mrr = new HashMap<>();
        for (int i = 0; i < n; i++) {
            mrr.put(CustomerId.of("cus_" + i), Money.ofMinor("USD", random.nextInt(100_000)));
        }
        return mrr;
    }

    @Property
    void splittingByCustomerAndMergingGivesTheSamePortfolio(@ForAll Random random) {
        int n = 1 + random.nextInt(40);
        List<HealthAssessment> assessments = randomAssessments(random, n);
        Map<CustomerId, Money> mrr = randomMrr(random, n + random.nextInt(5));
        HealthPortfolio whole = HealthPortfolio.of(assessments, mrr);
        // Split by customer: each part has its customers' assessments and MRR.
        Map<CustomerId, Money> left = new HashMap<>();
        Map<CustomerId, Money> right = new HashMap<>();
        mrr.forEach((id, m) -> (id.value().hashCode() % 2 == 0 ? left : right).put(id, m));
        left.putIfAbsent(CustomerId.of("zz_left"), Money.ofMinor("USD", 0));
        right.putIfAbsent(CustomerId.of("zz_right"), Money.ofMinor("USD", 0));
        HealthPortfolio merged = HealthPortfolio.of(
                        assessments.stream().filter(a -> left.containsKey(a.customer())).toList(), left)
                .plus(HealthPortfolio.of(assessments.stream().filter(a -> right.containsKey(a.customer())).toList(), right));
        Map<CustomerId, Money> withPads = new HashMap<>(mrr);
        withPads.put(CustomerId.of("zz_left"), Money.ofMinor("USD", 0));
        withPads.put(CustomerId.of("zz_right"), Money.ofMinor("USD", 0));
        assertEquals(HealthPortfolio.of(assessments, withPads), merged);
        // Shares of the whole add up to one.
        long customers = whole.unassessed().size();
        Money total = whole.unassessedMrr();
        for (BandSummary b : whole.bands()) {
            customers += b.customers();
            total = total.plus(b.mrr());
        }
        assertEquals(whole.totalCustomers(), customers);
        assertEquals(whole.totalMrr(), total);
    }

    @Property
    void inputOrderDoesNotMatter(@ForAll Random random) {
        int n = 1 + random.nextInt(40);
        List<HealthAssessment> assessments = randomAssessments(random, n);
        Map<CustomerId, Money> mrr = randomMrr(random, n);
        List<HealthAssessment> shuffled = new ArrayList<>(assessments);
        Collections.shuffle(shuffled, random);
        assertEquals(HealthPortfolio.of(assessments, mrr), HealthPortfolio.of(shuffled, mrr));
        assertEquals(HealthPortfolio.of(assessments, mrr).topAtRisk(5), HealthPortfolio.of(shuffled, mrr).topAtRisk(5));
    }
}
