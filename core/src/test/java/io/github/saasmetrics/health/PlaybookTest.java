package io.github.saasmetrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.health.PlaybookTrigger.Comparison;
import io.github.saasmetrics.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PlaybookTest {

    static final Playbook PLAYBOOK = Playbook.defaults();

    private static List<String> alerts(HealthAssessment a) {
        return PLAYBOOK.actionsFor(a).stream().map(PlaybookAction::alertType).toList();
    }

    @Test
    void theHandbookCustomerGetsItsActionsInPlaybookOrder() {
        HealthAssessment a = HealthModel.defaults().assess(HealthModelTest.EXAMPLE);
        assertEquals(List.of("Health review", "Detractor follow-up", "Low usage", "Gone quiet"), alerts(a));
        assertEquals(List.of("band AT_RISK", "NPS <= 6", "USAGE_FREQUENCY < 0.25", "DAYS_SINCE_ENGAGEMENT >= 30"),
                PLAYBOOK.rulesFor(a).stream().map(r -> r.trigger().toString()).toList());
    }

    @Test
    void everyDefaultTriggerCanFire() {
        HealthAssessment worst = HealthModel.defaults().assess(HealthSignalsTest.FULL.withActiveDays(1, 30).withOpenTickets(4));
        assertEquals(HealthBand.CRITICAL, worst.band());
        assertEquals(List.of("Churn risk", "Champion left", "Detractor follow-up", "Contraction", "Low usage",
                "Gone quiet", "Support backlog", "Plan limit reached"), alerts(worst));
        HealthSignals fine = HealthSignals.of("cus_ok").withActiveDays(20, 30).withFeatureBreadth(6, 10).withNps(9)
                .withChampionChanged(false).withDaysSinceEngagement(3).withOpenTickets(0);
        assertEquals(List.of(), alerts(HealthModel.defaults().assess(fine)));
    }

    @Test
    void aMissingSignalNeverFires() {
        PlaybookTrigger detractor = PlaybookTrigger.when(HealthSignal.NPS, Comparison.AT_MOST, 6);
        HealthAssessment noNps = HealthModel.defaults().assess(HealthModelTest.EXAMPLE.without(HealthSignal.NPS));
        assertFalse(detractor.matches(noNps));
        // Nor a signal the model does not use.
        HealthModel withoutNps = HealthModel.defaults().without(HealthSignal.NPS);
        assertFalse(detractor.matches(withoutNps.assess(HealthModelTest.EXAMPLE)));
        assertTrue(detractor.matches(HealthModel.defaults().assess(HealthModelTest.EXAMPLE)));
    }

    @Test
    void comparisonsIncludeOrExcludeTheThreshold() {
        HealthAssessment a = HealthModel.defaults().assess(HealthSignals.of("c").withOpenTickets(3));
        assertTrue(PlaybookTrigger.parse("OPEN_TICKETS >= 3").matches(a));
        assertFalse(PlaybookTrigger.parse("OPEN_TICKETS > 3").matches(a));
        assertTrue(PlaybookTrigger.parse("OPEN_TICKETS <= 3").matches(a));
        assertFalse(PlaybookTrigger.parse("OPEN_TICKETS < 3").matches(a));
    }

    @Test
    void anActionReachedTwiceIsTakenOnceInItsFirstPlace() {
        PlaybookAction call = PlaybookAction.of("Call", "Call them.", "Called");
        PlaybookAction mail = PlaybookAction.of("Mail", "Write to them.", "Written");
        Playbook p = Playbook.empty()
                .with(PlaybookTrigger.when(HealthSignal.NPS, Comparison.AT_MOST, 6), call)
                .with(PlaybookTrigger.band(HealthBand.AT_RISK), mail)
                .with(PlaybookTrigger.when(HealthSignal.OPEN_TICKETS, Comparison.AT_LEAST, 1), call);
        assertEquals(List.of(call, mail), p.actionsFor(HealthModel.defaults().assess(HealthModelTest.EXAMPLE)));
        assertEquals(3, p.rulesFor(HealthModel.defaults().assess(HealthModelTest.EXAMPLE)).size());
    }

    @Test
    void triggersHaveATextForm() {
        for (String text : List.of("band CRITICAL", "band HEALTHY", "NPS <= 6", "CHAMPION_CHANGE >= 1",
                "USAGE_FREQUENCY < 0.25", "MRR_TREND <= -0.1", "OPEN_TICKETS > 5")) {
            assertEquals(text, PlaybookTrigger.parse(text).toString());
        }
        assertEquals(PlaybookTrigger.when(HealthSignal.NPS, Comparison.AT_MOST, 6), PlaybookTrigger.parse(" nps  <=  6.0 "));
        assertEquals(PlaybookTrigger.band(HealthBand.AT_RISK), PlaybookTrigger.parse("band at_risk"));
        assertEquals("trigger text must look like 'band CRITICAL' or 'NPS <= 6' but was 'NPS == 6': unknown form",
                assertThrows(IllegalArgumentException.class, () -> PlaybookTrigger.parse("NPS == 6")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlaybookTrigger.parse("band PURPLE"));
        assertThrows(IllegalArgumentException.class, () -> PlaybookTrigger.parse("HAPPINESS > 3"));
        assertThrows(IllegalArgumentException.class, () -> PlaybookTrigger.parse("NPS > x"));
        assertEquals("a trigger needs exactly one of band and signal but had band CRITICAL and signal NPS",
                assertThrows(IllegalArgumentException.class,
                        () -> new PlaybookTrigger(HealthBand.CRITICAL, HealthSignal.NPS, Comparison.ABOVE, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PlaybookTrigger(null, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new PlaybookTrigger(HealthBand.CRITICAL, null, null, 1));
        assertThrows(NullPointerException.class, () -> new PlaybookTrigger(null, HealthSignal.NPS, null, 1));
        assertThrows(IllegalArgumentException.class,
                () -> PlaybookTrigger.when(HealthSignal.NPS, Comparison.ABOVE, Double.POSITIVE_INFINITY));
    }

    @Test
    void actionsNeedWordsAndAResolution() {
        assertEquals("alertType must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> PlaybookAction.of(" ", "plan", "done")).getMessage());
        assertEquals("action 'Call' needs at least one resolution reason",
                assertThrows(IllegalArgumentException.class, () -> PlaybookAction.of("Call", "plan")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlaybookAction.of("Call", "plan", ""));
        assertThrows(NullPointerException.class, () -> PlaybookAction.of("Call", null, "done"));
    }

    @Test
    void playbooksPrintAndRoundTripThroughJson() {
        assertTrue(PLAYBOOK.toString().startsWith("trigger                      alert type           action plan\n"
                + "band CRITICAL                Churn risk           Executive sponsor call"), PLAYBOOK.toString());
        assertTrue(PLAYBOOK.toMarkdown().contains("| NPS <= 6 | Detractor follow-up | Call the respondent within 5 business"
                + " days to close the loop, record the root cause and agree a fix or a workaround. | Root cause fixed;"
                + " Workaround accepted; Respondent contacted, no action possible |"), PLAYBOOK.toMarkdown());
        String json = JsonRoundTrip.assertRoundTrips(PLAYBOOK, Playbook.class);
        assertTrue(json.contains("{\"trigger\":\"NPS <= 6\",\"action\":{\"alertType\":\"Detractor follow-up\""), json);
        JsonRoundTrip.assertRoundTrips(PlaybookTrigger.parse("band CRITICAL"), PlaybookTrigger.class);
        JsonRoundTrip.assertRoundTrips(PLAYBOOK.rules().get(3), PlaybookRule.class);
        assertEquals("NPS <= 6 -> Detractor follow-up", PLAYBOOK.rules().get(3).toString());
    }

    @Property
    void actionsComeInPlaybookOrderWhateverTheCustomer(@ForAll Random random) {
        HealthAssessment a = HealthModel.defaults().assess(RandomSignals.nonEmpty("cus_r", random)
                .withMrrTrend(Money.parse("USD 100.00"), Money.ofMinor("USD", random.nextInt(20_000))));
        List<PlaybookAction> actions = PLAYBOOK.actionsFor(a);
        List<PlaybookAction> all = PLAYBOOK.rules().stream().map(PlaybookRule::action).toList();
        List<Integer> positions = new ArrayList<>();
        actions.forEach(action -> positions.add(all.indexOf(action)));
        List<Integer> sorted = new ArrayList<>(positions);
        Collections.sort(sorted);
        assertEquals(sorted, positions);
        // Exactly one band action for a customer who is not healthy, none for a healthy one.
        long bandActions = actions.stream().filter(x -> x.alertType().equals("Churn risk")
                || x.alertType().equals("Health review")).count();
        assertEquals(a.band() == HealthBand.HEALTHY ? 0 : 1, bandActions);
    }
}
