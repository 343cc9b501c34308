package dev.llrtj.cli;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorArgs;
import dev.llrtj.emulator.EventPayload;
import dev.llrtj.emulator.InvokeResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * `llrt invoke <task-root> [--event file-or-json] [options]`: one invocation through the local emulator; the
 * result goes to stdout, logs and REPORT lines to stderr; exit 1 on a function or init error.
 */
public final class InvokeCommand implements Command {
    @Override
    public String usage() {
        return "usage: llrt invoke <task-root>|<LogicalId> [--event <file>|<json>|-] [options]\n" + EmulatorArgs.OPTIONS_HELP
                + "\n";
    }

    @Override
    public int run(String[] args) throws Exception {
        if (EmulatorArgs.asksForHelp(args)) {
            System.out.print(usage());
            return 0;
        }
        EmulatorArgs parsed;
        byte[] event;
        try {
            parsed = EmulatorArgs.parse(args, 0, true);
            event = readEvent(parsed.event(), System.in);
            String invalid = EventPayload.invalid(event);
            if (invalid != null) {
                // refused before any runtime starts, as Lambda refuses it before any function sees it
                System.err.println("llrt invoke: " + EventPayload.ERROR_TYPE + ": " + invalid);
                return 2;
            }
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("llrt invoke: " + e.getMessage());
            System.err.print(usage());
            return 2;
        }
        parsed.notes().forEach(note -> System.err.println("llrt invoke: " + note));
        InvokeResult result;
        HandlerPrelowering.prepare(parsed.config());
        if (parsed.config().runtimeNote() != null) {
            System.err.println("llrt invoke: " + parsed.config().runtimeNote());
        }
        String typeScript = StartProblems.typeScriptHint(parsed.config(), "invoke");
        if (typeScript != null) {
            System.err.println(typeScript);
        }
        try (Emulator emulator = Emulator.start(parsed.config(), System.err)) {
            result = emulator.invoke(event).get();
        } catch (Exception e) {
            String inUse = StartProblems.portInUse(e, "127.0.0.1", parsed.config().port(), "invoke");
            if (inUse == null) {
                throw e;
            }
            System.err.println(inUse);
            return 1;
        }
        System.out.println(result.payloadText());
        System.out.flush();
        return result.failed() ? 1 : 0;
    }

    /** An existing file is read, "-" reads {@code stdin}; anything else is taken as the JSON itself. */
    static byte[] readEvent(String option, InputStream stdin) throws IOException {
        if (option == null) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        if (option.equals("-")) {
            return stdin.readAllBytes();
        }
        String trimmed = option.trim();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[") && !trimmed.startsWith("\"")) {
            Path file = Path.of(option);
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            if (!trimmed.matches("-?[0-9].*|true|false|null")) {
                throw new IOException("--event: no such file: " + option);
            }
        }
        return option.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String summary() {
        return "invoke a function once in the local emulator and print its result";
    }
}
