/**
 * `llrt:sigv4`: the hashing half of AWS Signature Version 4 (canonical request, string to sign, signing key and its
 * cache, signature) in Java, for the embedded SDK's SignatureV4.signRequest (bundles/sdk/shims/signature-v4-java.js).
 */
package dev.llrtj.modules.sigv4;
