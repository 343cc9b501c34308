package dev.llrtj.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template's environment values mean on this machine, as SAM CLI resolves them for a local invoke: plain
 * scalars as their text; {@code Ref} to a parameter as its Default, to a resource as its logical id, to a pseudo
 * parameter as a local stand-in; {@code Fn::Sub} and {@code Fn::Join} over those. Anything else (GetAtt, If,
 * ImportValue...) has no local value: null, and the caller says so.
 */
final class TemplateValues {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");

    private final Map<String, Object> parameters;
    private final Set<String> resources;

    TemplateValues(Map<String, Object> parameters, Set<String> resources) {
        this.parameters = parameters;
        this.resources = resources;
    }

    /** The value's text here, or null when it has none locally. */
    String resolve(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Number n -> n instanceof Double d && d == Math.rint(d) && !d.isInfinite() ? Long.toString(d.longValue()) : n.toString();
            case Boolean b -> b.toString();
            case Map<?, ?> m when m.size() == 1 -> intrinsic(m.keySet().iterator().next().toString(), m.values().iterator().next());
            default -> null;
        };
    }

    private String intrinsic(String name, Object argument) {
        return switch (name) {
            case "Ref" -> argument instanceof String ref ? ref(ref, Map.of()) : null;
            case "Fn::Sub" -> sub(argument);
            case "Fn::Join" -> join(argument);
            default -> null;
        };
    }

    private String ref(String name, Map<String, Object> subVariables) {
        if (subVariables.containsKey(name)) {
            return resolve(subVariables.get(name));
        }
        if (parameters.get(name) instanceof Map<?, ?> parameter) {
            return resolve(parameter.get("Default"));
        }
        if (resources.contains(name)) {
            return name; // as SAM CLI: a resource's Ref is its logical id locally (a table's real name is not known)
        }
        return switch (name) {
            case "AWS::Region" -> region();
            case "AWS::AccountId" -> "123456789012";
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::StackName" -> "local";
            case "AWS::StackId" -> "arn:aws:cloudformation:" + region() + ":123456789012:stack/local/local";
            case "AWS::NoValue" -> null;
            default -> null;
        };
    }

    private static String region() {
        String region = System.getenv("AWS_REGION");
        if (region == null || region.isBlank()) {
            region = System.getenv("AWS_DEFAULT_REGION");
        }
        return region == null || region.isBlank() ? "us-east-1" : region;
    }

    private String sub(Object argument) {
        String template;
        Map<String, Object> variables = Map.of();
        if (argument instanceof String s) {
            template = s;
        } else if (argument instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String s) {
            template = s;
            variables = SamTemplate.map(list.get(1));
        } else {
            return null;
        }
        Matcher m = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (!m.group(1).isEmpty()) {
                replacement = "${" + m.group(2) + "}"; // ${!Literal} is written as ${Literal}
            } else {
                replacement = m.group(2).contains(".") ? null : ref(m.group(2), variables);
                if (replacement == null) {
                    return null;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String join(Object argument) {
        if (!(argument instanceof List<?> list) || list.size() != 2 || !(list.get(0) instanceof String delimiter)
                || !(list.get(1) instanceof List<?> items)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            String part = resolve(item);
            if (part == null) {
                return null;
            }
            parts.add(part);
        }
        return String.join(delimiter, parts);
    }

    /** A short description of a value for messages: its intrinsic's name, or its type. */
    static String describe(Object value) {
        if (value instanceof Map<?, ?> m && m.size() == 1) {
            return m.keySet().iterator().next().toString();
        }
        return value == null ? "null" : value instanceof List<?> ? "a list" : value.toString();
    }
}
