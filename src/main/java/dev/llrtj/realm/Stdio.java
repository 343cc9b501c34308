package dev.llrtj.realm;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The process's stdout and stderr as JS writes to them: UTF-8, unbuffered beyond one write. */
public final class Stdio {
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private Stdio() {}

    public static void write(int fd, String text) {
        PrintStream stream = fd == 2 ? ERR : OUT;
        stream.print(text);
        stream.flush();
    }

    /** Raw bytes to stdout (fd 1) or stderr (fd 2), as `fs.writeSync(1, buffer)` does in Node. */
    public static void writeBytes(int fd, byte[] data) {
        PrintStream stream = fd == 2 ? ERR : OUT;
        stream.write(data, 0, data.length);
        stream.flush();
    }

    public static void flush() {
        OUT.flush();
        ERR.flush();
    }
}
