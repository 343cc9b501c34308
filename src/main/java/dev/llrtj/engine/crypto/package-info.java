/**
 * Key material shared by the Web Crypto room (subtle) and node:crypto's KeyObject (crypto): the opaque key handle,
 * the NIST curves and Ed25519/X25519 encodings, and JWK import/export over the JCA. Knows no room.
 */
package dev.llrtj.engine.crypto;
