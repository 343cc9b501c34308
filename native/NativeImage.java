/*
 * NativeImage - llrt-java's `native-image` launcher: a SUBSET of GraalVM's native-image driver interface in front of
 * the GraalVM builder jars from Maven Central (com.oracle.svm.hosted.NativeImageGeneratorRunner), so the project's
 * build can pass the same arguments to a real GraalVM and to the toolchain native/toolchain.sh assembles.
 *
 * Why a single-file Java program and not bash: the driver must read java.util.Properties files (line continuations,
 * escapes) out of jars, walk META-INF/native-image/** in jars and directories, split and translate option lists and
 * produce exact error messages; Java does that with the JDK the toolchain already has, bash would need unzip, awk and
 * hand-written properties parsing. toolchain.sh compiles it once into <toolchain>/driver; bin/native-image runs it.
 * (It also runs as `java -Dllrt.toolchain=<dir> NativeImage.java ...`.)
 *
 * Supported (the real driver's meaning): -cp/-classpath/--class-path, -o <path>, --no-fallback, -march=, -O<n>/-Os/-Ob,
 * --gc=serial|epsilon, --initialize-at-build-time=, --initialize-at-run-time=, --features=, --enable-url-protocols=,
 * --enable-http, --enable-https, -H:..., -R:..., -J<jvm option>, -D<name>=<value> (build-time system property),
 * --add-exports/--add-opens/--add-reads (builder JVM), -g, --verbose, --version, --help, and the main class as the
 * last positional argument. The class path's META-INF/native-image/**\/native-image.properties are applied as the
 * real driver does (Args, JavaArgs, ImageName, ImageClass; ${.} = that file's directory). Anything else is an error
 * naming the option, except a short list of harmless ones that are ignored with a note (IGNORED below).
 * LLRT_NATIVE_IMAGE_DRY_RUN=1 in the environment prints the builder command and exits without building.
 * Not supported (errors): --shared, -jar, -m/--module, --static, fallback images, agents, bundles, layered images.
 */
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public class NativeImage {
    /** harmless options of the real driver that change nothing here: ignored with a one-line note */
    static final Set<String> IGNORED = Set.of("--no-server", "--report-unsupported-elements-at-runtime", "--allow-incomplete-classpath");

    static final String PROPS_DIR = "META-INF/native-image/";

    final Path toolchain;
    final Map<String, String> version = new LinkedHashMap<>();
    final List<String> classpath = new ArrayList<>();
    final List<String> jvmOptions = new ArrayList<>();
    final List<String> builderOptions = new ArrayList<>();
    String mainClass;
    String output;
    boolean verbose;

    NativeImage(Path toolchain) {
        this.toolchain = toolchain;
    }

    public static void main(String[] args) throws Exception {
        String tc = System.getProperty("llrt.toolchain");
        if (tc == null) fail("the toolchain directory is not set (-Dllrt.toolchain=<dir>; bin/native-image sets it)");
        NativeImage ni = new NativeImage(Path.of(tc).toAbsolutePath().normalize());
        System.exit(ni.run(args));
    }

    int run(String[] args) throws Exception {
        readVersion();
        if (args.length == 0) {
            usage();
            return 2;
        }
        List<String> cmdline = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--version" -> {
                    System.out.println("native-image " + version.get("GRAALVM_VERSION") + " (llrt-java toolchain: GraalVM builder jars from Maven Central on JDK "
                            + version.get("JDK_FULL_VERSION") + ", sources " + version.get("SOURCE_SHA") + ")");
                    return 0;
                }
                case "--help", "-h" -> {
                    usage();
                    return 0;
                }
                case "-cp", "-classpath", "--class-path" -> {
                    if (++i >= args.length) fail(a + " needs a value");
                    for (String e : args[i].split(":")) if (!e.isEmpty()) classpath.add(e);
                }
                case "-o" -> {
                    if (++i >= args.length) fail("-o needs a value");
                    output = args[i];
                }
                default -> cmdline.add(a);
            }
        }
        // the class path's native-image.properties first, the command line after them (so it can override)
        List<String> fromJars = new ArrayList<>();
        for (String e : classpath) fromJars.addAll(propertiesArgs(Path.of(e)));
        for (String a : fromJars) option(a, "class path native-image.properties");
        for (int i = 0; i < cmdline.size(); i++) {
            String a = cmdline.get(i);
            if (!a.startsWith("-")) {
                if (i != cmdline.size() - 1) fail("unexpected argument '" + a + "': the main class must be the last argument");
                mainClass = a;
            } else {
                option(a, "command line");
            }
        }
        if (mainClass == null && !builderOptions.stream().anyMatch(o -> o.startsWith("-H:Class="))) {
            fail("no main class: give it as the last argument");
        }
        checkJdk();
        List<String> command = builderCommand();
        if (verbose || System.getenv("LLRT_NATIVE_IMAGE_DRY_RUN") != null) System.err.println("native-image: " + String.join(" ", command));
        if (System.getenv("LLRT_NATIVE_IMAGE_DRY_RUN") != null) return 0; // print the builder command only (tests)
        Process p = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (p.isAlive()) p.destroy();
        }));
        int rc = p.waitFor();
        if (rc == 0) copyLibraries();
        return rc;
    }

    /** like GraalVM's driver, put the shared libraries the executable needs beside it (rpath $ORIGIN finds them) */
    void copyLibraries() throws IOException {
        Path dir = output != null ? Path.of(output).toAbsolutePath().normalize().getParent() : Path.of("").toAbsolutePath();
        try (Stream<Path> s = Files.list(toolchain.resolve("lib"))) {
            for (Path lib : s.sorted().toList()) {
                Files.copy(lib, dir.resolve(lib.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.err.println("native-image: copied " + toolchain.resolve("lib") + "/*.so beside the executable in " + dir);
    }

    /** translate one driver option into builder JVM options / builder options */
    void option(String a, String origin) {
        if (IGNORED.contains(a)) {
            System.err.println("native-image: note: ignoring " + a + " (" + origin + "): no effect with this toolchain");
            return;
        }
        if (a.startsWith("-H:") || a.startsWith("-R:")) builderOptions.add(a);
        else if (a.startsWith("-J")) {
            if (a.length() == 2) fail("-J needs a JVM option attached (-J-Xmx4g)");
            jvmOptions.add(a.substring(2));
        } else if (a.startsWith("-D") && a.length() > 2) jvmOptions.add(a);
        else if (a.equals("--no-fallback")) builderOptions.add("-H:FallbackThreshold=0");
        else if (a.startsWith("-march=")) builderOptions.add("-H:MicroArchitecture=" + value(a));
        else if (a.matches("-O[0-3bs]")) builderOptions.add("-H:Optimize=" + a.substring(2));
        else if (a.equals("-g")) builderOptions.add("-H:GenerateDebugInfo=1");
        else if (a.startsWith("--gc=")) {
            switch (value(a)) {
                case "serial" -> builderOptions.add("-H:SupportedGCs=serial");
                case "epsilon" -> builderOptions.add("-H:SupportedGCs=epsilon");
                default -> fail("unsupported " + a + " (" + origin + "): this toolchain has the serial and epsilon collectors");
            }
        } else if (a.startsWith("--initialize-at-build-time") || a.startsWith("--initialize-at-run-time")) {
            String kind = a.startsWith("--initialize-at-build-time") ? "build_time" : "run_time";
            String list = a.contains("=") ? value(a) : "";
            if (list.isEmpty()) {
                fail(a + " (" + origin + "): an empty list (all classes) is not supported; name the packages/classes");
            }
            List<String> specs = new ArrayList<>();
            for (String c : list.split(",")) if (!c.isBlank()) specs.add(c.strip() + ":" + kind);
            builderOptions.add("-H:ClassInitialization=" + String.join(",", specs));
        } else if (a.startsWith("--features=")) builderOptions.add("-H:Features=" + value(a));
        else if (a.startsWith("--enable-url-protocols=")) builderOptions.add("-H:EnableURLProtocols=" + value(a));
        else if (a.equals("--enable-http")) builderOptions.add("-H:EnableURLProtocols=http");
        else if (a.equals("--enable-https")) builderOptions.add("-H:EnableURLProtocols=https");
        else if (a.startsWith("--add-exports=") || a.startsWith("--add-opens=") || a.startsWith("--add-reads=")) jvmOptions.add(a);
        else if (a.equals("--verbose")) verbose = true;
        else fail("unknown or unsupported option '" + a + "' (" + origin + "); this toolchain implements a subset of native-image, see native/NativeImage.java");
    }

    static String value(String a) {
        return a.substring(a.indexOf('=') + 1);
    }

    /** Args/JavaArgs/ImageName/ImageClass of every META-INF/native-image/**\/native-image.properties in a class path entry */
    List<String> propertiesArgs(Path entry) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(entry)) {
            Path root = entry.resolve(PROPS_DIR);
            if (!Files.isDirectory(root)) return out;
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(f -> f.getFileName().toString().equals("native-image.properties")).sorted().toList();
            }
            for (Path f : files) {
                out.addAll(properties(Files.readString(f), f.getParent().toAbsolutePath().toString(), f.toString()));
            }
        } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
            try (ZipFile z = new ZipFile(entry.toFile())) {
                List<? extends ZipEntry> entries = z.stream()
                        .filter(e -> e.getName().startsWith(PROPS_DIR) && e.getName().endsWith("/native-image.properties")).toList();
                for (ZipEntry e : entries) {
                    try (InputStream in = z.getInputStream(e)) {
                        String dir = e.getName().substring(0, e.getName().lastIndexOf('/'));
                        out.addAll(properties(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), dir, entry + "!/" + e.getName()));
                    }
                }
            }
        } else if (!Files.exists(entry)) {
            System.err.println("native-image: note: class path entry " + entry + " does not exist");
        }
        return out;
    }

    List<String> properties(String text, String dir, String where) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        List<String> out = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key).replace("${.}", dir);
            switch (key) {
                case "Args" -> out.addAll(split(v));
                case "JavaArgs" -> split(v).forEach(j -> out.add("-J" + j));
                case "ImageName" -> {
                    if (output == null) output = v.strip();
                }
                case "ImageClass" -> {
                    if (mainClass == null) out.add("-H:Class=" + v.strip());
                }
                case "ForceOnModulePath" ->
                        System.err.println("native-image: note: ignoring ForceOnModulePath in " + where + " (no image module path here)");
                default -> fail("unknown key '" + key + "' in " + where);
            }
        }
        return out;
    }

    static List<String> split(String s) {
        return Arrays.stream(s.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    void readVersion() throws IOException {
        Path f = toolchain.resolve("VERSION");
        if (!Files.isRegularFile(toolchain.resolve("READY")) || !Files.isRegularFile(f)) {
            fail(toolchain + " is not an assembled toolchain (no READY/VERSION): run native/toolchain.sh");
        }
        for (String line : Files.readAllLines(f)) {
            int eq = line.indexOf('=');
            if (eq > 0) version.put(line.substring(0, eq), line.substring(eq + 1));
        }
    }

    /** the builder must run on exactly the JDK the toolchain (its lib/*.so and the stand-in) was assembled for */
    void checkJdk() throws IOException {
        String expected = version.get("JDK_FULL_VERSION");
        Path release = toolchain.resolve("jdk/release");
        String actual = null;
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("FULL_VERSION=")) actual = line.substring(13).replace("\"", "");
        }
        if (!expected.equals(actual)) {
            fail("the toolchain was assembled for JDK " + expected + " but its builder JDK " + release.getParent() + " is " + actual
                    + "; reassemble it with native/toolchain.sh");
        }
        String running = Runtime.version().toString();
        if (!running.equals(expected)) {
            fail("this launcher runs on JDK " + running + " but the toolchain was assembled for " + expected
                    + "; use " + toolchain.resolve("bin/native-image"));
        }
    }

    List<String> builderCommand() throws IOException {
        Path jars = toolchain.resolve("jars");
        String gv = version.get("GRAALVM_VERSION");
        List<String> modulePath = new ArrayList<>();
        String compiler = null;
        try (Stream<Path> s = Files.list(jars)) {
            for (Path j : s.sorted().toList()) {
                if (j.getFileName().toString().startsWith("compiler-")) compiler = j.toString();
                else modulePath.add(j.toString());
            }
        }
        if (compiler == null) fail("no compiler-" + gv + ".jar in " + jars);

        List<String> c = new ArrayList<>();
        c.add(toolchain.resolve("jdk/bin/java").toString());
        c.addAll(List.of("-XX:+UseParallelGC", "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "-XX:-UseJVMCICompiler",
                "-Xss10m", "-XX:GCTimeRatio=9", "-XX:+ExitOnOutOfMemoryError", "-Xshare:off"));
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxRAMPercentage"))) {
            c.add("-XX:MaxRAMPercentage=60");
        }
        // the system properties GraalVM's driver sets for its builder
        c.addAll(List.of("-Dgraalvm.locatorDisabled=true", "-Dgraalvm.ForcePolyglotInvalid=true",
                "-Dtruffle.TrustAllTruffleRuntimeProviders=true", "-Dorg.graalvm.version=" + gv, "-Dcom.oracle.graalvm.isaot=true",
                "-Djava.awt.headless=true", "-Djdk.internal.lambda.disableEagerInitialization=true",
                "-Djdk.internal.lambda.eagerlyInitialize=false", "-Djava.lang.invoke.InnerClassLambdaMetafactory.initializeLambdas=false",
                "-Djava.lang.invoke.MethodHandle.DONT_INLINE_THRESHOLD=-1", "-Djava.lang.invoke.MethodHandle.PROFILE_GWT=false",
                "-Dorg.graalvm.nativeimage.imagecode=buildtime",
                "-Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader",
                "--enable-native-access=org.graalvm.nativeimage.objectfile,org.graalvm.nativeimage.builder,"
                        + "org.graalvm.nativeimage.pointsto,org.graalvm.nativeimage.base",
                "--upgrade-module-path", compiler, "--module-path", String.join(":", modulePath), "--add-modules", "ALL-DEFAULT",
                "@" + toolchain.resolve("exports.args")));
        c.addAll(jvmOptions);
        c.addAll(List.of("-m", "org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner"));

        List<String> cp = new ArrayList<>();
        for (String e : classpath) cp.add(Path.of(e).toAbsolutePath().toString());
        c.addAll(List.of("-imagecp", String.join(":", cp)));
        c.add("-H:ImageBuildID=" + UUID.randomUUID());
        c.add("-H:FallbackThreshold=0"); // this toolchain never builds fallback (JVM launcher) images
        c.add("-H:CLibraryPath=" + toolchain.resolve("clib"));
        c.add("-H:NativeLinkerOption=-Wl,-rpath,$ORIGIN"); // the executable finds its lib/*.so beside itself
        if (output != null) {
            Path o = Path.of(output).toAbsolutePath().normalize();
            c.add("-H:Path=" + o.getParent());
            c.add("-H:Name=" + o.getFileName());
        } else {
            c.add("-H:Path=" + Path.of("").toAbsolutePath());
        }
        c.addAll(builderOptions);
        if (mainClass != null) c.add("-H:Class=" + mainClass);
        return c;
    }

    static void usage() {
        System.err.println("usage: native-image [options] -cp <class path> [-o <dir/name>] <main class>  (a subset of GraalVM's driver; see native/NativeImage.java)");
    }

    static void fail(String msg) {
        System.err.println("native-image: error: " + msg);
        System.exit(1);
    }
}
