package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InvokeCommandTest {
    @TempDir
    Path root;

    /** The emulator tests' stand-in runtime (a Java main in test sources speaking the Runtime API). */
    private static String standIn() {
        return "exec '" + ProcessHandle.current().info().command().orElseThrow()
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' dev.llrtj.emulator.StandInRuntime";
    }

    private CliOutcome run(String... args) throws Exception {
        return CliOutcome.of(() -> new InvokeCommand().run(args));
    }

    @Test
    void printsTheResultOnStdoutAndReportsOnStderr() throws Exception {
        CliOutcome ok = run(root.toString(), "--event", "{\"a\":[1,2]}", "--runtime-command", standIn());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("{\"a\":[1,2]}", ok.out().trim());
        assertTrue(ok.err().contains("REPORT RequestId: "), ok.err());
        assertTrue(ok.err().contains("stand-in runtime ready"), "runtime logs go to stderr, not stdout");

        Path event = root.resolve("event.json");
        Files.writeString(event, "{\"action\":\"error\",\"message\":\"from file\"}");
        CliOutcome failed = run(root.toString(), "--event", event.toString(), "--runtime-command", standIn());
        assertEquals(1, failed.code());
        assertTrue(failed.out().contains("\"errorMessage\":\"from file\""), failed.out());

        CliOutcome initError = run(root.toString(), "--env", "STANDIN_INIT=error", "--runtime-command", standIn());
        assertEquals(1, initError.code());
        assertTrue(initError.out().contains("Runtime.ImportModuleError"), initError.out());

        assertEquals(2, run(root.toString(), "--no-such-option", "1").code());
    }

    @Test
    void eventIsAFileOrLiteralJson() throws IOException {
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent(null, InputStream.nullInputStream()));
        assertArrayEquals("[1]".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent("[1]", InputStream.nullInputStream()));
        assertArrayEquals("42".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent("42", InputStream.nullInputStream()));
        Path file = root.resolve("e.json");
        Files.writeString(file, "{\"f\":true}");
        assertArrayEquals("{\"f\":true}".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent(file.toString(), InputStream.nullInputStream()));
        assertThrows(IOException.class, () -> InvokeCommand.readEvent(root.resolve("absent.json").toString(), InputStream.nullInputStream()));
        assertArrayEquals("{\"s\":1}".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent("-",
                new ByteArrayInputStream("{\"s\":1}".getBytes(StandardCharsets.UTF_8))), "--event - reads stdin");
    }

    /** Lambda refuses a payload that is not JSON before the function runs; so does `llrt invoke` (issue 14 item 6). */
    @Test
    void anEventThatIsNotJsonIsRefusedBeforeAnyRuntimeStarts() throws Exception {
        CliOutcome bad = run(root.toString(), "--event", "{\"a\": 1,}", "--runtime-command", "exit 99");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("llrt invoke: InvalidRequestContentException: Could not parse request body"
                + " into json: "), bad.err());
        assertTrue(!bad.err().contains("START RequestId"), "no runtime started: " + bad.err());
    }

    /** Issue 14 item 7: a port in use is said as such, not as a Java BindException. */
    @Test
    void aPortInUseIsSaidInASentence() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            CliOutcome busy = run(root.toString(), "--port", Integer.toString(taken.getLocalPort()),
                    "--runtime-command", standIn());
            assertEquals(1, busy.code(), busy.err());
            assertEquals("llrt invoke: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use"
                    + " (another llrt serve?); choose another with --port\n", busy.err());
            CliOutcome serve = CliOutcome.of(() -> new ServeCommand().run(new String[] {root.toString(), "--port",
                    Integer.toString(taken.getLocalPort()), "--runtime-command", standIn()}));
            assertEquals(1, serve.code(), serve.err());
            assertTrue(serve.err().startsWith("llrt serve: cannot listen on 127.0.0.1:"), serve.err());
        }
    }

    /** Issue 14 item 7: a handler that exists only as TypeScript gets the advice to bundle it. */
    @Test
    void aTypeScriptHandlerIsToldToBundle() throws Exception {
        Files.writeString(root.resolve("app.ts"), "export const handler = async (e: unknown) => e;\n");
        CliOutcome ts = run(root.toString(), "--handler", "app.handler", "--runtime-command", standIn());
        assertTrue(ts.err().contains("llrt invoke: " + root.resolve("app.ts") + " is TypeScript, which Lambda does"
                + " not load as a handler; bundle it first: llrt bundle " + root.resolve("app.ts")
                + " -o dist && llrt invoke dist --handler app.handler"), ts.err());
        Files.writeString(root.resolve("app.mjs"), "export const handler = async (e) => e;\n");
        assertTrue(!run(root.toString(), "--handler", "app.handler", "--runtime-command", standIn()).err()
                .contains("TypeScript"), "bundled beside it: nothing to say");
    }

    /** Issue 14 item 7: --help on the emulator commands is help, not an option missing its value. */
    @Test
    void helpIsHelpWhereverItIs() throws Exception {
        CliOutcome help = run(root.toString(), "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("usage: llrt invoke <task-root>"), help.out());
        assertTrue(help.out().contains("--memory <mb>"), help.out());
        assertEquals("", help.err());
    }

    /** Issue 14 item 5: a SAM template's function by its logical id, run with its template's memory and variables. */
    @Test
    void aTemplateFunctionRunsByItsLogicalId() throws Exception {
        Files.createDirectories(root.resolve("fn"));
        Path template = root.resolve("template.yaml");
        Files.writeString(template, """
                Resources:
                  Table:
                    Type: AWS::DynamoDB::Table
                  ItemsFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: fn
                      Handler: app.handler
                      MemorySize: 256
                      Environment:
                        Variables:
                          TABLE_NAME: !Ref Table
                          QUEUE_ARN: !GetAtt Queue.Arn
                """);
        CliOutcome ok = run("ItemsFunction", "-t", template.toString(), "--runtime-command", standIn(), "--event",
                "{\"action\":\"env\",\"names\":[\"TABLE_NAME\",\"QUEUE_ARN\",\"AWS_LAMBDA_FUNCTION_NAME\","
                        + "\"AWS_LAMBDA_FUNCTION_MEMORY_SIZE\",\"_HANDLER\"]}");
        assertEquals(0, ok.code(), ok.err());
        io.vertx.core.json.JsonObject env = new io.vertx.core.json.JsonObject(ok.out().trim());
        assertEquals("Table", env.getString("TABLE_NAME"), "a resource's Ref is its logical id");
        assertEquals("", env.getString("QUEUE_ARN"));
        assertEquals("ItemsFunction", env.getString("AWS_LAMBDA_FUNCTION_NAME"));
        assertEquals("256", env.getString("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
        assertEquals("app.handler", env.getString("_HANDLER"));
        assertEquals(root.resolve("fn").toAbsolutePath().toString(), env.getString("cwd"));
        assertTrue(ok.err().contains("llrt invoke: cannot resolve QUEUE_ARN (Fn::GetAtt) locally"), ok.err());

        CliOutcome image = run("Missing", "-t", template.toString());
        assertEquals(2, image.code());
        assertTrue(image.err().startsWith("llrt invoke: " + template + " has no resource Missing (functions: ItemsFunction)"),
                image.err());
    }
}
