import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Peak resident memory (VmHWM in /proc/<pid>/status) of a process and all its descendants, in KiB. */
final class PeakRss {
    private PeakRss() {}

    /** Read before the process is killed: /proc forgets a process once it has been reaped. */
    static long treeKb(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> vmHwmKb(p.pid())).sum();
    }

    static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return 0; // exited between listing and reading
        }
    }
}
