/**
 * fetch's Java side: hands fetch.js the loop's HTTP client (dev.llrtj.loop.http) as `native`, byte arrays
 * crossing as Uint8Array/ArrayBuffer, plus the connection warm-up the embedded AWS SDK starts at init.
 */
package dev.llrtj.modules.fetch;
