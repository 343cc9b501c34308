import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Training run for the JDK AOT cache (JEP 483/514/515) of a packaged llrt-java: the runtime serves a few
 * invocations of a small handler through a Runtime API of our own, which then answers 500 so that the runtime
 * exits by itself (a killed JVM would write no cache). Run at packaging time as a single-file program:
 *   java AotTraining.java <launcher> <output.aot>
 * The launcher is the bootstrap itself (told by LLRT_AOT_CACHE_OUTPUT to record), so training and later runs use
 * the same JVM flags, which the JVM requires of a cache.
 */
public final class AotTraining {
    private static final int INVOCATIONS = 30;
    private static final String PREFIX = "/2018-06-01/runtime/invocation/";

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();

        Path task = Files.createTempDirectory("llrt-aot-task");
        // Plain ES5 CommonJS, which Rhino runs without lowering (no Node at packaging time). Besides the handler
        // loop it walks the Java side of an SDK call: with an embedded SDK (-Dllrt.sdk in LLRT_JAVA_OPTS, or the
        // tree's own llrt-java/sdk) it builds a DynamoDB client and sends GetItem to this server; without one, a
        // fetch and the SigV4 primitives (hash, hmac, bytes) only.
        Files.writeString(task.resolve("index.js"), """
                var path = require('path');
                var util = require('util');
                var crypto = require('crypto');
                var endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB;
                var ddb = null;
                try {
                  ddb = require('@aws-sdk/client-dynamodb');
                } catch (e) {
                  if (e.code !== 'MODULE_NOT_FOUND') throw e;
                }
                var client = ddb && new ddb.DynamoDBClient({ region: 'us-east-1',
                  credentials: { accessKeyId: 'training', secretAccessKey: 'training' } });
                function sdkCall(n) {
                  if (!client) {
                    var key = crypto.createHmac('sha256', 'k').update(Buffer.from('date-' + n)).digest();
                    var body = JSON.stringify({ n: n, sig: crypto.createHash('sha256').update(key).digest('hex') });
                    return fetch(endpoint + '/', { method: 'POST', body: new TextEncoder().encode(body),
                      headers: { 'content-type': 'application/json' } }).then(function (r) { return r.json(); });
                  }
                  return client.send(new ddb.GetItemCommand({ TableName: 'training', Key: { id: { S: 'k' + n } } }));
                }
                exports.handler = function (event, context) {
                  return sdkCall(event.n).then(function (answer) {
                    return new Promise(function (resolve) {
                      setTimeout(function () {
                        resolve({ statusCode: 200, body: JSON.stringify({ n: event.n, id: context.awsRequestId,
                          where: path.join('a', 'b'), text: util.format('%s-%d', 'x', event.n),
                          item: answer.Item || null }) });
                      }, 0);
                    });
                  });
                };
                """);

        AtomicInteger served = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            exchange.getRequestBody().readAllBytes();
            if (path.equals(PREFIX + "next")) {
                int n = served.getAndIncrement();
                if (n >= INVOCATIONS) {
                    send(exchange, 500, "{\"errorType\":\"Training.Done\",\"errorMessage\":\"exit\"}");
                    return;
                }
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", "training-" + n);
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + 30_000));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:us-east-1:000000000000:function:training");
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
                send(exchange, 200, "{\"n\":" + n + "}");
            } else if (path.equals("/")) {
                // the training handler's DynamoDB GetItem (or plain fetch): an item-less answer is a valid one
                exchange.getResponseHeaders().add("x-amzn-RequestId", "training");
                send(exchange, 200, "{}");
            } else if (path.startsWith(PREFIX) && path.endsWith("/response")) {
                answered.incrementAndGet();
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                System.err.println("aot training: unexpected " + exchange.getRequestMethod() + " " + path);
                send(exchange, 202, "{}");
            }
        });
        api.start();
        try {
            Path log = Path.of(output + ".log");
            ProcessBuilder pb = new ProcessBuilder(launcher.toString()).directory(task.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("LLRT_AOT_CACHE_OUTPUT", output.toString());
            pb.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.getAddress().getPort());
            pb.environment().put("_HANDLER", "index.handler");
            pb.environment().put("LAMBDA_TASK_ROOT", task.toString());
            pb.environment().put("AWS_LAMBDA_FUNCTION_NAME", "training");
            pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
            pb.environment().put("AWS_REGION", "us-east-1");
            pb.environment().put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + api.getAddress().getPort());
            // No connection warm-up: its TLS class preloading (Class.forName through the application class loader)
            // made the JVM check every jar's timestamp against the cache, so a copy of the tree with new file times
            // (an unzip that does not keep them) lost its cache. Warm-up or not, the measured cold starts were alike.
            pb.environment().put("LLRT_SDK_CONNECTION_WARMUP", "0");
            Process runtime = pb.start();
            if (!runtime.waitFor(300, TimeUnit.SECONDS)) {
                runtime.destroyForcibly();
                throw new IllegalStateException("training runtime did not exit in 300 s");
            }
            if (answered.get() != INVOCATIONS || !Files.isRegularFile(output)) {
                throw new IllegalStateException("training failed: " + answered.get() + "/" + INVOCATIONS
                        + " answered, cache " + (Files.isRegularFile(output) ? "written" : "missing")
                        + "; runtime output:\n" + Files.readString(log));
            }
            Files.delete(log);
            System.out.println("aot training: " + INVOCATIONS + " invocations, cache " + output + " ("
                    + Files.size(output) + " bytes)");
        } finally {
            api.stop(0);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
