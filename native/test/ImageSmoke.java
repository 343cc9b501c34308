/*
 * ImageSmoke - an end-to-end check of an image built with the assembled toolchain (not run by toolchain.sh: an image
 * build takes minutes). It exercises what goes through the C libraries and the JDK's shared libraries: time zone,
 * locale, processors, environment, file I/O, a TCP round trip (plain sockets) and an HTTP round trip
 * (com.sun.net.httpserver + java.net.http), a child process, a signal handler, thread CPU time, zip/CRC.
 * Prints key=value lines and "SMOKE OK" / exits 1 on the first failure.
 *
 *   javac -d target/native-smoke native/test/ImageSmoke.java
 *   "$(native/toolchain.sh | tail -1)/bin/native-image" --no-fallback -march=x86-64-v2 \
 *       --enable-url-protocols=http -cp target/native-smoke -o target/native-smoke/smoke ImageSmoke
 *   TZ=:UTC LANG=en_US.UTF-8 target/native-smoke/smoke
 */
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.sun.net.httpserver.HttpServer;

public class ImageSmoke {
    static void check(boolean ok, String what) {
        if (!ok) {
            System.out.println("SMOKE FAILED: " + what);
            System.exit(1);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("timezone=" + TimeZone.getDefault().getID());
        System.out.println("locale=" + Locale.getDefault() + " format=" + Locale.getDefault(Locale.Category.FORMAT));
        System.out.println("processors=" + Runtime.getRuntime().availableProcessors());
        System.out.println("maxMemory=" + Runtime.getRuntime().maxMemory());
        System.out.println("env.HOME=" + System.getenv("HOME") + " env.SMOKE=" + System.getenv("SMOKE"));
        System.out.println("file.encoding=" + System.getProperty("file.encoding") + " native.encoding=" + System.getProperty("native.encoding"));
        System.out.println("tmpdir=" + System.getProperty("java.io.tmpdir") + " user.dir=" + System.getProperty("user.dir"));

        Path tmp = Files.createTempFile("smoke", ".txt");
        Files.writeString(tmp, "héllo file\n");
        String read = Files.readString(tmp);
        Files.delete(tmp);
        check(read.equals("héllo file\n"), "file round trip");
        String osRelease = Files.exists(Path.of("/etc/os-release")) ? Files.readAllLines(Path.of("/etc/os-release")).get(0) : "-";
        System.out.println("file=ok os-release=" + osRelease);

        // plain TCP echo
        try (ServerSocket server = new ServerSocket(0)) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getOutputStream().write(s.getInputStream().readNBytes(4));
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            t.start();
            try (Socket c = new Socket("127.0.0.1", server.getLocalPort())) {
                c.getOutputStream().write("ping".getBytes(StandardCharsets.US_ASCII));
                String echoed = new String(c.getInputStream().readNBytes(4), StandardCharsets.US_ASCII);
                check(echoed.equals("ping"), "tcp echo: " + echoed);
            }
            t.join();
            System.out.println("tcp=ok");
        }

        // HTTP round trip
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hello", ex -> {
            byte[] body = ("hi " + ex.getRequestMethod()).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        http.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/hello")).build(),
                    HttpResponse.BodyHandlers.ofString());
            check(r.statusCode() == 200 && r.body().equals("hi GET"), "http: " + r.statusCode() + " " + r.body());
            System.out.println("http=" + r.statusCode() + " " + r.body());
        } finally {
            http.stop(0);
        }

        // child process
        Process p = new ProcessBuilder("/bin/echo", "from", "child").redirectErrorStream(true).start();
        String out = new BufferedReader(new InputStreamReader(p.getInputStream())).readLine();
        check(p.waitFor() == 0 && "from child".equals(out), "process: " + out);
        System.out.println("process=" + out);

        // zip (libzip is not used for Deflater in JDK 25, but CRC32/Inflater go through java.util.zip natives)
        byte[] data = "zip zip zip zip zip".repeat(20).getBytes(StandardCharsets.US_ASCII);
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[1024];
        int n = d.deflate(buf);
        Inflater inf = new Inflater();
        inf.setInput(buf, 0, n);
        byte[] back = new byte[data.length];
        check(inf.inflate(back) == data.length, "inflate");
        CRC32 crc = new CRC32();
        crc.update(back);
        System.out.println("zip=ok crc=" + Long.toHexString(crc.getValue()));

        // signal handler (sun.misc.Signal path of the C support library)
        CountDownLatch got = new CountDownLatch(1);
        sun.misc.Signal.handle(new sun.misc.Signal("USR2"), s -> got.countDown());
        new ProcessBuilder("/bin/kill", "-USR2", Long.toString(ProcessHandle.current().pid())).start().waitFor();
        check(got.await(5, TimeUnit.SECONDS), "signal USR2 not delivered");
        System.out.println("signal=ok");

        // thread CPU time
        long spin = System.nanoTime();
        double x = 0;
        while (System.nanoTime() - spin < 100_000_000L) x += Math.sqrt(x + 1);
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadUserTime();
        check(cpu > 0, "thread user time " + cpu);
        System.out.println("osLoadAverage=" + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("threadUserTime=" + cpu + (x > 0 ? "" : ""));
        System.out.println("SMOKE OK");
    }
}
