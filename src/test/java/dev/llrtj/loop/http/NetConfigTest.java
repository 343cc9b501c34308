package dev.llrtj.loop.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LLRT's network variables: defaults, list parsing and the allow/deny decision with LLRT's messages. */
class NetConfigTest {
    private static String refusal(NetConfig config, String url) {
        return config.refusal(URI.create(url));
    }

    @Test
    void defaultsAreLlrts() {
        NetConfig config = NetConfig.defaults();
        assertEquals(15, config.poolIdleTimeoutSeconds());
        assertFalse(config.http2(), "LLRT enables only HTTP/1.1 unless LLRT_HTTP_VERSION=2");
        assertFalse(config.tls13(), "LLRT enables only TLS 1.2 unless LLRT_TLS_VERSION=1.3");
        assertNull(config.allow());
        assertNull(config.deny());
        assertNull(refusal(config, "https://anything.example/"));
    }

    @Test
    void readsTheEnvironment() {
        NetConfig config = NetConfig.fromEnv(Map.of("LLRT_HTTP_VERSION", "2", "LLRT_TLS_VERSION", "1.3",
                "LLRT_NET_POOL_IDLE_TIMEOUT", "40", "LLRT_EXTRA_CA_CERTS", "/etc/ca.pem"));
        assertTrue(config.http2());
        assertTrue(config.tls13());
        assertEquals(40, config.poolIdleTimeoutSeconds());
        assertEquals("/etc/ca.pem", config.extraCaFile());
        assertEquals(15, NetConfig.fromEnv(Map.of("LLRT_NET_POOL_IDLE_TIMEOUT", "soon")).poolIdleTimeoutSeconds());
        assertFalse(NetConfig.fromEnv(Map.of("LLRT_HTTP_VERSION", "1.1")).http2());
    }

    @Test
    void anAllowListAdmitsOnlyItsHostsAndTheirSubdomains() {
        NetConfig config = NetConfig.fromEnv(Map.of("LLRT_NET_ALLOW", "https://amazonaws.com, example.org:8443"));
        assertNull(refusal(config, "https://dynamodb.us-east-1.amazonaws.com/"));
        assertNull(refusal(config, "https://amazonaws.com/x"));
        assertNull(refusal(config, "https://example.org:8443/"));
        assertEquals("URL not allowed: example.org", refusal(config, "https://example.org/"));
        assertEquals("URL not allowed: notamazonaws.com", refusal(config, "https://notamazonaws.com/"));
        assertEquals("URL not allowed: example.org:8080", refusal(config, "http://example.org:8080/"), "a port given pins it");
        assertNull(refusal(config, "http://amazonaws.com:8080/"), "an entry without a port covers every port");
    }

    @Test
    void anEmptyAllowListDeniesEverything() {
        NetConfig config = NetConfig.fromEnv(Map.of("LLRT_NET_ALLOW", ""));
        assertEquals("URL not allowed: localhost:9000", refusal(config, "http://localhost:9000/"));
    }

    @Test
    void denyWinsOverAllow() {
        NetConfig config = NetConfig.fromEnv(Map.of("LLRT_NET_ALLOW", "example.com", "LLRT_NET_DENY", "bad.example.com"));
        assertNull(refusal(config, "https://good.example.com/"));
        assertEquals("URL denied: bad.example.com", refusal(config, "https://bad.example.com/"));
        assertEquals("URL denied: x.bad.example.com", refusal(config, "http://x.bad.example.com/"));
    }

    @Test
    void listsSplitOnSpacesAndCommasAndIgnoreSchemesAndPaths() {
        assertEquals(3, NetConfig.rules(" a.com,b.com   http://c.com/path ").size());
        assertEquals(new NetConfig.Rule("c.com", NetConfig.Rule.ANY_PORT), NetConfig.rules("http://c.com/path").get(0));
        assertEquals(new NetConfig.Rule("::1", 8080), NetConfig.rules("[::1]:8080").get(0));
    }

    @Test
    void aDenyEntryWithoutAPortBlocksEveryPortOfTheHost() {
        NetConfig config = NetConfig.fromEnv(Map.of("LLRT_NET_DENY", "127.0.0.1"));
        assertEquals("URL denied: 127.0.0.1:35701", refusal(config, "http://127.0.0.1:35701/"));
        assertEquals("URL denied: 127.0.0.1", refusal(config, "https://127.0.0.1/"));
    }

    @Test
    void aDenyEntryBlocksEveryOtherSpellingOfItsAddress() {
        for (String entry : new String[] {"127.0.0.1:35701", "localhost:35701"}) {
            NetConfig config = NetConfig.fromEnv(Map.of("LLRT_NET_DENY", entry));
            for (String host : new String[] {"127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "0.0.0.0", "0", "[::1]",
                    "127.0.0.2", "2130706433", "[::]"}) {
                assertEquals("URL denied: " + host.replaceAll("[\\[\\]]", "") + ":35701",
                        refusal(config, "http://" + host + ":35701/"), entry + " vs " + host);
            }
            assertNull(refusal(config, "http://127.0.0.1:35702/"), "the port given pins it");
        }
        NetConfig v6 = NetConfig.fromEnv(Map.of("LLRT_NET_DENY", "[::ffff:10.1.2.3]"));
        assertEquals("URL denied: 10.1.2.3", refusal(v6, "http://10.1.2.3/"));
        assertNull(refusal(v6, "http://10.1.2.4/"));
    }

    @Test
    void aHostJavaNetUriCannotReadIsCheckedAllTheSame() {
        // java.net.URI reads no host from "127.1" (BSD shorthand for 127.0.0.1, which the connection resolves) or a
        // name with an underscore: net.connect(port, '127.1') went through a deny of 127.0.0.1 unchecked
        NetConfig config = NetConfig.fromEnv(Map.of("LLRT_NET_DENY", "127.0.0.1 my_host"));
        assertEquals("URL denied: 127.1:35701", refusal(config, "tcp://127.1:35701"));
        assertEquals("URL denied: 127.0.1:35701", refusal(config, "tls://127.0.1:35701"));
        assertEquals("URL denied: 127.1", refusal(config, "http://user@127.1/"));
        assertEquals("URL denied: my_host:8080", refusal(config, "http://my_host:8080/x"));
        assertNull(refusal(config, "tcp://10.1:35701"), "10.1 is 10.0.0.1, not on the list");
        NetConfig allow = NetConfig.fromEnv(Map.of("LLRT_NET_ALLOW", "127.0.0.1:9000"));
        assertNull(refusal(allow, "tcp://127.1:9000"));
        assertEquals("URL not allowed: 127.1:9001", refusal(allow, "tcp://127.1:9001"));
    }

    @Test
    void anAllowListComparesAddressesToo() {
        NetConfig config = NetConfig.fromEnv(Map.of("LLRT_NET_ALLOW", "127.0.0.1:9000"));
        assertNull(refusal(config, "http://localhost:9000/"));
        assertNull(refusal(config, "http://[::ffff:127.0.0.1]:9000/"));
        assertEquals("URL not allowed: localhost:9001", refusal(config, "http://localhost:9001/"));
        assertEquals("URL not allowed: 10.0.0.1:9000", refusal(config, "http://10.0.0.1:9000/"));
    }
}
