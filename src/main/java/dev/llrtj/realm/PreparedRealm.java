package dev.llrtj.realm;

import dev.llrtj.engine.JsErrors;
import dev.llrtj.engine.Natives;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The realm the native image holds for its first start: bootstrapped, and with the embedded SDK's packages imported,
 * i.e. their module bodies already run (the better part of a cold start that uses the SDK, ~130 ms of a DynamoDB
 * handler's). Whatever belongs to the process is left for the start (PerProcess): a module body that reads one fails
 * the image build, naming it. The realm is taken only when the executable runs beside the very flavour it was built
 * with (its manifest.json, compared byte for byte), and not with LLRT_IMAGE_REALM=0.
 */
final class PreparedRealm {
    /** The module that the packages are imported from (nothing exists there: bare specifiers find the SDK). */
    private static final String IMPORTER = EmbeddedSdk.SHIPPED_HOME + "/[image]";
    /** Turns the prepared realm off (a fresh one is built as on a JVM): for comparing the two, and a way out. */
    static final String SWITCH = "LLRT_IMAGE_REALM";

    private static final AtomicReference<Realm> REALM = new AtomicReference<>();
    /** The flavour's manifest.json the realm was prepared with; null: prepared with no flavour at all. */
    private static volatile String manifest;
    /** Environment variables the SDK's module bodies looked up at build time, and found unset. */
    private static volatile Set<String> assumedUnset = Set.of();

    private PreparedRealm() {}

    /**
     * Image build only: the realm offering {@code builtins}, with {@code packages} imported from the flavour at
     * {@code sdkHome}; {@code sdkHome} null: no flavour (no packages), for an executable that ships without one.
     */
    static void prepare(Context cx, Path sdkHome, List<String> packages, Builtins builtins) throws IOException {
        EmbeddedSdk.buildingImageWith(sdkHome);
        Realm realm = Realm.detached(cx, builtins);
        ScriptableObject global = realm.global();
        Runnable restoreClock = BuildTimeClock.install(realm);
        Scriptable loader = realm.internal("loader");
        Set<Object> globalsBefore = new HashSet<>(List.of(global.getAllIds()));
        Function dynamicImport = (Function) ScriptableObject.getProperty(loader, "dynamicImport");
        List<CompletableFuture<Object>> imports = new ArrayList<>();
        for (String spec : packages) {
            imports.add(realm.settle(dynamicImport.call(cx, global, loader, new Object[] {spec, IMPORTER})));
        }
        cx.processMicrotasks();
        restoreClock.run();
        for (int i = 0; i < packages.size(); i++) {
            CompletableFuture<Object> done = imports.get(i);
            if (!done.isDone()) {
                throw new IllegalStateException("import('" + packages.get(i) + "') did not settle at image build time");
            }
            if (done.isCompletedExceptionally()) {
                Throwable failure = done.exceptionNow();
                Object reason = failure instanceof Realm.JsRejection r ? r.reason() : failure;
                throw new IllegalStateException("import('" + packages.get(i) + "') failed at image build time: "
                        + JsErrors.describe(reason).headline() + "\n" + JsErrors.describe(reason).stack(), failure);
            }
        }
        holdBackGlobalsTheImportsAdded(cx, realm, global, globalsBefore);
        List<String> violations = realm.perProcess().violations();
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the embedded SDK's import read per-process values at image build time: "
                    + violations + " (define them with dev/llrtj/realm/per-process.js)");
        }
        manifest = sdkHome == null ? null : Files.readString(sdkHome.resolve("manifest.json"), StandardCharsets.UTF_8);
        assumedUnset = realm.perProcess().assumedUnset();
        realm.releaseBuildContext();
        REALM.set(realm);
    }

    /**
     * A global an SDK module body creates (the SDK's invoke store sets {@code globalThis.awslambda = {}}) would be there
     * in every process that takes the realm, imported or not: `llrt -e`, a script or a test file that never imports
     * the SDK would see {@code awslambda}, which Node shows only in Lambda (where the Lambda loop defines it) or after
     * the import. It is held back by the realm's sdk.js, which puts it in place when the process first imports an
     * embedded package, as Node's import would create it. Any other global an import adds fails the build, to be
     * decided on when it appears.
     */
    private static void holdBackGlobalsTheImportsAdded(Context cx, Realm realm, ScriptableObject global,
                                                        Set<Object> before) {
        List<Object> added = new ArrayList<>();
        for (Object id : global.getAllIds()) {
            if (!before.contains(id)) {
                added.add(id);
            }
        }
        Scriptable held = cx.newObject(global);
        if (added.remove("awslambda")) {
            ScriptableObject.putProperty(held, "awslambda", ScriptableObject.getProperty(global, "awslambda"));
            global.delete("awslambda");
        }
        if (!added.isEmpty()) {
            throw new IllegalStateException("the embedded SDK's import added globals at image build time: " + added
                    + " (a process that never imports the SDK would see them; see PreparedRealm)");
        }
        Scriptable sdk = realm.internal("sdk");
        ((Function) ScriptableObject.getProperty(sdk, "holdGlobals")).call(cx, global, sdk, new Object[] {held});
    }

    /** The prepared realm, once, when this process may take it and it offers {@code builtins}; else null. */
    static Realm take(Builtins builtins) {
        return available(builtins) ? REALM.getAndSet(null) : null;
    }

    /** Whether {@link #take} would give the realm offering {@code builtins}. */
    static boolean available(Builtins builtins) {
        Realm prepared = REALM.get();
        return prepared != null && prepared.builtins() == builtins && !off(System.getenv(SWITCH)) && sameFlavour()
                && assumptionsHold();
    }

    /** The prepared realm's module bodies ran as if these were unset: a process where one is set cannot take it. */
    private static boolean assumptionsHold() {
        for (String name : assumedUnset) {
            if (System.getenv(name) != null) {
                return false;
            }
        }
        return true;
    }

    /** The environment variables the prepared realm's module bodies looked up (and found unset at build time). */
    static Set<String> assumedUnset() {
        return assumedUnset;
    }

    private static boolean off(String flag) {
        return flag != null && (flag.equals("0") || flag.equalsIgnoreCase("false"));
    }

    /** The flavour beside the executable is the one the realm was prepared with, or neither has one. */
    private static boolean sameFlavour() {
        Optional<String> home = EmbeddedSdk.home();
        if (manifest == null) {
            return home.isEmpty();
        }
        try {
            return home.isPresent() && Files.readString(Path.of(home.get(), "manifest.json"), StandardCharsets.UTF_8).equals(manifest);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
