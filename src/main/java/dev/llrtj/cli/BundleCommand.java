package dev.llrtj.cli;

import dev.llrtj.lowering.LoweringException;
import dev.llrtj.lowering.NodeToolchain;
import dev.llrtj.modules.ModuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `llrt bundle <entry> [-o|--outdir dir] [--external x]... [--minify]`: esbuild bundle + lowering for Rhino at
 * build time (Node.js needed here, not where the bundle runs). Writes dir/&lt;entry name&gt;.mjs and its .map.
 */
public final class BundleCommand implements Command {
    private static final String USAGE =
            "usage: llrt bundle <entry.js|.mjs|.ts> [-o|--outdir <dir>] [--external <pattern>]... [--minify]";

    private final NodeToolchain toolchain;

    public BundleCommand() {
        this(NodeToolchain.discover());
    }

    BundleCommand(NodeToolchain toolchain) {
        this.toolchain = toolchain;
    }

    @Override
    public int run(String[] args) throws Exception {
        List<String> forwarded = new ArrayList<>();
        String entry = null;
        String outdir = "dist";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-o", "--outdir", "--external" -> {
                    if (i + 1 >= args.length) {
                        return usage(a + " needs a value");
                    }
                    String value = args[++i];
                    if (a.equals("--external")) {
                        forwarded.add("--external");
                        forwarded.add(value);
                    } else {
                        outdir = value;
                    }
                }
                case "--minify" -> forwarded.add("--minify");
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-") || entry != null) {
                        return usage("unexpected argument " + a);
                    }
                    entry = a;
                }
            }
        }
        if (entry == null) {
            return usage("no entry file given");
        }
        Path entryPath = Path.of(entry).toAbsolutePath();
        if (!Files.isRegularFile(entryPath)) {
            return usage("no such file: " + entry);
        }
        Optional<String> unavailable = toolchain.bundleUnavailableReason();
        if (unavailable.isPresent()) {
            System.err.println("llrt bundle: " + unavailable.get());
            return 1;
        }
        try {
            toolchain.ensureInstalled();
        } catch (LoweringException e) {
            System.err.println("llrt bundle: " + e.getMessage());
            return 1;
        }
        List<String> command = new ArrayList<>(toolchain.command("bundle", entryPath.toString(),
                "--outdir", Path.of(outdir).toAbsolutePath().toString(),
                // what the runtime answers itself stays an import: the registry's names, not Node's whole list
                "--builtins", String.join(",", ModuleRegistry.builtins().importNames())));
        command.addAll(forwarded);
        Process p = new ProcessBuilder(command).inheritIO().start();
        return p.waitFor();
    }

    private static int usage(String problem) {
        System.err.println("llrt bundle: " + problem);
        System.err.println(USAGE);
        return 2;
    }

    @Override
    public String summary() {
        return "bundle and lower an entry point for Rhino ahead of time (needs Node.js 18+)";
    }
}
