package dev.llrtj.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * `llrt generate-event <source> <type> [--option value]...`: a sample event of a common Lambda trigger on stdout, as
 * `sam local generate-event` prints one, to pipe into `llrt invoke <fn> --event -`. The events are JSON files in
 * resources ({@link EventTemplates}: listed with their options and defaults in index.json); values that follow from others
 * (time stamps, ids, the body's MD5 and length, the logs subscription's base64 of gzip) are computed here.
 */
public final class GenerateEventCommand implements Command {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String usage() {
        return "usage: llrt generate-event <source> <type> [--<option> <value>]...\n"
                + "  prints a sample event of a Lambda trigger, e.g.\n"
                + "  llrt generate-event s3 put --bucket photos --key 2026/cat.jpg | llrt invoke dist --event -\n"
                + "  llrt generate-event            lists the sources; llrt generate-event <source> lists its types;\n"
                + "  llrt generate-event <source> <type> --help lists the type's options and their defaults\n";
    }

    @Override
    public String summary() {
        return "print a sample event of a Lambda trigger (S3, SQS, SNS, API Gateway, DynamoDB, Kinesis, schedules, logs)";
    }

    @Override
    public int run(String[] args) throws Exception {
        JsonNode index = JSON.readTree(EventTemplates.text("index.json"));
        if (args.length == 0) {
            System.out.print(usage() + "sources:\n");
            index.fieldNames().forEachRemaining(source -> System.out.println("  " + source));
            return 0;
        }
        JsonNode types = index.get(args[0]);
        if (types == null) {
            System.err.println("llrt generate-event: unknown source " + args[0] + "; sources: " + names(index));
            return 2;
        }
        if (args.length == 1) {
            types.fields().forEachRemaining(t -> System.out.printf("  %-18s %s%n", t.getKey(), t.getValue().get("about").asText()));
            return 0;
        }
        JsonNode type = types.get(args[1]);
        if (type == null) {
            System.err.println("llrt generate-event: " + args[0] + " has no type " + args[1] + "; types: " + names(types));
            return 2;
        }
        Map<String, String> options = new LinkedHashMap<>();
        type.get("options").fields().forEachRemaining(o -> options.put(o.getKey(), o.getValue().asText()));
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(type.get("about").asText() + "; options (default):");
                options.forEach((name, value) -> System.out.printf("  --%-12s %s%n", name, value));
                return 0;
            }
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !options.containsKey(name) || i + 1 >= args.length) {
                String problem = name == null || !options.containsKey(name) ? "unknown option " + args[i]
                        : args[i] + " needs a value";
                System.err.println("llrt generate-event: " + problem + "; options of " + args[0] + " " + args[1]
                        + ": --" + String.join(", --", options.keySet()));
                return 2;
            }
            options.put(name, args[++i]);
        }
        if (options.containsKey("size") && !options.get("size").matches("[0-9]{1,15}")) {
            System.err.println("llrt generate-event: --size wants a whole number of bytes, got " + options.get("size"));
            return 2;
        }
        String event = fill(EventTemplates.text(type.get("file").asText()), withDerived(options, Instant.now()));
        try {
            JSON.readTree(event); // every placeholder is escaped: a failure here is a bug in a template
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("generate-event: the " + args[0] + " " + args[1] + " template made bad JSON", e);
        }
        System.out.print(event);
        System.out.flush();
        return 0;
    }

    /** The options plus what follows from them and from the time; one request id / message id per event. */
    static Map<String, String> withDerived(Map<String, String> options, Instant now) {
        Map<String, String> v = new LinkedHashMap<>(options);
        Instant millis = now.truncatedTo(ChronoUnit.MILLIS);
        v.put("uuid", UUID.randomUUID().toString());
        v.put("requestId", UUID.randomUUID().toString());
        v.put("isoTime", DateTimeFormatter.ISO_INSTANT.format(millis));
        v.put("isoTimeSeconds", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
        v.put("clfTime", DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(now));
        v.put("epochMs", Long.toString(millis.toEpochMilli()));
        v.put("epochS", Long.toString(now.getEpochSecond()));
        v.put("epochSFraction", String.format(Locale.ROOT, "%d.%03d", now.getEpochSecond(), millis.getNano() / 1_000_000));
        String body = options.getOrDefault("body", "");
        v.put("bodyLength", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
        v.put("bodyMd5", md5Hex(body));
        v.put("proxyPath", options.getOrDefault("path", "").replaceFirst("^/", ""));
        // S3 notifications carry the key form-encoded, '/' kept (a space is '+')
        v.put("urlEncodedKey", URLEncoder.encode(options.getOrDefault("key", ""), StandardCharsets.UTF_8).replace("%2F", "/"));
        v.put("etag", md5Hex(options.getOrDefault("key", "")));
        v.put("dataBase64", Base64.getEncoder().encodeToString(options.getOrDefault("data", "").getBytes(StandardCharsets.UTF_8)));
        if (options.containsKey("group")) {
            v.put("logsData", logsData(options, millis.toEpochMilli()));
        }
        return v;
    }

    /** A CloudWatch Logs subscription's payload: the message document, gzipped, in base64, as Lambda receives it. */
    private static String logsData(Map<String, String> options, long epochMs) {
        Map<String, Object> logEvent = new LinkedHashMap<>();
        logEvent.put("id", Long.toString(epochMs) + "0000000000000000000000000000000000000");
        logEvent.put("timestamp", epochMs);
        logEvent.put("message", options.get("message"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("messageType", "DATA_MESSAGE");
        document.put("owner", options.get("account"));
        document.put("logGroup", options.get("group"));
        document.put("logStream", options.get("stream"));
        document.put("subscriptionFilters", new String[] {"example-filter"});
        document.put("logEvents", new Object[] {logEvent});
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(JSON.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(gz.toByteArray());
    }

    /** Replaces each ${name} by its value, escaped as JSON string content (numbers and ids need no escaping). */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("generate-event: no value for ${" + m.group(1) + "}");
            }
            String escaped;
            try {
                String quoted = JSON.writeValueAsString(value);
                escaped = quoted.substring(1, quoted.length() - 1);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(escaped));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String names(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(sb.isEmpty() ? "" : ", ").append(n));
        return sb.toString();
    }
}
