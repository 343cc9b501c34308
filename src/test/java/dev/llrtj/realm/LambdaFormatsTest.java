package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LambdaFormatsTest {
    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Test
    void textLineIsTabSeparatedOnOneLine() {
        String line = LambdaFormats.textLine("id-1", "WARN", "a\nb");
        assertTrue(line.matches(ISO + "\tid-1\tWARN\ta\rb\n"), line);
        assertTrue(LambdaFormats.textLine(null, "INFO", "x").matches(ISO + "\tundefined\tINFO\tx\n"));
    }

    @Test
    void jsonLineLeavesOutAMissingRequestId() {
        assertTrue(LambdaFormats.jsonLine("r", "ERROR", "\"message\":\"m\"")
                .matches("\\{\"timestamp\":\"" + ISO + "\",\"level\":\"ERROR\",\"requestId\":\"r\",\"message\":\"m\"}\n"));
        assertTrue(LambdaFormats.jsonLine(null, "INFO", "").matches("\\{\"timestamp\":\"" + ISO + "\",\"level\":\"INFO\"}\n"));
    }

    @Test
    void errorJsonQuotesAndOmitsUnknownTraces() {
        assertEquals("{\"errorType\":\"Runtime.X\",\"errorMessage\":\"a \\\"b\\\"\\n\"}",
                LambdaFormats.errorJson("Runtime.X", "a \"b\"\n", null, null));
        assertEquals("{\"errorType\":\"E\",\"errorMessage\":\"m\",\"trace\":[\"E: m\",\"    at f\"],\"stackTrace\":[]}",
                LambdaFormats.errorJson("E", "m", List.of("E: m", "    at f"), List.of()));
    }
}
