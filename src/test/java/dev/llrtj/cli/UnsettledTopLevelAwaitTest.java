package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.llrtj.testsupport.LlrtProcesses;
import dev.llrtj.testsupport.LlrtProcesses.Run;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `llrt file.mjs` whose top-level await can never settle, as a user runs it (a child JVM on this class path):
 * Node 22 warns on stderr, naming the module that waits, and exits 13 once nothing else is pending, unless the
 * program chose a non-zero exit code. Expectations were taken from node v22.23.3. The scripts start together.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class UnsettledTopLevelAwaitTest {
    private static final String WARNING = "Warning: Detected unsettled top-level await at ";
    private static final Map<String, String> SCRIPTS = new LinkedHashMap<>();
    private static final Map<String, Run> RUNS = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    static {
        SCRIPTS.put("never.mjs", "console.log('before');\nawait new Promise(() => {});\nconsole.log('after');\n");
        // the wait sits in an imported module: Node names that one
        SCRIPTS.put("importsStalled.mjs", "import './stalled.mjs';\nconsole.log('never');\n");
        SCRIPTS.put("stalled.mjs", "await new Promise(() => {});\n");
        SCRIPTS.put("chosenCode.mjs", "process.exitCode = 3;\nawait new Promise(() => {});\n");
        SCRIPTS.put("chosenZero.mjs", "process.exitCode = 0;\nawait new Promise(() => {});\n");
        SCRIPTS.put("listeners.mjs", "let n = 0;\n"
                + "process.on('beforeExit', code => { console.log('beforeExit', code); if (n++ === 0) setTimeout(() => console.log('timer'), 5); });\n"
                + "process.on('exit', code => console.log('exit', code, process.exitCode));\n"
                + "await new Promise(() => {});\n");
        SCRIPTS.put("settled.mjs", "const v = await Promise.resolve(42);\nconsole.log('got', v);\n");
        SCRIPTS.put("afterTimer.mjs", "await new Promise(resolve => setTimeout(resolve, 50));\nconsole.log('done');\n");
        // only the entry point counts: a pending dynamic import does not
        SCRIPTS.put("dynamicImport.mjs", "import('./stalled.mjs');\nawait 1;\nconsole.log('entry done');\n");
        // an SDK client's first request reads two missing files at once: answers that came back inside the asking
        // task once made the loop look idle and the process end there (exit 0, then 13 with the warning)
        SCRIPTS.put("quickReads.mjs", "import fs from 'node:fs';\nfor (let i = 0; i < 2000; i++) {\n"
                + "  await Promise.all([fs.promises.stat('./missing-a'), fs.promises.stat('./missing-b')].map(p => p.catch(e => e.code)));\n"
                + "}\nconsole.log('all reads answered');\n");
    }

    @BeforeAll
    static void launchAll() throws Exception {
        for (Map.Entry<String, String> script : SCRIPTS.entrySet()) {
            Files.writeString(dir.resolve(script.getKey()), script.getValue());
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (String name : SCRIPTS.keySet()) {
            if (!name.equals("stalled.mjs")) { // imported by others
                commands.put(name, LlrtProcesses.command(dir.resolve(name).toString()));
            }
        }
        RUNS.putAll(LlrtProcesses.runAll(dir, commands, 150));
    }

    private static String url(String name) {
        return dir.resolve(name).toUri().toString();
    }

    private static List<String> lines(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\n"));
    }

    @Test
    void aNeverSettlingAwaitWarnsWithTheModuleAndExits13() {
        Run r = RUNS.get("never.mjs");
        assertEquals(13, r.code(), r.err());
        assertEquals(List.of("before"), lines(r.out()));
        assertEquals(List.of(WARNING + url("never.mjs")), lines(r.err()));
    }

    @Test
    void theWarningNamesTheImportedModuleThatWaits() {
        Run r = RUNS.get("importsStalled.mjs");
        assertEquals(13, r.code(), r.err());
        assertEquals(List.of(), lines(r.out()));
        assertEquals(List.of(WARNING + url("stalled.mjs")), lines(r.err()));
    }

    @Test
    void aNonZeroExitCodeTheProgramChoseWinsSilently() {
        Run r = RUNS.get("chosenCode.mjs");
        assertEquals(3, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void anExplicitZeroExitCodeStillBecomes13() {
        Run r = RUNS.get("chosenZero.mjs");
        assertEquals(13, r.code(), r.err());
        assertEquals(List.of(WARNING + url("chosenZero.mjs")), lines(r.err()));
    }

    @Test
    void beforeExitMayAddWorkAndTheExitListenerSees13() {
        Run r = RUNS.get("listeners.mjs");
        assertEquals(13, r.code(), r.err());
        assertEquals(List.of("beforeExit 0", "timer", "beforeExit 0", "exit 13 13"), lines(r.out()));
        assertEquals(List.of(WARNING + url("listeners.mjs")), lines(r.err()));
    }

    @Test
    void settledAwaitsExitZeroWithoutAWarning() {
        for (String name : List.of("settled.mjs", "afterTimer.mjs", "dynamicImport.mjs")) {
            Run r = RUNS.get(name);
            assertEquals(0, r.code(), name + ": " + r.err());
            assertFalse(r.err().contains(WARNING), name + ": " + r.err());
        }
        assertEquals(List.of("got 42"), lines(RUNS.get("settled.mjs").out()));
        assertEquals(List.of("done"), lines(RUNS.get("afterTimer.mjs").out()));
        assertTrue(lines(RUNS.get("dynamicImport.mjs").out()).contains("entry done"));
    }

    @Test
    void quickFileReadsAwaitedAtTopLevelAllAnswerBeforeTheEnd() {
        Run r = RUNS.get("quickReads.mjs");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("all reads answered"), lines(r.out()));
        assertEquals("", r.err());
    }
}
