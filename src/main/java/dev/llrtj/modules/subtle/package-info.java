/**
 * `llrt:subtle`: Web Crypto's SubtleCrypto (subtle.js) over the JDK's JCA. The JS side normalises algorithms,
 * checks usages and shapes CryptoKey objects; these classes do the cryptography on byte arrays, split by operation.
 */
package dev.llrtj.modules.subtle;
