package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line's own answers (issue 14 item 7): a mistyped command, and --help on every subcommand. */
class CliTest {
    private static CliOutcome run(String... args) throws Exception {
        return CliOutcome.of(() -> Cli.run(args));
    }

    @Test
    void aMistypedCommandIsNamedAndTheNearestSuggested() throws Exception {
        CliOutcome typo = run("invok", "dist");
        assertEquals(2, typo.code());
        assertEquals("llrt: unknown command 'invok' (did you mean `llrt invoke`?); see `llrt --help`\n", typo.err());
        assertEquals("llrt: unknown command 'sreve' (did you mean `llrt serve`?); see `llrt --help`\n",
                run("sreve").err());
        assertEquals("llrt: unknown command 'deploy'; see `llrt --help`\n", run("deploy").err(), "nothing near");
        assertNull(UnknownCommand.message("script.js", Cli.commands().keySet()), "a script name is run");
        assertNull(UnknownCommand.message("./tool", Cli.commands().keySet()), "a path is run");
        assertNull(UnknownCommand.message("pom.xml", Cli.commands().keySet()));
        assertNull(UnknownCommand.message("src", Cli.commands().keySet()), "an existing file or folder is run");
        assertEquals(1, UnknownCommand.distance("invok", "invoke"));
    }

    /** One version, from the build: `llrt --version` and process.versions.llrt both say pom.xml's. */
    @Test
    void oneVersionFromTheBuild() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<artifactId>llrt</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the project's version in pom.xml");
        assertEquals("llrt " + m.group(1) + "\n", run("--version").out());
        Process p = new ProcessBuilder(dev.llrtj.testsupport.LlrtProcesses.command("-p", "process.versions.llrt"))
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(m.group(1), printed.trim());
    }

    @Test
    void everySubcommandAnswersHelp() throws Exception {
        for (String command : Cli.commands().keySet()) {
            CliOutcome help = run(command, "--help");
            assertEquals(0, help.code(), command + ": " + help.err());
            assertTrue(help.out().startsWith("usage: llrt " + command), command + ": " + help.out());
        }
        CliOutcome serve = run("serve", "dist", "--http", "--help");
        assertEquals(0, serve.code(), serve.err());
        assertTrue(serve.out().contains("--host <address>"), serve.out());
    }
}
