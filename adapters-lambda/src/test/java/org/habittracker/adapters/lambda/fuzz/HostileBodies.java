package org.habittracker.adapters.lambda.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile variants of a valid request body, drawn from a seeded {@link Random} so a failing case comes back on
 * every run: one value somewhere in the tree replaced by a hostile one (wrong type, null, huge number, deep
 * nesting, NUL, lone surrogate, far date, odd zone), a field removed or added, or the whole body replaced
 * (empty, an array, invalid UTF-8, nesting past any parser's patience). Public, and in adapters-lambda's test-jar,
 * because the same bodies go to the handler directly ({@code WriteEndpointsFuzzTest}) and through the local server.
 */
public final class HostileBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A body to send: its bytes, and what was done to the valid one (for the failure message). */
    public record Body(byte[] bytes, String description) {
        public static Body text(String text, String description) {
            return new Body(text.getBytes(StandardCharsets.UTF_8), description);
        }
    }

    private static final List<JsonNode> VALUES = List.of(
            NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0), NODES.numberNode(-1),
            NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(new java.math.BigDecimal("-1e-400")),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new java.math.BigInteger("9".repeat(60))),
            NODES.numberNode(3.5), NODES.textNode(""), NODES.textNode("   "), NODES.textNode("x".repeat(5000)),
            NODES.textNode("nul\u0000byte"), NODES.textNode("\ud800x"), NODES.textNode("x\udc00"),
            NODES.textNode("+999999999-01-01"), NODES.textNode("-999999999-01-01"), NODES.textNode("1999-12-31"),
            NODES.textNode("10000-01-01"), NODES.textNode("2026-02-30"), NODES.textNode("+1000000000-01-01T00:00:00Z"),
            NODES.textNode("-1000000000-01-01T00:00:00Z"), NODES.textNode("Etc/GMT+12"), NODES.textNode("+14:00"),
            NODES.textNode("Europe/../../etc/passwd"), NODES.textNode("SystemV/EST5"), NODES.textNode("GMT0"),
            NODES.textNode("EST"), NODES.textNode("#zzzzzz"), NODES.textNode("00000000-0000-0000-0000-000000000000"),
            NODES.textNode("1-1-1-1-1"), NODES.arrayNode(), NODES.arrayNode().add(1).add("a"), NODES.objectNode(),
            deep(200), NODES.textNode("DONE"), NODES.textNode("monday"), NODES.numberNode(Integer.MAX_VALUE + 1L));

    private static final List<Body> WHOLE_BODIES = List.of(
            Body.text("", "empty body"), Body.text("null", "null body"), Body.text("[]", "an array"),
            Body.text("[{}]", "an array of an object"), Body.text("\"text\"", "a string"), Body.text("42", "a number"),
            Body.text("{", "truncated"), Body.text("{}", "empty object"), Body.text("{\"a\":1,\"a\":2}", "duplicate key"),
            Body.text("[".repeat(100_000), "100 000 open brackets"), Body.text("{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
                    "5000 nested objects"),
            new Body(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                    "invalid UTF-8"),
            new Body(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'}, "a byte order mark of UTF-16"),
            Body.text("{\"name\":\"\\u0000\"}", "escaped NUL"), Body.text("{\"name\":\"\\ud800\"}", "escaped lone surrogate"));

    private final Random random;

    public HostileBodies(long seed) {
        this.random = new Random(seed);
    }

    /** The bodies that replace a valid one whole, each of them, for a suite that sends every one. */
    public static List<Body> wholeBodies() {
        return WHOLE_BODIES;
    }

    /** A hostile variant of {@code valid}. */
    public Body next(JsonNode valid) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return WHOLE_BODIES.get(random.nextInt(WHOLE_BODIES.size()));
        }
        JsonNode copy = valid.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(copy, "", slots);
        if (slots.isEmpty()) {
            return Body.text(copy.toString(), "as is");
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        String description;
        if (kind == 1 && slot.parent() instanceof ObjectNode object) {
            object.remove(slot.name());
            description = "without " + slot.path();
        } else if (kind == 2 && slot.parent() instanceof ObjectNode object) {
            object.set("unexpected" + random.nextInt(100), VALUES.get(random.nextInt(VALUES.size())));
            description = "an extra field next to " + slot.path();
        } else {
            JsonNode value = VALUES.get(random.nextInt(VALUES.size()));
            slot.set(value);
            description = slot.path() + " = " + abbreviate(value.toString());
        }
        return Body.text(copy.toString(), description);
    }

    /** A place in the tree that holds a value: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index, String path) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                slots.add(new Slot(object, field.getKey(), -1, at));
                collect(field.getValue(), at, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                slots.add(new Slot(array, null, i, at));
                collect(array.get(i), at, slots);
            }
        }
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
