package dev.llrtj.realm;

import dev.llrtj.engine.Engine;
import dev.llrtj.engine.Natives;
import dev.llrtj.engine.SourceMaps;
import dev.llrtj.engine.StackFrames;
import dev.llrtj.lowering.Lowered;
import dev.llrtj.lowering.Lowerer;
import dev.llrtj.lowering.LoweringException;
import dev.llrtj.lowering.LoweringNeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/** What the JS module loader needs from Java: file access, compilation, lowering, source maps. */
final class LoaderBinding {
    private LoaderBinding() {}

    static ScriptableObject create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "readFile", 1, (cx, scope, args) -> {
            try {
                return Files.readString(Path.of(EmbeddedSdk.realPath(Natives.str(args, 0))), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
        Natives.define(b, "stat", 1, (cx, scope, args) -> {
            try {
                BasicFileAttributes a = Files.readAttributes(Path.of(EmbeddedSdk.realPath(Natives.str(args, 0))), BasicFileAttributes.class);
                return a.isDirectory() ? 2 : 1;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        });
        Natives.define(b, "realpath", 1, (cx, scope, args) -> {
            String path = Natives.str(args, 0);
            Path p = Path.of(path);
            if (!EmbeddedSdk.realPath(path).equals(path)) {
                return p.normalize().toString(); // the embedded SDK keeps its shipped path (no links in it)
            }
            try {
                return p.toRealPath().toString();
            } catch (IOException e) {
                return p.toAbsolutePath().normalize().toString();
            }
        });
        Natives.define(b, "compile", 3, (cx, scope, args) -> Engine.instantiate(cx,
                Engine.compileWrapper(cx, Natives.str(args, 0), Natives.str(args, 1), Natives.str(args, 2)),
                realm.global()));
        Natives.define(b, "lower", 3, (cx, scope, args) -> lower(Natives.str(args, 0), Natives.str(args, 1), Natives.str(args, 2)));
        Natives.define(b, "registerSourceMapFile", 2, (cx, scope, args) -> {
            SourceMaps.registerFile(Natives.str(args, 0), Path.of(Natives.str(args, 1)));
            return null;
        });
        Natives.define(b, "mapStack", 1, (cx, scope, args) -> SourceMaps.mapStack(Natives.str(args, 0)));
        Natives.define(b, "write", 2, (cx, scope, args) -> {
            Stdio.write((int) Natives.num(args, 0, 2), Natives.str(args, 1));
            return null;
        });
        Natives.define(b, "started", 0, (cx, scope, args) -> realm.perProcess().started());
        Natives.define(b, "isIdle", 0, (cx, scope, args) -> realm.loop().isIdle());
        Natives.define(b, "hasBuiltin", 1, (cx, scope, args) -> realm.builtins().find(Natives.str(args, 0)) != null);
        Natives.define(b, "builtinAlias", 1, (cx, scope, args) -> realm.builtins().aliasOf(Natives.str(args, 0)));
        Natives.define(b, "builtinNames", 0, (cx, scope, args) -> cx.newArray(realm.global(),
                realm.builtins().nodeNames().toArray()));
        // [[global, module, export or null], ...]: what bootstrap.js installs as lazy getters
        Natives.define(b, "lazyGlobals", 0, (cx, scope, args) -> cx.newArray(realm.global(),
                realm.builtins().globals().stream().map(g -> cx.newArray(realm.global(),
                        new Object[] {g.name(), g.module(), g.export()})).toArray()));
        Natives.define(b, "sdkHome", 0, (cx, scope, args) -> EmbeddedSdk.jsHome().orElse(null));
        Natives.define(b, "builtin", 1, (cx, scope, args) -> realm.builtinDefinition(Natives.str(args, 0)));
        // what needs lowering: lowering.LoweringNeed, which `llrt invoke`'s pre-lowering asks too
        Natives.define(b, "asLoaded", 1, (cx, scope, args) -> LoweringNeed.asLoaded(Natives.str(args, 0)));
        Natives.define(b, "isTypeScript", 1, (cx, scope, args) -> LoweringNeed.isTypeScript(Natives.str(args, 0)));
        Natives.define(b, "hasModuleSyntax", 1, (cx, scope, args) -> LoweringNeed.hasModuleSyntax(Natives.str(args, 0)));
        // lambda.js's error bodies: the one format LambdaRuntime's own reports use too
        Natives.define(b, "lambdaErrorJson", 4, (cx, scope, args) -> LambdaFormats.errorJson(Natives.str(args, 0),
                Natives.str(args, 1), strings(args[2]), strings(args[3])));
        return b;
    }

    /** The binding of llrt:stack (stack.js): engine.StackFrames, the one Rhino-to-Node frame formatter. */
    static ScriptableObject stackBinding(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "frame", 3, (cx, scope, args) ->
                StackFrames.frame(Natives.str(args, 0), Natives.str(args, 1), (int) Natives.num(args, 2, 0)));
        Natives.define(b, "lines", 1, (cx, scope, args) -> cx.newArray(realm.global(),
                StackFrames.lines(Natives.str(args, 0)).toArray()));
        return b;
    }

    private static java.util.List<String> strings(Object jsArray) {
        return ((java.util.List<?>) jsArray).stream().map(String::valueOf).toList();
    }

    private static String lower(String file, String source, String reason) {
        try {
            Lowered lowered = Lowerer.shared().lower(Path.of(file), source);
            if (lowered.sourceMapJson() != null) {
                SourceMaps.register(file, lowered::sourceMapJson);
            }
            return lowered.code();
        } catch (LoweringException e) {
            String why = reason == null || reason.isEmpty() ? "" : " (Rhino: " + reason + ")";
            throw ScriptRuntime.constructError("SyntaxError", e.getMessage() + why);
        }
    }
}
