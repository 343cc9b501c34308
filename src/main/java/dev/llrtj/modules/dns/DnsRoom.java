package dev.llrtj.modules.dns;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class DnsRoom {
    public static final Room ROOM = Room.of(DnsRoom.class)
            .module("dns", "dns.js", realm -> DnsBinding.create(realm))
            .js("dns/promises", "promises.js")
            .module("llrt:dns-resolver", "resolver.js", realm -> DnsBinding.create(realm))
            .dependsOn("errors", "net")
            .build();

    private DnsRoom() {}
}
