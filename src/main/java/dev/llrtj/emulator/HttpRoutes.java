package dev.llrtj.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `serve --http --route 'GET /items/{id}'`: an HTTP API's routes, so the event carries the routeKey and the
 * pathParameters API Gateway fills in ({proxy+} takes the rest of the path, slashes included). Without routes every
 * request is the $default route, as before. As API Gateway selects, an exact path beats a path with variables, which
 * beats a greedy one, and a route for the method beats ANY; a request no route takes is API Gateway's 404.
 */
final class HttpRoutes {
    /** The route a request took: its key ("GET /items/{id}", or "$default") and its path parameters. */
    record Match(String routeKey, Map<String, String> pathParameters) {
        static final Match DEFAULT = new Match("$default", Map.of());
    }

    private record Route(String key, String method, List<String> segments, int rank) {}

    private final List<Route> routes = new ArrayList<>();

    HttpRoutes(List<String> templates) {
        for (String template : templates) {
            String t = template.trim();
            int space = t.indexOf(' ');
            String method = space < 0 ? "ANY" : t.substring(0, space).toUpperCase(Locale.ROOT);
            String path = space < 0 ? t : t.substring(space + 1).trim();
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("--route wants [METHOD] /path, got " + template);
            }
            List<String> segments = segments(path);
            boolean greedy = !segments.isEmpty() && segments.getLast().endsWith("+}");
            boolean variables = segments.stream().anyMatch(s -> s.startsWith("{"));
            int rank = (greedy ? 4 : variables ? 2 : 0) + (method.equals("ANY") ? 1 : 0);
            routes.add(new Route(method + " " + path, method, segments, rank));
        }
        routes.sort(Comparator.comparingInt(Route::rank)); // stable: declaration order within a rank
    }

    boolean isEmpty() {
        return routes.isEmpty();
    }

    /** The route {@code method} {@code rawPath} takes; DEFAULT without routes; null when none takes it (404). */
    Match match(String method, String rawPath) {
        if (routes.isEmpty()) {
            return Match.DEFAULT;
        }
        List<String> path = segments(rawPath);
        for (Route route : routes) {
            if (!route.method().equals("ANY") && !route.method().equalsIgnoreCase(method)) {
                continue;
            }
            Map<String, String> parameters = bind(route.segments(), path);
            if (parameters != null) {
                return new Match(route.key(), parameters);
            }
        }
        return null;
    }

    private static Map<String, String> bind(List<String> template, List<String> path) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{") && t.endsWith("+}")) {
                if (i >= path.size()) {
                    return null; // a greedy variable takes at least one segment
                }
                parameters.put(t.substring(1, t.length() - 2), decode(String.join("/", path.subList(i, path.size()))));
                return parameters;
            }
            if (i >= path.size()) {
                return null;
            }
            if (t.startsWith("{") && t.endsWith("}")) {
                parameters.put(t.substring(1, t.length() - 1), decode(path.get(i)));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return template.size() == path.size() ? parameters : null;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
