package dev.llrtj.modules.crypto;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class CryptoRoom {
    public static final Room ROOM = Room.of(CryptoRoom.class)
            .module("crypto", "crypto.js", realm -> CryptoBinding.create(realm))
            .module("llrt:crypto-random", "random.js", realm -> CryptoBinding.create(realm))
            .module("llrt:crypto-keys", "keys.js", realm -> CryptoBinding.create(realm))
            .module("llrt:crypto-ciphers", "ciphers.js", realm -> CryptoBinding.create(realm))
            .module("llrt:crypto-derive", "derive.js", realm -> CryptoBinding.create(realm))
            .module("llrt:crypto-exchange", "exchange.js", realm -> CryptoBinding.create(realm))
            .module("llrt:crypto-agreement", "agreement.js", realm -> CryptoBinding.create(realm))
            .module("llrt:crypto-x509", "x509.js", realm -> CryptoBinding.create(realm))
            .global("crypto", "llrt:crypto-random", "webcrypto")
            .dependsOn("buffer", "errors", "subtle", "timers", "util", "net")
            .build();

    private CryptoRoom() {}
}
