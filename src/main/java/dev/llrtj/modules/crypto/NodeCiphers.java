package dev.llrtj.modules.crypto;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * createCipheriv/createDecipheriv over the JCA: AES-128/192/256 in GCM, CBC, CTR and ECB, and ChaCha20-Poly1305.
 * The JCA appends an AEAD tag to the ciphertext (and wants it after the ciphertext when decrypting); Node hands it
 * over separately (getAuthTag/setAuthTag), so the handle cuts it off or feeds it in at final().
 */
final class NodeCiphers {
    /** Node name → {JCA transformation family, key bytes}; the mode is read from the name. */
    private static final Map<String, Integer> AES = Map.ofEntries(
            Map.entry("aes-128-gcm", 16), Map.entry("aes-192-gcm", 24), Map.entry("aes-256-gcm", 32),
            Map.entry("aes-128-cbc", 16), Map.entry("aes-192-cbc", 24), Map.entry("aes-256-cbc", 32),
            Map.entry("aes-128-ctr", 16), Map.entry("aes-192-ctr", 24), Map.entry("aes-256-ctr", 32),
            Map.entry("aes-128-ecb", 16), Map.entry("aes-192-ecb", 24), Map.entry("aes-256-ecb", 32),
            Map.entry("id-aes128-gcm", 16), Map.entry("id-aes192-gcm", 24), Map.entry("id-aes256-gcm", 32),
            Map.entry("aes128", 16), Map.entry("aes192", 24), Map.entry("aes256", 32));
    static final String CHACHA = "chacha20-poly1305";

    private NodeCiphers() {}

    static List<String> names() {
        List<String> all = new java.util.ArrayList<>(AES.keySet());
        all.add(CHACHA);
        all.sort(null);
        return all;
    }

