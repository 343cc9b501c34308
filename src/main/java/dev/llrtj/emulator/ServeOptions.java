package dev.llrtj.emulator;

import java.util.List;

/**
 * How a local Lambda takes work. {@code concurrency}: how many runtime processes (sandboxes) may run at once,
 * each with its own Runtime API endpoint; invocations beyond that wait in a queue, as Lambda throttles at its
 * concurrency limit. {@code http}: the front port is an HTTP API (API Gateway payload 2.0 / function URL) instead
 * of Lambda's invoke endpoint, its events in {@code payloadFormat} 2.0 or 1.0 (REST APIs). {@code host}: the address the front port binds (127.0.0.1 unless asked; 0.0.0.0 in a
 * container, where the port is published from outside).
 */
public record ServeOptions(int concurrency, boolean http, String host, List<String> routes, String payloadFormat) {
    /** API Gateway's payload format versions: 2.0 (HTTP APIs, function URLs) and 1.0 (REST APIs). */
    public static final List<String> PAYLOAD_FORMATS = List.of("2.0", "1.0");

    public static final String LOOPBACK = "127.0.0.1";
    public static final ServeOptions DEFAULT = new ServeOptions(1, false);
    /** More runtime JVMs than this would only fight over the machine's memory. */
    public static final int MAX_CONCURRENCY = 64;

    public ServeOptions {
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("--concurrency must be between 1 and " + MAX_CONCURRENCY);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host wants an address");
        }
        routes = List.copyOf(routes);
        new HttpRoutes(routes); // refuses a malformed route here, before anything listens
        if (!PAYLOAD_FORMATS.contains(payloadFormat)) {
            throw new IllegalArgumentException("--payload-format is 2.0 (HTTP API, the default) or 1.0 (REST API), not "
                    + payloadFormat);
        }
    }

    public ServeOptions(int concurrency, boolean http, String host, List<String> routes) {
        this(concurrency, http, host, routes, "2.0");
    }

    public ServeOptions(int concurrency, boolean http) {
        this(concurrency, http, LOOPBACK, List.of());
    }

    public ServeOptions(int concurrency, boolean http, String host) {
        this(concurrency, http, host, List.of());
    }
}
