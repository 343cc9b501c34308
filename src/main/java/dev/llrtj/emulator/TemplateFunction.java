package dev.llrtj.emulator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A function of a SAM template as the emulator runs it: null where the template (and its Globals) says nothing,
 * so the command line's options and the emulator's defaults apply; {@code notes} are what the user should know
 * (variables that could not be resolved locally).
 */
public record TemplateFunction(String logicalId, Path codeDir, String handler, Double timeoutSeconds, Double memoryMb,
                               Map<String, String> env, List<String> notes) {}
