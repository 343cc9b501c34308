package dev.llrtj.loop.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressTextTest {
    @Test
    void printsIpv6AsNodeDoes() {
        assertEquals("::1", AddressText.of("0:0:0:0:0:0:0:1"));
        assertEquals("::", AddressText.of("0:0:0:0:0:0:0:0"));
        assertEquals("fe80::1%eth0", AddressText.of("fe80:0:0:0:0:0:0:1%eth0"));
        assertEquals("2001:db8::1:0:0:1", AddressText.of("2001:db8:0:0:1:0:0:1")); // the first of two equal runs
        assertEquals("2001:db8:0:1:1:1:1:1", AddressText.of("2001:db8:0:1:1:1:1:1")); // one zero group stays
        assertEquals("1::", AddressText.of("1:0:0:0:0:0:0:0"));
        assertEquals("127.0.0.1", AddressText.of("127.0.0.1"));
        assertEquals("::ffff:1.2.3.4", AddressText.of("::ffff:1.2.3.4"));
    }
}
