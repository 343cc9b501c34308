/**
 * node:zlib: deflate, gzip and their raw and auto-detecting kin over java.util.zip, zstd over aircompressor, brotli
 * decoding over org.brotli:dec (all pure Java, so the native image has them); crc32 over llrt:checksums. One codec
 * per stream (Codec); zlib.js builds Node's callback, *Sync, promise and Transform forms on it.
 */
package dev.llrtj.modules.zlib;
