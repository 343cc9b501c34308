/*
 * GenHeaders - writes the C headers that the GraalVM native image builder's C-interface queries include (it
 * resolves them as <CLibraryPath>/include/<name>), generated from the @CStruct / @CField / @CConstant declarations
 * in the svm sources jar, so that the struct layouts the builder measures and the ones native/c/*.c compile against
 * are the same by construction.
 *
 * usage: java GenHeaders.java <svm-sources.jar> <output include dir>
 *
 * A Java single-file program (not Python/awk): it runs on the toolchain's own JDK, the only runtime toolchain.sh can
 * count on. It fails (exit 1) if a declaration it expects is missing or has a field type it does not know, so a new
 * svm version that changes these contracts stops the assembly instead of producing a silently wrong header.
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

public class GenHeaders {
    /** one @CField: C name and C type */
    record Field(String name, String type) {}

    private static final Pattern FIELD = Pattern.compile(
            "@CField(?:\\(\\s*(?:value\\s*=\\s*)?\"(\\w+)\"\\s*\\)|\\(\\s*\\))?\\s+(?:public\\s+)?(\\w+)\\s+(\\w+)\\s*\\(\\s*\\)\\s*;");
    private static final Pattern CONSTANT = Pattern.compile("@CConstant\\s+(?:public\\s+)?(?:static\\s+)?native\\s+int\\s+(\\w+)\\s*\\(");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GenHeaders.java <svm-sources.jar> <include dir>");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (ZipFile jar = new ZipFile(args[0])) {
            String[][] cpus = {
                {"amd64", "com/oracle/svm/core/amd64/AMD64LibCHelper.java"},
                {"aarch64", "com/oracle/svm/core/aarch64/AArch64LibCHelper.java"},
                {"riscv64", "com/oracle/svm/core/riscv64/RISCV64LibCHelper.java"},
            };
            for (String[] cpu : cpus) {
                String src = read(jar, cpu[1]);
                List<Field> fields = fields(src, "interface CPUFeatures", cpu[1]);
                for (Field f : fields) {
                    if (!f.type().equals("char")) fail(cpu[1] + ": CPUFeatures." + f.name() + " is not a boolean");
                }
                String guard = cpu[0].toUpperCase() + "CPUFEATURES_H";
                StringBuilder h = header(cpu[1], guard);
                h.append("/* one byte per feature, 1 = present; the builder reads the offsets, svm_support.c fills it */\n");
                h.append("typedef struct {\n");
                for (Field f : fields) h.append("  char ").append(f.name()).append(";\n");
                h.append("} CPUFeatures;\n\n#endif\n");
                write(out.resolve(cpu[0] + "cpufeatures.h"), h);
            }

            String locPath = "com/oracle/svm/core/c/locale/LocaleCHelper.java";
            String loc = read(jar, locPath);
            StringBuilder h = header(locPath, "SVM_LOCALE_H");
            Matcher c = CONSTANT.matcher(loc);
            int value = 0;
            while (c.find()) h.append("#define ").append(c.group(1)).append(' ').append(value++).append('\n');
            if (value == 0) fail(locPath + ": no @CConstant found");
            h.append("\ntypedef struct {\n");
            for (Field f : fields(loc, "@CStruct(value = \"svm_locale_props_t\")", locPath)) {
                h.append("  ").append(f.type()).append(f.type().endsWith("*") ? "" : " ").append(f.name()).append(";\n");
            }
            h.append("} svm_locale_props_t;\n\n");
            h.append("int svm_initialize_locale(void);\nsvm_locale_props_t *svm_get_locale(void);\n\n#endif\n");
            write(out.resolve("svm_locale.h"), h);
        }
    }

    private static List<Field> fields(String src, String start, String where) {
        int i = src.indexOf(start);
        if (i < 0) fail(where + ": '" + start + "' not found");
        int open = src.indexOf('{', i);
        int depth = 0, end = open;
        for (; end < src.length(); end++) {
            if (src.charAt(end) == '{') depth++;
            else if (src.charAt(end) == '}' && --depth == 0) break;
        }
        List<Field> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(src.substring(open, end));
        while (m.find()) {
            String cname = m.group(1) != null ? m.group(1) : m.group(3);
            String type = switch (m.group(2)) {
                case "boolean", "byte" -> "char";
                case "int" -> "int";
                case "long" -> "long";
                case "CCharPointer" -> "char *";
                default -> { fail(where + ": field " + cname + " has unknown type " + m.group(2)); yield null; }
            };
            fields.add(new Field(cname, type));
        }
        if (fields.isEmpty()) fail(where + ": no @CField in " + start);
        return fields;
    }

    private static StringBuilder header(String from, String guard) {
        return new StringBuilder("/* Generated by llrt-java native/tools/GenHeaders.java from ").append(from)
                .append(" (svm sources jar). Do not edit. */\n#ifndef ").append(guard).append("\n#define ").append(guard).append("\n\n");
    }

    private static String read(ZipFile jar, String path) throws IOException {
        var e = jar.getEntry(path);
        if (e == null) fail(path + " not in the sources jar");
        try (var in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path p, CharSequence s) throws IOException {
        Files.writeString(p, s);
        System.err.println("GenHeaders: wrote " + p);
    }

    private static void fail(String msg) {
        System.err.println("GenHeaders: " + msg);
        System.exit(1);
    }
}
