package dev.llrtj.testrunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The runner's own JS self-tests (src/test/js/llrt/test.test.js), run through `llrt test`. */
@Timeout(120)
class JsSelfTest {
    @Test
    void theRunnersJsSelfTestsPass() throws Exception {
        RunFixture run = RunFixture.run("-d", RunFixture.home().resolve("src/test/js").toString(), "llrt/test.test.js");
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("PASS llrt/test.test.js"), run.out());
        assertTrue(run.lastLine().matches("[1-9]\\d* passed, 0 failed, 0 skipped"), run.lastLine());
    }
}
