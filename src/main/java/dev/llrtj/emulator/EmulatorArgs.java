package dev.llrtj.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options shared by {@code llrt serve} and {@code llrt invoke}. {@code --name value} and
 * {@code --name=value} both work. The function is a task root (a folder), or a function of a SAM template named by
 * its logical id (as {@code sam local invoke} takes it): the template gives code folder, handler, memory, timeout and
 * environment, the command line wins over it. {@code notes} are what the user should be told before it runs.
 */
public record EmulatorArgs(EmulatorConfig config, String event, ServeOptions serve, List<String> notes) {
    public static final String OPTIONS_HELP = String.join("\n",
            "  <task-root> | <LogicalId>   the function: a folder, or a function of a SAM template (template.yaml,\n"
                    + "                              template.yml or sam-template.yaml here, or --template)",
            "  --template, -t <file>       the SAM template to take <LogicalId> from (code from .aws-sam/build/<LogicalId>\n"
                    + "                              after `sam build`, else CodeUri; Handler, MemorySize, Timeout, Environment, Globals)",
            "  --handler <file.export>     handler (default index.handler)",
            "  --port <n>                  port on 127.0.0.1 (serve: default 9000; invoke: ephemeral)",
            "  --timeout <seconds>         function timeout, enforced (default 3)",
            "  --memory <mb>               memory size: the runtime is sized as in Lambda, and a native runtime over it\n"
                    + "                              fails with Runtime.OutOfMemory (default 128)",
            "  --function-name <name>      AWS_LAMBDA_FUNCTION_NAME (default function)",
            "  --env KEY=VALUE             extra environment variable for the function (repeatable; wins over --env-vars)",
            "  --env-vars <file.json>      variables in SAM's format: {\"Parameters\": {...}, \"<function-name>\": {...}}",
            "  --runtime-command \"<cmd>\"   run this shell command as the runtime instead of llrt itself",
            "  --init-timeout <seconds>    how long init may take before the sandbox is killed (default 10)");

    /** Options of `llrt serve` only. */
    public static final String SERVE_OPTIONS_HELP = String.join("\n",
            "  --http                      serve an HTTP API: every request becomes an API Gateway payload 2.0 event",
            "  --concurrency <n>           up to n runtime processes at once, like Lambda scaling (default 1)",
            "  --host <address>            address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
            "  --route '[METHOD] /path'    with --http: an HTTP API route ('GET /items/{id}', '/files/{proxy+}'), giving the\n"
                    + "                              event its routeKey and pathParameters; others are 404 (repeatable)",
            "  --payload-format <1.0|2.0>  with --http: 1.0 for a REST API's events and responses (default 2.0, HTTP API)");

    private static final List<String> VALUED = List.of("--template", "--handler", "--port", "--timeout", "--memory",
            "--function-name", "--env", "--env-vars", "--runtime-command", "--event", "--init-timeout", "--concurrency", "--host", "--route",
            "--payload-format");
    private static final List<String> SERVE_ONLY = List.of("--http", "--concurrency", "--host", "--route", "--payload-format");

