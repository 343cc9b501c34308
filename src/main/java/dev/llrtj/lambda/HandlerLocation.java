package dev.llrtj.lambda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a handler string points: "dir/file.fn.nested" is the module dir/file (tried as is, then .js .mjs .cjs, under
 * the task root, then /opt) and the export path fn.nested, as Node's runtime reads it.
 */
public record HandlerLocation(Path module, String exportPath, String handler) {
    private static final List<String> EXTENSIONS = List.of("", ".js", ".mjs", ".cjs");

    /** Thrown with Lambda's init error type. */
    public static final class InitFailure extends Exception {
        private final String errorType;

        public InitFailure(String errorType, String message) {
            super(message, null, false, false);
            this.errorType = errorType;
        }

        public String errorType() {
            return errorType;
        }
    }

    public static HandlerLocation find(String handler, List<Path> roots) throws InitFailure {
        if (handler == null || handler.isBlank()) {
            throw new InitFailure("Runtime.MalformedHandlerName", "Bad handler: no handler is set (_HANDLER or LAMBDA_HANDLER)");
        }
        int slash = handler.lastIndexOf('/');
        String dir = slash < 0 ? "" : handler.substring(0, slash);
        String moduleAndExport = handler.substring(slash + 1);
        int dot = moduleAndExport.indexOf('.');
        if (dot <= 0 || dot == moduleAndExport.length() - 1 || dir.contains("..")) {
            throw new InitFailure("Runtime.MalformedHandlerName", "Bad handler " + handler);
        }
        String moduleName = moduleAndExport.substring(0, dot);
        String exportPath = moduleAndExport.substring(dot + 1);
        for (Path root : roots) {
            Path base = root.resolve(dir).resolve(moduleName).normalize();
            for (String ext : EXTENSIONS) {
                Path candidate = base.resolveSibling(base.getFileName() + ext);
                if (Files.isRegularFile(candidate)) {
                    return new HandlerLocation(candidate, exportPath, handler);
                }
            }
        }
        throw new InitFailure("Runtime.ImportModuleError",
                "Error: Cannot find module '" + (dir.isEmpty() ? moduleName : dir + "/" + moduleName) + "'\nRequire stack:\n- "
                        + roots.get(0).resolve(dir).resolve(moduleName));
    }
}
