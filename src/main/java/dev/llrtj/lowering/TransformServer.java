package dev.llrtj.lowering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One {@code node lower.mjs serve} child, started on first use and reused: Node's start-up and loading Babel cost
 * far more than a transform. Requests are serialised (the server answers in order); a child that died is
 * restarted on the next request. Closing stdin ends the child, and a shutdown hook makes sure it goes with the JVM.
 */
final class TransformServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeToolchain toolchain;
    private Process process;
    private BufferedWriter toChild;
    private BufferedReader fromChild;
    private long nextId = 1;
    private Thread shutdownHook;

    TransformServer(NodeToolchain toolchain) {
        this.toolchain = toolchain;
    }

    synchronized Lowered transform(Path file, String source) throws LoweringException {
        ensureStarted();
        long id = nextId++;
        ObjectNode request = JSON.createObjectNode();
        request.put("id", id);
        request.put("file", file.toString());
        request.put("source", source);
        String line;
        try {
            toChild.write(JSON.writeValueAsString(request));
            toChild.write('\n');
            toChild.flush();
            line = fromChild.readLine();
        } catch (IOException e) {
            stop();
            throw new LoweringException("the lowering process (node lower.mjs serve) failed while lowering "
                    + file + ": " + e.getMessage(), e);
        }
        if (line == null) {
            int code = stop();
            throw new LoweringException("the lowering process (node lower.mjs serve) exited with code " + code
                    + " while lowering " + file + "; its error output is above");
        }
        try {
            JsonNode reply = JSON.readTree(line);
            if (reply.path("id").asLong() != id) {
                stop();
                throw new LoweringException("the lowering process answered request " + reply.path("id")
                        + " instead of " + id);
            }
            if (reply.hasNonNull("error")) {
                throw new LoweringException(reply.get("error").asText());
            }
            JsonNode map = reply.get("map");
            return new Lowered(reply.get("code").asText(), map == null || map.isNull() ? null : map.asText());
        } catch (IOException e) {
            stop();
            throw new LoweringException("the lowering process wrote something that is not JSON: " + line, e);
        }
    }

    private void ensureStarted() throws LoweringException {
        if (process != null && process.isAlive()) {
            return;
        }
        toolchain.ensureInstalled();
        try {
            process = new ProcessBuilder(toolchain.command("serve"))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw new LoweringException("could not start " + String.join(" ", toolchain.command("serve")) + ": "
                    + e.getMessage(), e);
        }
        toChild = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        fromChild = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::stop, "llrt-lowering-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** Ends the child; returns its exit code, or -1 when there was none or it had to be killed. */
    private synchronized int stop() {
        Process p = process;
        process = null;
        if (p == null) {
            return -1;
        }
        try {
            p.getOutputStream().close();
            if (p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                return p.exitValue();
            }
        } catch (IOException e) {
            // closing a dead child's stdin fails; destroying it below is all that is left to do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.destroyForcibly();
        return -1;
    }

    @Override
    public void close() {
        stop();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or ran
            }
            shutdownHook = null;
        }
    }
}
