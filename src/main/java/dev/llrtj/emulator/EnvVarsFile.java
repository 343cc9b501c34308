package dev.llrtj.emulator;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `--env-vars file.json` in SAM CLI's format: {"Parameters": {...}} for every function, then an object named after
 * the function ({"MyFunction": {...}}) for that one, its values over the shared ones. Numbers and booleans become
 * their text, as SAM passes them; null leaves a variable out.
 */
final class EnvVarsFile {
    private EnvVarsFile() {}

    static Map<String, String> read(Path file, String functionName) {
        JsonObject all;
        try {
            all = new JsonObject(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("--env-vars: cannot read " + file + ": " + e.getMessage());
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("--env-vars: " + file + " is not a JSON object: " + e.getMessage());
        }
        Map<String, String> env = new LinkedHashMap<>();
        add(env, all, "Parameters", file);
        add(env, all, functionName, file);
        return env;
    }

    private static void add(Map<String, String> env, JsonObject all, String section, Path file) {
        Object values = all.getValue(section);
        if (values == null) {
            return;
        }
        if (!(values instanceof JsonObject object)) {
            throw new IllegalArgumentException("--env-vars: \"" + section + "\" in " + file + " is not an object");
        }
        object.forEach(e -> {
            if (e.getValue() instanceof JsonObject || e.getValue() instanceof io.vertx.core.json.JsonArray) {
                throw new IllegalArgumentException("--env-vars: " + section + "." + e.getKey() + " in " + file
                        + " is not a string, number or boolean");
            }
            if (e.getValue() != null) {
                env.put(e.getKey(), String.valueOf(e.getValue()));
            }
        });
    }
}