    static Scriptable create(Scriptable global, String name, boolean encrypt, byte[] key, byte[] iv, int tagLength)
            throws GeneralSecurityException {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean chacha = lower.equals(CHACHA);
        Integer keyBytes = chacha ? Integer.valueOf(32) : AES.get(lower);
        if (keyBytes == null) throw new NodeCryptoError("Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
        String mode = chacha ? "chacha" : lower.startsWith("aes") && lower.length() == 6 ? "cbc" : lower.substring(lower.length() - 3);
        if (key.length != keyBytes) throw new NodeCryptoError("RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
        boolean aead = mode.equals("gcm") || chacha;
        boolean ivOk = switch (mode) {
            case "gcm" -> iv != null && iv.length > 0;
            case "chacha" -> iv != null && iv.length == 12;
            case "ecb" -> iv == null || iv.length == 0;
            default -> iv != null && iv.length == 16;
        };
        if (!ivOk) throw new NodeCryptoError("TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
        if (aead && (tagLength < 4 || tagLength > 16 || chacha && tagLength != 16)) {
            throw new NodeCryptoError("TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG", "Invalid authentication tag length: " + tagLength);
        }
        return new Handle(global, mode, encrypt, key, iv, tagLength).object;
    }

    private static final class Handle {
        final ScriptableObject object;
        final String mode;
        final boolean encrypt;
        final byte[] key;
        final byte[] iv;
        final int tagLength;
        Cipher cipher;
        boolean padding = true;
        byte[] tag;
        boolean done;
        // AEAD decryption: the JCA gives no plaintext before the tag is checked anyway, and wants the tag's length
        // up front, which Node lets setAuthTag give at any time before final()
        final java.io.ByteArrayOutputStream buffered;
        final java.io.ByteArrayOutputStream aad = new java.io.ByteArrayOutputStream();

        Handle(Scriptable global, String mode, boolean encrypt, byte[] key, byte[] iv, int tagLength) {
            this.mode = mode;
            this.encrypt = encrypt;
            this.key = key;
            this.iv = iv;
            this.tagLength = tagLength;
            buffered = !encrypt && (mode.equals("gcm") || mode.equals("chacha")) ? new java.io.ByteArrayOutputStream() : null;
            object = Natives.newObject(global);
            fn("update", a -> {
                if (buffered != null) {
                    buffered.writeBytes(bytes(a[0]));
                    return JsBytes.arrayBuffer(global, new byte[0]);
                }
                return JsBytes.arrayBuffer(global, orEmpty(cipher().update(bytes(a[0]))));
            });
            fn("final", a -> JsBytes.arrayBuffer(global, finish()));
            fn("setAAD", a -> {
                if (buffered != null) aad.writeBytes(bytes(a[0]));
                else cipher().updateAAD(bytes(a[0]));
                return null;
            });
            fn("setAutoPadding", a -> {
                if (cipher != null) return false;
                padding = Context.toBoolean(a[0]);
                return true;
            });
            fn("setAuthTag", a -> {
                tag = bytes(a[0]);
                return null;
            });
            fn("getAuthTag", a -> tag == null ? null : JsBytes.arrayBuffer(global, tag.clone()));
        }

        @FunctionalInterface
        interface Op {
            Object run(Object[] args) throws GeneralSecurityException;
        }

        private void fn(String name, Op op) {
            Natives.define(object, name, 1, (cx, scope, args) -> {
                try {
                    return op.run(Arrays.copyOf(args, Math.max(1, args.length)));
                } catch (NodeCryptoError e) {
                    throw e.toJs(cx, scope);
                } catch (GeneralSecurityException | IllegalStateException e) {
                    throw NodeCryptoError.toJs(cx, scope, "Error", "ERR_CRYPTO_OPERATION_FAILED", String.valueOf(e.getMessage()));
                }
            });
        }

        // made on first use: setAutoPadding may change the transformation before any data
        private Cipher cipher() throws GeneralSecurityException {
            if (cipher != null) return cipher;
            int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            switch (mode) {
                case "gcm" -> {
                    cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    // always the full tag: the JCA makes none shorter than 12 bytes, a shorter GCM tag is its prefix
                    cipher.init(op, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
                }
                case "chacha" -> {
                    cipher = Cipher.getInstance("ChaCha20-Poly1305");
                    cipher.init(op, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(iv));
                }
                case "ctr" -> {
                    cipher = Cipher.getInstance("AES/CTR/NoPadding");
                    cipher.init(op, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
                }
                case "ecb" -> {
                    cipher = Cipher.getInstance(padding ? "AES/ECB/PKCS5Padding" : "AES/ECB/NoPadding");
                    cipher.init(op, new SecretKeySpec(key, "AES"));
                }
                default -> {
                    cipher = Cipher.getInstance(padding ? "AES/CBC/PKCS5Padding" : "AES/CBC/NoPadding");
                    cipher.init(op, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
                }
            }
            return cipher;
        }

        private byte[] finish() throws GeneralSecurityException {
            if (done) throw new NodeCryptoError("Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state");
            done = true;
            boolean aead = mode.equals("gcm") || mode.equals("chacha");
            try {
                if (!aead) return cipher().doFinal();
                if (encrypt) {
                    byte[] out = cipher().doFinal();
                    int n = out.length - (mode.equals("gcm") ? 16 : tagLength);
                    tag = Arrays.copyOfRange(out, n, n + tagLength);
                    return Arrays.copyOf(out, n);
                }
                if (tag == null || tag.length < 4 || tag.length > 16 || mode.equals("chacha") && tag.length != 16) {
                    throw new AEADBadTagException();
                }
                if (mode.equals("gcm") && tag.length < 12) return shortTagGcm(buffered.toByteArray(), aad.toByteArray());
                Cipher c = mode.equals("gcm") ? Cipher.getInstance("AES/GCM/NoPadding") : cipher();
                if (mode.equals("gcm")) c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(tag.length * 8, iv));
                if (aad.size() > 0) c.updateAAD(aad.toByteArray());
                byte[] head = orEmpty(c.update(buffered.toByteArray()));
                return dev.llrtj.engine.crypto.KeyBytes.concat(head, orEmpty(c.doFinal(tag)));
            } catch (AEADBadTagException e) {
                throw new NodeCryptoError("Error", null, "Unsupported state or unable to authenticate data");
            } catch (BadPaddingException e) {
                throw new NodeCryptoError("Error", "ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
            } catch (IllegalBlockSizeException e) {
                throw new NodeCryptoError("Error", "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH",
                        "error:1C80006B:Provider routines::wrong final block length");
            }
        }
        /**
         * GCM decryption with a tag shorter than the JCA takes: GCM's keystream does not depend on the data, so
         * "encrypting" the ciphertext yields the plaintext, and encrypting that gives the full tag to compare.
         */
        private byte[] shortTagGcm(byte[] ciphertext, byte[] aadBytes) throws GeneralSecurityException {
            byte[] plain = gcmEncrypt(ciphertext, new byte[0]);
            byte[] again = gcmEncrypt(Arrays.copyOf(plain, plain.length - 16), aadBytes);
            byte[] full = Arrays.copyOfRange(again, again.length - 16, again.length - 16 + tag.length);
            if (!java.security.MessageDigest.isEqual(full, tag)) throw new AEADBadTagException();
            return Arrays.copyOf(plain, plain.length - 16);
        }

        private byte[] gcmEncrypt(byte[] data, byte[] aadBytes) throws GeneralSecurityException {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            if (aadBytes.length > 0) c.updateAAD(aadBytes);
            return c.doFinal(data);
        }
    }

    private static byte[] bytes(Object value) {
        byte[] b = JsBytes.copy(value);
        if (b == null) throw new NodeCryptoError("TypeError", "ERR_INVALID_ARG_TYPE", "expected bytes");
        return b;
    }

    private static byte[] orEmpty(byte[] b) {
        return b == null ? new byte[0] : b;
    }
}
