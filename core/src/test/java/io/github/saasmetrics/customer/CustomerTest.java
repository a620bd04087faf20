package io.github.saasmetrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerTest {

    @Test
    void idsAreNonBlank() {
        assertEquals("customer id must not be blank but was '  '",
                assertThrows(IllegalArgumentException.class, () -> CustomerId.of("  ")).getMessage());
        assertThrows(NullPointerException.class, () -> CustomerId.of(null));
        assertEquals("\"cus_1\"", JsonRoundTrip.assertRoundTrips(CustomerId.of("cus_1"), CustomerId.class));
    }

    @Test
    void attributesAreCopiedAndValidated() {
        Map<String, String> attrs = new HashMap<>(Map.of("plan", "pro"));
        Customer c = new Customer(CustomerId.of("c1"), LocalDate.of(2024, 1, 5), attrs);
        attrs.put("region", "EU");
        assertEquals(Map.of("plan", "pro"), c.attributes());
        assertEquals(Optional.of("pro"), c.attribute("plan"));
        assertEquals(Optional.empty(), c.attribute("region"));
        assertEquals(Optional.of("EU"), c.withAttribute("region", "EU").attribute("region"));
        assertThrows(UnsupportedOperationException.class, () -> c.attributes().put("x", "y"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Customer.of("c2").withAttribute("plan", " "));
        assertEquals("attribute 'plan' of customer c2 must not be blank but was ' '", e.getMessage());
    }

    @Test
    void jsonRoundTrips() {
        Customer c = Customer.of("c1").withFirstPaidDate(LocalDate.of(2024, 1, 5)).withAttribute("plan", "pro");
        String json = JsonRoundTrip.assertRoundTrips(c, Customer.class);
        assertEquals("{\"id\":\"c1\",\"firstPaidDate\":\"2024-01-05\",\"attributes\":{\"plan\":\"pro\"}}", json);
        JsonRoundTrip.assertRoundTrips(Customer.of("c2"), Customer.class);
    }
}
