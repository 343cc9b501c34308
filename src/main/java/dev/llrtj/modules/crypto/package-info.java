/** `crypto` (crypto.js) and the global `crypto`: hashing, HMAC and secure random bytes over the JCA. */
package dev.llrtj.modules.crypto;
