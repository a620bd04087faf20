package io.github.saasmetrics.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random text and damaged requests into the JSON service: every answer is either a response or an
 * error of the documented shape, {@code {"error": {"path": …, "message": …}}}, whose path is a JSON
 * Pointer into the request and whose message is not empty. The service never throws.
 */
class HostileRequestProperties {

    private static final MetricsService SERVICE = new MetricsService();
    private static final ObjectMapper MAPPER = SERVICE.mapper();
    private static final ObjectMapper READER = new ObjectMapper();
    private static final JsonNode BUNDLED = bundled();

    private static JsonNode bundled() {
        try (InputStream in = HostileRequestProperties.class.getResourceAsStream("/service/request.json")) {
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer's error as {path, message}, or null for a response. */
    static List<String> answer(String request) throws JsonProcessingException {
        // Read without the service's limits: an answer quotes up to 1,000 characters.
        JsonNode answer = READER.readTree(SERVICE.handle(request));
        if (!answer.has("error")) {
            assertTrue(answer.has("period") && answer.has("months") && answer.has("total"), answer::toString);
            return null;
        }
        assertEquals(1, answer.size(), answer::toString);
        JsonNode error = answer.get("error");
        assertEquals(2, error.size(), answer::toString);
        String path = error.path("path").textValue();
        String message = error.path("message").textValue();
        assertTrue(path != null && (path.isEmpty() || path.startsWith("/")), answer::toString);
        assertTrue(message != null && !message.isBlank(), answer::toString);
        // A caller's value is quoted, never echoed: the message stays short whatever the request holds.
        assertTrue(message.length() <= MetricsService.MAX_MESSAGE + 30, () -> message.length() + ": " + path);
        return List.of(path, message);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("{}[]\":,0123456789.-eEtruefalsn ").ofMaxLength(60),
                Arbitraries.of("null", "{}", "[]", "\"\"", "0", "{\"currency\":null}", "{\"rows\":[null]}",
                        "{\"currency\": \"USD\", \"from\": \"2024-01\", \"to\": \"2024-01\", \"rows\": [{}]}"));
    }

    @Property(tries = 300)
    void randomTextIsAnsweredNeverThrown(@ForAll("text") String request) throws JsonProcessingException {
        answer(request);
    }

    @Property(tries = 300)
    void aDamagedRequestIsAnsweredWithThePathOfTheDamage(@ForAll long seed) throws JsonProcessingException {
        SplittableRandom random = new SplittableRandom(seed);
        JsonNode request = BUNDLED.deepCopy();
        List<String> paths = new ArrayList<>();
        collect(request, "", paths);
        String target = paths.get(random.nextInt(paths.size()));
        replace(request, target, junk(random));
        List<String> error = answer(MAPPER.writeValueAsString(request));
        if (error != null) {
            String path = error.get(0);
            // The path points into the request, or at a required field that the damage removed.
            assertTrue(!request.at(path).isMissingNode() || error.get(1).equals("is required"),
                    () -> "damaged " + target + ": " + error);
            assertFalse(error.get(1).endsWith("(at )"), error::toString);
        }
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                collect(f.getValue(), path + "/" + f.getKey(), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value == null ? JsonNodeFactory.instance.nullNode() : value);
        }
    }

    /** A value to put in place of another; null removes an object's field. */
    private static JsonNode junk(SplittableRandom random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String[] texts = {"", " ", "x", "USD", "XXX", "USD 1e30", "USD -1.00", "EUR 1.005", "2024-13", "2024-02-30",
            "P0M", "P1X", "9999-12", "+999999999-12", "-1", "NaN", "1e400", "chartMogul", "REPEATING", "\u0000",
            "-9000000-01", "-999999999-01-01", "+999999999-12-31", "x".repeat(999), " ".repeat(999), "USD 1e999999999"};
        return switch (random.nextInt(11)) {
            case 9 -> f.numberNode(random.nextInt(-5, 15) + 0.5);
            case 10 -> f.numberNode(new BigDecimal("1e" + random.nextInt(-999_999_999, 999_999_999)));
            case 0 -> null;
            case 1 -> f.nullNode();
            case 2 -> f.textNode(texts[random.nextInt(texts.length)]);
            case 3 -> f.numberNode(random.nextLong());
            case 4 -> f.numberNode(new BigDecimal("1e" + random.nextInt(-400, 400)));
            case 5 -> f.booleanNode(random.nextBoolean());
            case 6 -> f.arrayNode().add(f.nullNode());
            case 7 -> f.objectNode();
            default -> f.numberNode(random.nextInt(-5, 15));
        };
    }
}
