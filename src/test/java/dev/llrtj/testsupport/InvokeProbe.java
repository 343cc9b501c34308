package dev.llrtj.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** `curl -d body url` against a process that is still starting: repeated while nothing listens yet. */
public final class InvokeProbe {
    private InvokeProbe() {}

    public static HttpResponse<String> postUntilListening(String url, String body, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(60)).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!process.isAlive() || System.nanoTime() > until) {
                    throw new AssertionError("nothing answered on " + url + " (alive: " + process.isAlive() + ")", e);
                }
                Thread.sleep(100);
            }
        }
    }
}
