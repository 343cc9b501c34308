// llrt:net (internal): connection warm-up for the embedded AWS SDK, without loading fetch itself.
// warmup(url, timeoutMs) opens one pooled TCP+TLS connection to url's origin in the background (one GET whose
// answer is dropped); it keeps nothing alive and gives up silently on a refused, unreachable or slow origin.
'use strict';

module.exports = {
  warmup(url, timeoutMs) {
    native.warmup(String(url), timeoutMs === undefined ? 1000 : Number(timeoutMs));
  },
};
