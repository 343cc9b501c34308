package dev.llrtj.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import dev.llrtj.testsupport.LlrtProcesses.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `llrt file.js` whose script fills the heap: the process says so and exits 134 (Node's status for a JavaScript heap
 * out of memory) however the heap ran out, instead of losing its loop thread and staying. A 64 MB heap keeps it quick.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aScriptThatExhaustsTheHeapEndsTheProcessWithAClearMessage() throws Exception {
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put("inOneTask", "const a = [];\nwhile (true) a.push(new Array(100000).fill(1));\n");
        // one task at a time (each a setImmediate): this is the case whose loop thread died and left the process
        scripts.put("taskByTask", "const a = [];\nfunction grow() {\n  for (let i = 0; i < 1000; i++) a.push(new Array(1000).fill(i));\n"
                + "  setImmediate(grow);\n}\ngrow();\n");
        scripts.put("inPromiseJobs", "const a = [];\nconst grow = () => { a.push(new Array(10000).fill(a.length)); return Promise.resolve().then(grow); };\ngrow();\n");
        scripts.put("caughtByTheScript", "const a = [];\ntry {\n  while (true) a.push(new Array(100000).fill(1));\n} catch (e) {\n"
                + "  a.length = 0;\n  console.log('caught');\n}\n");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (Map.Entry<String, String> s : scripts.entrySet()) {
            Path file = dir.resolve(s.getKey() + ".js");
            Files.writeString(file, s.getValue());
            commands.put(s.getKey(), LlrtProcesses.testsNativeRuntime()
                    ? LlrtProcesses.command("-Xmx64m", file.toString())
                    : LlrtProcesses.command(Map.of(), List.of("-Xmx64m"), file.toString()));
        }
        Map<String, Run> runs = LlrtProcesses.runAll(dir, commands, 200);
        runs.forEach((name, run) -> {
            assertEquals(134, run.code(), name + " must end with 134, not hang or succeed: " + run);
            assertTrue(run.err().contains("out of memory") && run.err().contains("heap limit"), name + ": " + run.err());
            assertTrue(!run.out().contains("caught"), "a heap out of memory is not a catchable JS error: " + run);
        });
    }
}
