import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar's serializable lambdas into plain ones, in place, at build time: java PlainLambdas.java jar...
 *
 * <p>Rhino 1.9 defines every built-in method as a serializable lambda (LambdaMetafactory.altMetafactory with
 * FLAG_SERIALIZABLE). The JDK AOT cache archives only plain lambdas (LambdaMetafactory.metafactory), so each cold
 * start spun about 440 lambda classes while `initStandardObjects` ran: ~180 ms and ~15 MB of RSS (README,
 * "Start-up"). A call site that asks for nothing beyond serializability (no marker interfaces, no bridges) becomes
 * a metafactory call with the same three arguments; the functional interfaces still extend Serializable, the
 * lambdas just cannot be written out with Java serialization, which llrt never does (no Rhino continuations).
 * Idempotent: a jar with nothing left to rewrite is not touched (its timestamp keeps AOT caches valid).
 */
public final class PlainLambdas {
    private static final ClassDesc LAMBDA_METAFACTORY = ClassDesc.of("java.lang.invoke.LambdaMetafactory");
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_BRIDGES = 4;
    private static final DirectMethodHandleDesc METAFACTORY = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, LAMBDA_METAFACTORY, "metafactory",
            MethodTypeDesc.ofDescriptor("(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;"
                    + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;"));

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java PlainLambdas.java <jar>...");
            System.exit(2);
        }
        for (String arg : args) {
            Path jar = Path.of(arg);
            int rewritten = rewrite(jar);
            System.out.println("plain-lambdas: " + jar.getFileName() + ": " + rewritten + " call sites rewritten");
        }
    }

    private static int rewrite(Path jar) throws IOException {
        Path out = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
        int total = 0;
        // stack maps are recomputed for a changed method, which needs the jar's own class hierarchy
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                InputStream fileIn = Files.newInputStream(jar);
                ZipInputStream in = new ZipInputStream(fileIn);
                OutputStream fileOut = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(fileOut)) {
            ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class")) {
                    int[] count = {0};
                    byte[] transformed = transform(classFile, classFile.parse(bytes), count);
                    if (count[0] > 0) {
                        bytes = transformed;
                        total += count[0];
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        if (total > 0) {
            // a temporary file is owner-only: Lambda runs the runtime as another user, who must read the jar
            Files.setPosixFilePermissions(out, Files.getPosixFilePermissions(jar));
            Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(out);
        }
        return total;
    }

    private static byte[] transform(ClassFile classFile, ClassModel model, int[] count) {
        return classFile.transformClass(model, ClassTransform.transformingMethodBodies((code, element) -> {
            if (element instanceof InvokeDynamicInstruction indy && onlySerializable(indy)) {
                List<ConstantDesc> bootstrapArgs = indy.bootstrapArgs();
                code.invokedynamic(DynamicCallSiteDesc.of(METAFACTORY, indy.name().stringValue(), indy.typeSymbol(),
                        bootstrapArgs.get(0), bootstrapArgs.get(1), bootstrapArgs.get(2)));
                count[0]++;
            } else {
                code.with(element);
            }
        }));
    }

    /** altMetafactory(sam, impl, instantiated, flags[, bridgeCount = 0]) with no flag but serializable. */
    private static boolean onlySerializable(InvokeDynamicInstruction indy) {
        DirectMethodHandleDesc bootstrap = indy.bootstrapMethod();
        if (!bootstrap.owner().equals(LAMBDA_METAFACTORY) || !bootstrap.methodName().equals("altMetafactory")) {
            return false;
        }
        List<ConstantDesc> bootstrapArgs = indy.bootstrapArgs();
        if (bootstrapArgs.size() == 4) {
            return bootstrapArgs.get(3).equals(FLAG_SERIALIZABLE);
        }
        return bootstrapArgs.size() == 5
                && bootstrapArgs.get(3).equals(FLAG_SERIALIZABLE | FLAG_BRIDGES)
                && bootstrapArgs.get(4).equals(0);
    }
}
