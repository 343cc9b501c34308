package dev.llrtj.modules.subtle;

import dev.llrtj.engine.crypto.KeyHandle;
import dev.llrtj.engine.crypto.EcCurves;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/** ECDH and X25519 shared secrets, cut to the bit length deriveBits asks for. */
final class Agreements {
    private Agreements() {}

    static byte[] derive(String alg, KeyHandle own, KeyHandle peer, Integer lengthBits) throws GeneralSecurityException {
        if (!own.isPrivate()) throw new SubtleError("InvalidAccessError", alg + " derivation needs a private base key");
        if (peer == null || peer.isPrivate() || peer.secret != null) {
            throw new SubtleError("InvalidAccessError", "algorithm.public must be a public key");
        }
        PublicKey pub = peer.publicKey;
        if (alg.equals("ECDH") && (!(pub instanceof ECKey pk) || !(own.privateKey instanceof ECKey sk)
                || !EcCurves.name(pk.getParams()).equals(EcCurves.name(sk.getParams())))) {
            throw new SubtleError("InvalidAccessError", "algorithm.public must be an ECDH key on the same curve");
        }
        KeyAgreement ka = KeyAgreement.getInstance(alg.equals("ECDH") ? "ECDH" : "X25519");
        ka.init(own.privateKey);
        ka.doPhase(pub, true);
        return truncate(ka.generateSecret(), lengthBits);
    }

    /** The first `bits` bits (null: all of them); a length past the secret's is an OperationError. */
    static byte[] truncate(byte[] secret, Integer bits) {
        if (bits == null) return secret;
        if (bits > secret.length * 8) throw SubtleError.operation("derived length is longer than the shared secret");
        byte[] out = Arrays.copyOf(secret, (bits + 7) / 8);
        if (bits % 8 != 0) out[out.length - 1] &= (byte) (0xff << (8 - bits % 8));
        return out;
    }
}
