/** {@code llrt:codec}: LLRT's base64 and hex helpers (its API.md), over our Buffer, so LLRT code runs unchanged. */
package dev.llrtj.modules.codec;
