package dev.llrtj.emulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A SAM template (template.yaml), read as {@code sam local invoke <LogicalId>} reads it, for {@code llrt invoke}
 * and {@code llrt serve} given a function's logical id: its code folder, handler, memory, timeout and environment,
 * with the template's Globals. CloudFormation's short forms ({@code !Ref x}, {@code !GetAtt a.b}, {@code !Sub s})
 * are read as their long forms; what the environment's intrinsics mean locally is {@link TemplateValues}'s.
 */
public final class SamTemplate {
    /** Where `sam` looks without --template, then this project's own name for it. */
    public static final List<String> DEFAULT_NAMES = List.of("template.yaml", "template.yml", "sam-template.yaml");

    private static final String FUNCTION = "AWS::Serverless::Function";

    private final Path file;
    private final Map<String, Object> resources;
    private final Map<String, Object> globals;
    private final TemplateValues values;

    private SamTemplate(Path file, Map<String, Object> root) {
        this.file = file;
        this.resources = map(root.get("Resources"));
        this.globals = map(map(root.get("Globals")).get("Function"));
        this.values = new TemplateValues(map(root.get("Parameters")), resources.keySet());
    }

    /** The first of {@link #DEFAULT_NAMES} in {@code dir}, or null. */
    public static Path find(Path dir) {
        for (String name : DEFAULT_NAMES) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public static SamTemplate read(Path file) {
        Object root;
        try (Reader in = Files.newBufferedReader(file)) {
            root = new Yaml(new CloudFormationConstructor()).load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the template " + file + ": " + e.getMessage());
        } catch (YAMLException e) {
            throw new IllegalArgumentException("the template " + file + " is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("the template " + file + " is not a YAML mapping");
        }
        return new SamTemplate(file, map(root));
    }

    /** Logical ids of the template's functions, in the template's order. */
    public List<String> functionIds() {
        List<String> ids = new ArrayList<>();
        resources.forEach((id, resource) -> {
            if (FUNCTION.equals(map(resource).get("Type"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * The function {@code logicalId} (null: the template's only function). Its code is {@code .aws-sam/build/<id>}
     * beside the template when {@code sam build} made it, else its {@code CodeUri}, relative to the template.
     */
    public TemplateFunction function(String logicalId) {
        List<String> ids = functionIds();
        if (logicalId == null) {
            if (ids.size() != 1) {
                throw new IllegalArgumentException(file + " has " + ids.size() + " functions" + listed(ids)
                        + ": name one");
            }
            logicalId = ids.getFirst();
        }
        Object resource = resources.get(logicalId);
        if (resource == null || !FUNCTION.equals(map(resource).get("Type"))) {
            String what = resource == null ? "has no resource " : "has no function " ;
            throw new IllegalArgumentException(file + " " + what + logicalId + listed(ids));
        }
        Map<String, Object> props = new LinkedHashMap<>(globals);
        props.putAll(map(map(resource).get("Properties")));
        if ("Image".equals(props.get("PackageType"))) {
            throw new IllegalArgumentException(logicalId + " is a container image function: build its image and run it"
                    + " (docker run -p 9000:8080 <image>, then POST to /2015-03-31/functions/function/invocations)");
        }
        List<String> notes = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> variables = new LinkedHashMap<>(map(map(globals.get("Environment")).get("Variables")));
        variables.putAll(map(map(map(map(resource).get("Properties")).get("Environment")).get("Variables")));
        variables.forEach((name, value) -> {
            String text = values.resolve(value);
            if (text == null) {
                notes.add("cannot resolve " + name + " (" + TemplateValues.describe(value) + ") locally: it is empty;"
                        + " give it with --env-vars or --env");
                text = "";
            }
            env.put(name, text);
        });
        return new TemplateFunction(logicalId, codeDir(logicalId, props), text(props.get("Handler")),
                number(props.get("Timeout"), "Timeout", logicalId), number(props.get("MemorySize"), "MemorySize", logicalId),
                env, notes);
    }

    private Path codeDir(String logicalId, Map<String, Object> props) {
        Path base = file.toAbsolutePath().getParent();
        Path built = base.resolve(".aws-sam").resolve("build").resolve(logicalId);
        if (Files.isDirectory(built)) {
            return built;
        }
        Object uri = props.get("CodeUri");
        if (uri == null) {
            String inline = props.containsKey("InlineCode") ? " (InlineCode is not run locally: put it in a file)" : "";
            throw new IllegalArgumentException(logicalId + " has no CodeUri" + inline);
        }
        if (!(uri instanceof String path) || path.startsWith("s3://")) {
            throw new IllegalArgumentException(logicalId + "'s CodeUri is in S3: llrt runs local code only");
        }
        Path dir = base.resolve(path).normalize();
        if (path.endsWith(".zip")) {
            throw new IllegalArgumentException(logicalId + "'s CodeUri is a zip (" + dir + "): unzip it and pass the folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(logicalId + "'s CodeUri is not a folder: " + dir);
        }
        return dir;
    }

    private static String listed(List<String> ids) {
        return ids.isEmpty() ? "" : " (functions: " + String.join(", ", ids) + ")";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Double number(Object value, String property, String logicalId) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(logicalId + "'s " + property + " is not a number here: "
                    + TemplateValues.describe(value));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** YAML's safe types, plus CloudFormation's `!Name` tags as the one-key maps of their long form. */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String name = node.getTag().getValue().substring(1);
                    String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
                    Object value = switch (node) {
                        case ScalarNode scalar -> constructScalar(scalar);
                        case SequenceNode sequence -> constructSequence(sequence);
                        case MappingNode mapping -> constructMapping(mapping);
                        default -> null;
                    };
                    if (name.equals("GetAtt") && value instanceof String dotted) {
                        value = List.of(dotted.split("\\.", 2)); // !GetAtt Res.Attr is Fn::GetAtt: [Res, Attr]
                    }
                    Map<String, Object> longForm = new LinkedHashMap<>();
                    longForm.put(key, value);
                    return longForm;
                }
            });
        }
    }
}
