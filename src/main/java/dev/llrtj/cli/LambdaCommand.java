package dev.llrtj.cli;

import dev.llrtj.lambda.LambdaRuntime;
import java.util.Map;

/** The Lambda loop: what `llrt` does with no arguments inside Lambda (AWS_LAMBDA_RUNTIME_API and a handler set). */
public final class LambdaCommand implements Command {
    static boolean environmentPresent() {
        Map<String, String> env = System.getenv();
        return env.containsKey("AWS_LAMBDA_RUNTIME_API") && (env.containsKey("_HANDLER") || env.containsKey("LAMBDA_HANDLER"));
    }

    @Override
    public String summary() {
        return "run the Lambda Runtime API loop (the default with no arguments inside Lambda)";
    }

    @Override
    public String usage() {
        return """
                usage: llrt lambda   (or llrt with no arguments)
                Runs the Lambda Runtime API loop: AWS_LAMBDA_RUNTIME_API and _HANDLER (or LAMBDA_HANDLER) come from
                Lambda. Locally, use `llrt invoke <task-root>` or `llrt serve <task-root>`.
                """;
    }

    @Override
    public int run(String[] args) {
        if (!System.getenv().containsKey("AWS_LAMBDA_RUNTIME_API")) {
            System.err.println("llrt lambda: AWS_LAMBDA_RUNTIME_API is not set; use `llrt serve` or `llrt invoke` to run a handler locally");
            return 1;
        }
        return LambdaRuntime.run(System.getenv());
    }
}