    /**
     * @param defaultPort port when --port is absent (0 = ephemeral)
     * @param acceptsEvent whether --event is an option of this command (invoke); if not, the serve options are
     */
    public static EmulatorArgs parse(String[] args, int defaultPort, boolean acceptsEvent) {
        String taskRoot = null;
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>();
        List<String> routes = new java.util.ArrayList<>();
        boolean http = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i].equals("-t") ? "--template" : args[i];
            if (acceptsEvent && SERVE_ONLY.contains(arg.split("=", 2)[0])) {
                throw new IllegalArgumentException("unknown option: " + arg.split("=", 2)[0]);
            }
            if (arg.equals("--http")) {
                http = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                if (taskRoot != null) {
                    throw new IllegalArgumentException("unexpected argument: " + arg);
                }
                taskRoot = arg;
                continue;
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            if (!VALUED.contains(name) || ("--event".equals(name) && !acceptsEvent)) {
                throw new IllegalArgumentException("unknown option: " + name);
            }
            if ("--route".equals(name)) {
                routes.add(value);
            } else if ("--env".equals(name)) {
                int sep = value.indexOf('=');
                if (sep <= 0) {
                    throw new IllegalArgumentException("--env wants KEY=VALUE, got " + value);
                }
                env.put(value.substring(0, sep), value.substring(sep + 1));
            } else {
                values.put(name, value);
            }
        }
        if (!routes.isEmpty() && !http) {
            throw new IllegalArgumentException("--route is for an HTTP API: add --http");
        }
        if (values.containsKey("--payload-format") && !http) {
            throw new IllegalArgumentException("--payload-format is for an HTTP API: add --http");
        }
        TemplateFunction function = templateFunction(taskRoot, values.get("--template"));
        Path root = function != null ? function.codeDir() : Path.of(taskRoot == null ? "." : taskRoot);
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("task root is not a directory: " + root + templateHint());
        }
        EmulatorConfig defaults = EmulatorConfig.defaults(root);
        String functionName = values.getOrDefault("--function-name",
                function != null ? function.logicalId() : defaults.functionName());
        Map<String, String> fromTemplate = new LinkedHashMap<>(function != null ? function.env() : Map.of());
        if (values.containsKey("--env-vars")) {
            fromTemplate.putAll(EnvVarsFile.read(Path.of(values.get("--env-vars")), functionName));
        }
        fromTemplate.putAll(env);
        env = fromTemplate;
        EmulatorConfig config = new EmulatorConfig(
                root,
                values.getOrDefault("--handler", function != null && function.handler() != null ? function.handler()
                        : defaults.handler()),
                intOption(values, "--port", defaultPort),
                doubleOption(values, "--timeout", function != null && function.timeoutSeconds() != null
                        ? function.timeoutSeconds() : defaults.timeoutSeconds()),
                intOption(values, "--memory", function != null && function.memoryMb() != null
                        ? function.memoryMb().intValue() : defaults.memoryMb()),
                functionName,
                values.get("--runtime-command"),
                env,
                doubleOption(values, "--init-timeout", defaults.initTimeoutSeconds()));
        ServeOptions serve = new ServeOptions(intOption(values, "--concurrency", 1), http,
                values.getOrDefault("--host", ServeOptions.LOOPBACK), routes, values.getOrDefault("--payload-format", "2.0"));
        return new EmulatorArgs(config, values.get("--event"), serve,
                function != null ? function.notes() : List.of());
    }

    /**
     * The template's function when {@code --template} is given, or when the argument is no folder but a logical id
     * (letters and digits) and a template is here; else null: the argument is a task root.
     */
    private static TemplateFunction templateFunction(String argument, String templateOption) {
        Path template;
        if (templateOption != null) {
            template = Path.of(templateOption);
        } else if (argument != null && argument.matches("[A-Za-z0-9]+") && !Files.exists(Path.of(argument))) {
            template = SamTemplate.find(Path.of(""));
            if (template == null) {
                return null;
            }
        } else {
            return null;
        }
        return SamTemplate.read(template).function(argument);
    }

    /** For a task root that is not there: the functions a template here has, since a logical id may have been meant. */
    private static String templateHint() {
        Path template = SamTemplate.find(Path.of(""));
        if (template == null) {
            return "";
        }
        try {
            List<String> ids = SamTemplate.read(template).functionIds();
            return ids.isEmpty() ? "" : " (" + template + " has the functions " + String.join(", ", ids) + ")";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** --help or -h anywhere: the emulator's options all take values, so neither can be one. */
    public static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    private static int intOption(Map<String, String> values, String name, int fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " wants a whole number, got " + v);
        }
    }

    private static double doubleOption(Map<String, String> values, String name, double fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " wants a number, got " + v);
        }
    }
}
