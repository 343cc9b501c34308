import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One column cell of the benchmark: a runtime (llrt, llrt-jvm or node) running one workload's handler, started the way
 * Lambda starts a custom runtime: a fresh process, in the task root, with the Lambda environment.
 *
 * @param expect a piece of text the response must contain, so a runtime that answers wrongly is not timed
 */
record Subject(String runtime, Workload workload, List<String> command, Path taskRoot, String handler,
               Map<String, String> extraEnv, String event, String expect) {

    /** A row group of the table. */
    enum Workload {
        HELLO("(a) hello"),
        DYNAMO("(b) DynamoDB put+get"),
        S3("(c) S3 put+get");

        final String title;

        Workload(String title) {
            this.title = title;
        }
    }

    String label() {
        return runtime + " " + workload.name().toLowerCase();
    }
}
