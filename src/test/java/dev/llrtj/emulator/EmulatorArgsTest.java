package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorArgsTest {
    @TempDir
    Path root;

    @Test
    void defaultsAreLambdasAndTheTaskRootIsMadeAbsolute() {
        EmulatorArgs args = EmulatorArgs.parse(new String[] {root.toString()}, 9000, false);
        EmulatorConfig c = args.config();
        assertEquals(root.toAbsolutePath(), c.taskRoot());
        assertEquals("index.handler", c.handler());
        assertEquals(9000, c.port());
        assertEquals(3.0, c.timeoutSeconds());
        assertEquals(128, c.memoryMb());
        assertEquals("function", c.functionName());
        assertNull(c.runtimeCommand());
        assertNull(args.event());
    }

    @Test
    void optionsInBothSpellings() {
        EmulatorArgs args = EmulatorArgs.parse(new String[] {"--handler", "app.main", root.toString(), "--port=0",
                "--timeout", "1.5", "--memory=512", "--env", "A=1", "--env=B=x=y", "--runtime-command", "node r.js",
                "--event", "{\"k\":1}", "--function-name", "fn"}, 9000, true);
        EmulatorConfig c = args.config();
        assertEquals("app.main", c.handler());
        assertEquals(0, c.port());
        assertEquals(1.5, c.timeoutSeconds());
        assertEquals(512, c.memoryMb());
        assertEquals(Map.of("A", "1", "B", "x=y"), c.env());
        assertEquals("node r.js", c.runtimeCommand());
        assertEquals(List.of("/bin/sh", "-c", "node r.js"), c.commandLine());
        assertEquals("{\"k\":1}", args.event());
        assertEquals("fn", c.functionName());
    }

    @Test
    void mistakesAreReported() {
        String dir = root.toString();
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(new String[] {dir, "--nope", "1"}, 0, true));
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(new String[] {dir, "--event", "{}"}, 0, false));
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(new String[] {dir, "--timeout"}, 0, true));
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(new String[] {dir, "--port", "x"}, 0, true));
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(new String[] {dir, "--timeout", "0"}, 0, true));
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(new String[] {dir, "--env", "NOEQ"}, 0, true));
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(new String[] {dir, dir}, 0, true));
        assertThrows(IllegalArgumentException.class,
                () -> EmulatorArgs.parse(new String[] {root.resolve("missing").toString()}, 0, true));
    }

    @Test
    void defaultRuntimeIsThisJvmOnMainWithAnAbsoluteClassPathAndNoAgents() {
        List<String> command = DefaultRuntimeCommand.build(128);
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), command.get(0));
        assertTrue(command.containsAll(RuntimeMemory.jvmOptions(128)), "sized as the layer sizes 128 MB: " + command);
        assertEquals(1, command.stream().filter(o -> o.startsWith("-Xmx")).count(), command.toString());
        assertEquals("dev.llrtj.Main", command.getLast());
        String cp = command.get(command.indexOf("-cp") + 1);
        for (String entry : cp.split(File.pathSeparator)) {
            assertTrue(Path.of(entry.replace("*", "")).isAbsolute(), entry);
        }
        assertFalse(DefaultRuntimeCommand.keep("-agentlib:jdwp=transport=dt_socket"));
        assertFalse(DefaultRuntimeCommand.keep("-javaagent:/x.jar"));
        assertFalse(DefaultRuntimeCommand.keep("-XX:AOTCacheOutput=app.aot"));
        assertTrue(DefaultRuntimeCommand.keep("-XX:AOTCache=app.aot"));
        assertTrue(DefaultRuntimeCommand.keep("-XX:TieredStopAtLevel=1"));
        assertEquals(Path.of("lib").toAbsolutePath() + File.separator + "*" + File.pathSeparator
                        + Path.of("a.jar").toAbsolutePath(),
                DefaultRuntimeCommand.absoluteClassPath("lib/*" + File.pathSeparator + "a.jar"));
    }

    @Test
    void jvmOptionsAreWhatComesBeforeTheMainClassWithoutClassPathOrAgentsOrTheEmulatorsOwnSizing() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-Dllrt.sdk=/x"),
                DefaultRuntimeCommand.jvmOptions(List.of("-XX:TieredStopAtLevel=1", "-cp", "a.jar:b.jar",
                        "-agentlib:jdwp=transport=dt_socket", "-Dllrt.sdk=/x", "-Xmx80m", "--class-path", "c.jar",
                        "dev.llrtj.Main", "serve", "-Xmx1g")));
        assertEquals(List.of(), DefaultRuntimeCommand.jvmOptions(List.of()));
        // this test JVM's own command line, whatever its length (surefire's class path passes 4 KB)
        List<String> own = DefaultRuntimeCommand.ownArguments().orElseThrow();
        assertTrue(own.size() > 1, own.toString());
        assertFalse(own.getFirst().isEmpty());
    }

    @Test
    void reportLineHasLambdasShape() {
        assertEquals("REPORT RequestId: r\tDuration: 1.23 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB"
                + "\tMax Memory Used: 45 MB\tInit Duration: 312.45 ms",
                LambdaMessages.reportLine("r", 1.234, 128, 45, 312.449, null, null));
        assertEquals("REPORT RequestId: r\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 256 MB"
                + "\tMax Memory Used: 1 MB\tStatus: timeout",
                LambdaMessages.reportLine("r", 3000.0, 256, 1, -1, "timeout", null));
        assertEquals(1, LambdaMessages.billedMs(0.2));
        assertEquals(2, LambdaMessages.billedMs(1.0001));
    }

    /** Issue 14 item 5: SAM CLI's --env-vars file, shared Parameters then the function's own, --env over both. */
    @Test
    void envVarsFileInSamsFormat() throws Exception {
        Path file = root.resolve("env.json");
        java.nio.file.Files.writeString(file, """
                {"Parameters": {"TABLE": "shared", "DEBUG": true, "RETRIES": 3, "GONE": null},
                 "ItemsFunction": {"TABLE": "items"},
                 "OtherFunction": {"TABLE": "other"}}
                """);
        EmulatorConfig items = EmulatorArgs.parse(new String[] {root.toString(), "--env-vars", file.toString(),
                "--function-name", "ItemsFunction", "--env", "RETRIES=5"}, 0, true).config();
        assertEquals(Map.of("TABLE", "items", "DEBUG", "true", "RETRIES", "5"), items.env());
        EmulatorConfig other = EmulatorArgs.parse(new String[] {root.toString(), "--env-vars=" + file}, 0, false)
                .config();
        assertEquals(Map.of("TABLE", "shared", "DEBUG", "true", "RETRIES", "3"), other.env(), "no section: shared");

        java.nio.file.Files.writeString(file, "{\"Parameters\": {\"A\": {\"nested\": 1}}}");
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(
                new String[] {root.toString(), "--env-vars", file.toString()}, 0, true));
        assertTrue(nested.getMessage().contains("Parameters.A"), nested.getMessage());
        java.nio.file.Files.writeString(file, "[1]");
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(
                new String[] {root.toString(), "--env-vars", file.toString()}, 0, true));
        assertThrows(IllegalArgumentException.class, () -> EmulatorArgs.parse(
                new String[] {root.toString(), "--env-vars", root.resolve("absent.json").toString()}, 0, true));
    }

    @Test
    void lambdaEnvironmentKeepsUserVariablesButNotTheirRuntimeApi() {
        EmulatorConfig c = EmulatorConfig.defaults(root).withEnv(Map.of("AWS_REGION", "eu-west-1", "X", "1"));
        Map<String, String> env = LambdaEnvironment.build(c, 4321, Map.of("AWS_LAMBDA_RUNTIME_API", "elsewhere:1",
                "AWS_ACCESS_KEY_ID", "AKIAREAL", "AWS_SECRET_ACCESS_KEY", "secret", "PATH", "/bin",
                "DATABASE_URL", "postgres://dev-laptop", "AWS_ENDPOINT_URL_DYNAMODB", "http://localhost:8000",
                "LLRT_SDK_CONNECTION_WARMUP", "0")).values();
        assertFalse(env.containsKey("DATABASE_URL"), "the developer's shell does not leak into the function");
        assertEquals("http://localhost:8000", env.get("AWS_ENDPOINT_URL_DYNAMODB"), "SDK settings pass");
        assertEquals("0", env.get("LLRT_SDK_CONNECTION_WARMUP"), "llrt's switches pass");
        assertEquals("127.0.0.1:4321", env.get("AWS_LAMBDA_RUNTIME_API"));
        assertEquals("eu-west-1", env.get("AWS_REGION"));
        assertEquals("eu-west-1", env.get("AWS_DEFAULT_REGION"));
        assertEquals("AKIAREAL", env.get("AWS_ACCESS_KEY_ID"));
        assertEquals("/bin", env.get("PATH"));
        assertEquals("1", env.get("X"));
        assertEquals("3", env.get("AWS_LAMBDA_FUNCTION_TIMEOUT"));

        Map<String, String> bare = LambdaEnvironment.build(EmulatorConfig.defaults(root), 1, Map.of()).values();
        assertEquals("us-east-1", bare.get("AWS_REGION"));
        assertEquals(LambdaEnvironment.DUMMY_ACCESS_KEY, bare.get("AWS_ACCESS_KEY_ID"));
        assertFalse(bare.containsKey("AWS_SESSION_TOKEN"));
    }
}
