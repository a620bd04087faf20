package io.github.saasmetrics.examples.notebook;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.saasmetrics.jupyter.NotebookDisplay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An nbformat-4 notebook read with Jackson: its cells' sources, and its code cells' outputs, which
 * can be replaced and written back in Jupyter's layout (one-space indent, multi-line strings as
 * arrays of lines).
 */
final class Notebook {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root;

    private Notebook(ObjectNode root) {
        this.root = root;
    }

    static Notebook read(Path file) throws IOException {
        JsonNode node = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (!(node instanceof ObjectNode object) || object.path("nbformat").asInt() != 4) {
            throw new IllegalArgumentException(file + " is not an nbformat-4 notebook");
        }
        return new Notebook(object);
    }

    ObjectNode root() {
        return root;
    }

    List<ObjectNode> cells() {
        List<ObjectNode> cells = new ArrayList<>();
        root.withArray("cells").forEach(c -> cells.add((ObjectNode) c));
        return cells;
    }

    static boolean isCode(ObjectNode cell) {
        return "code".equals(cell.path("cell_type").asText());
    }

    /** The cell's source as one string (nbformat allows a string or an array of lines). */
    static String source(ObjectNode cell) {
        return text(cell.get("source"));
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isTextual()) {
            return node.asText();
        }
        StringBuilder sb = new StringBuilder();
        node.forEach(line -> sb.append(line.asText()));
        return sb.toString();
    }

    /** Splits text into Jupyter's array of lines, each keeping its line break. */
    static ArrayNode lines(String text) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            array.add(text.substring(start, end));
            start = end;
        }
        return array;
    }

    /**
     * The outputs the kernel records for a cell's result: its streams, and its value as text and,
     * for results and charts, as {@link NotebookDisplay} renders them.
     */
    static ArrayNode outputs(IJavaShell.CellResult result, int executionCount) {
        ArrayNode outputs = JsonNodeFactory.instance.arrayNode();
        if (!result.stdout().isEmpty()) {
            outputs.addObject().put("name", "stdout").put("output_type", "stream").set("text", lines(result.stdout()));
        }
        if (!result.stderr().isEmpty()) {
            outputs.addObject().put("name", "stderr").put("output_type", "stream").set("text", lines(result.stderr()));
        }
        if (result.hasValue()) {
            ObjectNode out = outputs.addObject();
            ObjectNode data = out.putObject("data");
            data.set("text/plain", lines(String.valueOf(result.value())));
            // As JJava shows a value with the saasmetrics extension installed: HTML tables, PNG charts.
            NotebookDisplay.render(result.value()).ifPresent(bundle -> bundle.forEach((mime, content) -> {
                if (mime.equals(NotebookDisplay.PNG)) {
                    data.put(mime, content);
                } else {
                    data.set(mime, lines(content));
                }
            }));
            out.put("execution_count", executionCount);
            out.putObject("metadata");
            out.put("output_type", "execute_result");
        }
        return outputs;
    }

    /**
     * The saved outputs as readable text, code cell by code cell (numbered by their place among all
     * cells): stream text as it is, each value's MIME types labelled, images by their size and digest.
     */
    String outputsText() {
        StringBuilder text = new StringBuilder();
        List<ObjectNode> all = cells();
        for (int i = 0; i < all.size(); i++) {
            ObjectNode cell = all.get(i);
            if (!isCode(cell)) {
                continue;
            }
            text.append("### cell ").append(i).append('\n');
            for (JsonNode output : cell.withArray("outputs")) {
                if (output.has("text")) {
                    text.append(text(output.get("text"))).append('\n');
                    continue;
                }
                output.path("data").properties().forEach(entry -> {
                    if (entry.getKey().startsWith("image/")) {
                        text.append('[').append(entry.getKey()).append("] ").append(image(entry.getValue().asText()))
                                .append('\n');
                    } else {
                        text.append('[').append(entry.getKey()).append("]\n").append(text(entry.getValue())).append('\n');
                    }
                });
            }
        }
        return text.toString();
    }

    private static String image(String base64) {
        byte[] bytes = java.util.Base64.getDecoder().decode(base64.replace("\n", ""));
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes)).substring(0, 16);
            return image.getWidth() + "×" + image.getHeight() + " px, " + bytes.length + " bytes, sha-256 " + digest;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("not a readable image", e);
        }
    }

    void write(Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        String json = MAPPER.writer(printer).writeValueAsString(root);
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }
}
