import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** What bench/run prints: how it measured, the layers' sizes, and the table of figures with ratios to the baseline. */
final class Report {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** Lambda's limit for a layer zip uploaded directly (larger ones go through S3). */
    private static final long DIRECT_UPLOAD_LIMIT = 50L * 1024 * 1024;

    private Report() {}

    /** The conditions of the run, so a table read later says what it measured and on what. */
    static String header(int cold, int warmup, String loadBefore, String loadAfter, String nodeVersion,
                         Map<String, Path> zips, String memoryMb) {
        List<String> layers = new ArrayList<>();
        zips.forEach((runtime, zip) -> layers.add("**" + runtime + "** = " + zip.getFileName() + " (built " + modified(zip) + ")"));
        return "Measured " + MINUTE.format(ZonedDateTime.now()) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + loadBefore + " (start) / " + loadAfter + " (end); " + cold
                + (cold == 1 ? " cold run" : " cold runs") + " per cell after " + warmup
                + " untimed, the runtimes taking turns in an order that changes every round; harness on Java "
                + Runtime.version() + ", Node " + nodeVersion + ".\n"
                + String.join(", ", layers) + ": each layer zip unzipped into a directory standing for /opt and "
                + "started by its own `bootstrap`, as Lambda starts a provided.al2023 function, with "
                + "AWS_LAMBDA_FUNCTION_MEMORY_SIZE=" + memoryMb + "; both run the same `llrt bundle` output. "
                + "**node** = bench/node-runtime/bootstrap.mjs with the handler bundled and minified by esbuild.";
    }

    /** Zipped size of every layer zip in `dist`, native ones first: what counts against Lambda's upload limit. */
    static String layerSizes(Path dist) {
        List<Path> zips;
        try (Stream<Path> files = Files.list(dist)) {
            zips = files.filter(p -> p.getFileName().toString().matches("llrt-lambda-.*\\.zip")).sorted().toList();
        } catch (IOException e) {
            return "Layer sizes: " + dist + " could not be listed (" + e.getMessage() + ").";
        }
        List<String> nativeZips = new ArrayList<>();
        List<String> jvmZips = new ArrayList<>();
        for (Path zip : zips) {
            // the JVM layers are named llrt-lambda-<arch>-jvm[-<sdk>].zip, the native ones have no -jvm
            boolean jvm = zip.getFileName().toString().matches("llrt-lambda-[^-]+-jvm.*");
            (jvm ? jvmZips : nativeZips).add(zip.getFileName() + " " + megabytes(zip));
        }
        return "Layer sizes, zipped (MB = 10^6 bytes; the direct-upload limit is " + String.format("%.1f", DIRECT_UPLOAD_LIMIT / 1e6)
                + " MB): native " + (nativeZips.isEmpty() ? "none" : String.join(", ", nativeZips))
                + "; JVM " + (jvmZips.isEmpty() ? "none" : String.join(", ", jvmZips)) + ".";
    }

    /** One column per runtime, then each other runtime's median over the last one's (the baseline). */
    static String table(List<String> runtimes, List<Subject> subjects, Map<Subject, Bench.Samples> samples, int warm) {
        String baseline = runtimes.getLast();
        List<String> compared = runtimes.subList(0, runtimes.size() - 1);
        StringBuilder out = new StringBuilder("| figure |");
        runtimes.forEach(r -> out.append(' ').append(r).append(" median (min..max) |"));
        compared.forEach(r -> out.append(' ').append(r).append('/').append(baseline).append(" |"));
        out.append("\n|").append(" --- |".repeat(1 + runtimes.size() + compared.size())).append('\n');
        List<String> notes = new ArrayList<>();
        for (Subject.Workload w : Subject.Workload.values()) {
            List<Bench.Samples> row = runtimes.stream().map(r -> samples.get(find(subjects, r, w))).toList();
            line(out, w.title + ": cold start, spawn to first response (ms)", row, s -> s.coldMs);
            line(out, w.title + ": of which init (runtime + handler load), spawn to first `next` (ms)", row, s -> s.readyMs);
            line(out, w.title + ": CPU time (user+sys) to first response (ms)", row, s -> s.coldCpuMs);
            line(out, w.title + ": warm invoke, median of " + warm + " (ms)", row, s -> s.warmMs);
            line(out, w.title + ": peak RSS of the process tree (MB)", row, s -> s.rssMb);
            row.stream().filter(s -> s.failure != null).forEach(s -> notes.add(s.failure));
        }
        notes.forEach(n -> out.append("\n- ").append(n));
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String figure, List<Bench.Samples> row, Function<Bench.Samples, List<Double>> pick) {
        out.append("| ").append(figure).append(" |");
        row.forEach(s -> out.append(' ').append(s.failure != null ? "failed (see below)" : Stats.summary(pick.apply(s))).append(" |"));
        Bench.Samples baseline = row.getLast();
        for (Bench.Samples s : row.subList(0, row.size() - 1)) {
            out.append(' ').append(s.failure == null && baseline.failure == null ? Stats.ratio(pick.apply(s), pick.apply(baseline)) : "-").append(" |");
        }
        out.append('\n');
    }

    private static Subject find(List<Subject> subjects, String runtime, Subject.Workload w) {
        return subjects.stream().filter(s -> s.runtime().equals(runtime) && s.workload() == w).findFirst().orElseThrow();
    }

    private static String megabytes(Path file) {
        try {
            return String.format("%.1f", Files.size(file) / 1e6);
        } catch (IOException e) {
            return "?";
        }
    }

    private static String modified(Path file) {
        try {
            return MINUTE.format(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return "at an unknown time";
        }
    }
}
