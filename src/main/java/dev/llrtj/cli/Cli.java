package dev.llrtj.cli;

import dev.llrtj.host.LlrtVersion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Dispatches `llrt <subcommand> ...`; one class per subcommand, created only when it is the one asked for. */
public final class Cli {
    private static final Map<String, Supplier<Command>> COMMANDS = new LinkedHashMap<>();

    static {
        // name -> command; keep in the order `llrt --help` should list them
        COMMANDS.put("run", RunCommand::new);
        COMMANDS.put("test", TestCommand::new);
        COMMANDS.put("lambda", LambdaCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("invoke", InvokeCommand::new);
        COMMANDS.put("bundle", BundleCommand::new);
        COMMANDS.put("generate-event", GenerateEventCommand::new);
    }

    private Cli() {}

    public static Map<String, Supplier<Command>> commands() {
        return COMMANDS;
    }

    public static int run(String[] args) throws Exception {
        if (args.length == 0) {
            if (LambdaCommand.environmentPresent()) {
                return new LambdaCommand().run(args);
            }
            if (ImageEmulator.applies(System.getenv())) {
                return ImageEmulator.run(System.getenv());
            }
            System.err.print(usage());
            return 1;
        }
        String first = args[0];
        switch (first) {
            case "-h", "--help", "help" -> {
                System.out.print(usage());
                return 0;
            }
            case "-v", "--version" -> {
                System.out.println("llrt " + version());
                return 0;
            }
            case "-e", "--eval", "-p", "--print" -> {
                return new RunCommand().run(args);
            }
            default -> {
                Supplier<Command> command = COMMANDS.get(first);
                if (command != null) {
                    Command c = command.get();
                    String[] rest = Arrays.copyOfRange(args, 1, args.length);
                    if (rest.length > 0 && (rest[0].equals("--help") || rest[0].equals("-h")) && c.usage() != null) {
                        System.out.print(c.usage());
                        return 0;
                    }
                    return c.run(rest);
                }
                String unknown = UnknownCommand.message(first, COMMANDS.keySet());
                if (unknown != null) {
                    System.err.println(unknown);
                    return 2;
                }
                return new RunCommand().run(args); // `llrt file.js [args]`
            }
        }
    }

    static String version() {
        return LlrtVersion.VERSION;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("""
                Usage: llrt <file.js|.mjs|.cjs|.ts> [args...]   run a script
                       llrt -e <code> | -p <code>              evaluate (and print) code
                       llrt <command> [options]
                       llrt                                    run the Lambda loop (AWS_LAMBDA_RUNTIME_API and _HANDLER set);
                                                               without AWS_LAMBDA_RUNTIME_API but with LAMBDA_TASK_ROOT
                                                               (a container image), serve it on port 8080

                Commands:
                """);
        for (Map.Entry<String, Supplier<Command>> e : COMMANDS.entrySet()) {
            sb.append(String.format("  %-8s %s%n", e.getKey(), e.getValue().get().summary()));
        }
        return sb.toString();
    }
}
