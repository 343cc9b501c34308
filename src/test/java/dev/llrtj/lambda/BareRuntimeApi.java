package dev.llrtj.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Runtime API on a bare loopback socket (no HTTP library that could hide the framing or read ahead): each `next`
 * answers the next of the given events (request ids req-1, req-2...), and each POST is handed to the test with its
 * body still unread on the connection, so the test reads it byte by byte, at the pace it chooses, and answers it.
 * A receive buffer size, when given, is set on the listening socket before it binds, so every accepted connection
 * has it from its first byte (Linux then leaves that buffer at its size instead of growing it).
 */
final class BareRuntimeApi implements AutoCloseable {
    /** One POST as it arrived: its head lines; the body is read by the test from {@link #in()}. */
    static final class Post {
        private final List<String> head;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final CountDownLatch answered = new CountDownLatch(1);

        private Post(List<String> head, Socket socket, InputStream in, OutputStream out) {
            this.head = head;
            this.socket = socket;
            this.in = in;
            this.out = out;
        }

        List<String> head() {
            return head;
        }

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).trim()).findFirst().orElse(null);
        }

        InputStream in() {
            return in;
        }

        Socket socket() {
            return socket;
        }

        /** Answers 202 as the Runtime API does and lets the connection take its next request. */
        void accept() throws IOException {
            out.write("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            answered.countDown();
        }
    }

    private final ServerSocket server;
    private final List<String> events;
    private final AtomicInteger nextCalls = new AtomicInteger();
    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    /** {@code receiveBuffer} bytes per connection (SO_RCVBUF), or 0 for the system's default. */
    BareRuntimeApi(List<String> events, int receiveBuffer) throws IOException {
        this.events = List.copyOf(events);
        server = new ServerSocket();
        if (receiveBuffer > 0) {
            server.setReceiveBufferSize(receiveBuffer);
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        acceptor = Thread.ofVirtual().start(this::acceptAll);
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The runtime's next POST, its body unread; fails after {@code seconds}. */
    Post awaitPost(long seconds) throws InterruptedException {
        Post post = posts.poll(seconds, TimeUnit.SECONDS);
        if (post == null) {
            throw new AssertionError("the runtime posted nothing within " + seconds + " s");
        }
        return post;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                List<String> head = new ArrayList<>();
                for (String line; !(line = readLine(in)).isEmpty(); ) {
                    head.add(line);
                }
                if (head.get(0).startsWith("GET ")) {
                    int n = nextCalls.getAndIncrement();
                    if (n >= events.size()) {
                        Thread.sleep(Long.MAX_VALUE); // no more work: the runtime waits, as in a real sandbox
                    }
                    byte[] event = events.get(n).getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: req-" + (n + 1)
                            + "\r\nLambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 120_000)
                            + "\r\nLambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:bare"
                            + "\r\nContent-Length: " + event.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(event);
                    out.flush();
                    continue;
                }
                Post post = new Post(head, socket, in, out);
                posts.add(post);
                post.answered.await(); // the test reads the body and answers before this connection goes on
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // connection over
        }
    }

    /** One line of a head or of the chunked framing, without its CRLF; fails at the end of the stream. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1; ) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        throw new IOException("connection closed");
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
