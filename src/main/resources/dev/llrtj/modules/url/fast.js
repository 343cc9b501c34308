// The URL record of a plain absolute http(s)/ws(s) URL without running the state machine (parse.js), which walks the
// input code point by code point in the interpreter: every SDK request's URL (fetch's Request, the endpoint) is such
// a URL, and each new S3 key is a new one (5-6% of a warm S3 put+get, docs/warm-sdk.md). Only inputs whose record the
// parser would build unchanged are taken: lower-case scheme and host, ASCII letters/digits/hyphens in non-empty
// labels (no xn-- label, no numeric last label other than a canonical dotted quad), a decimal port, and path and
// query characters that neither need percent-encoding nor mean anything else ('.' segments, '\', '#', quotes).
// Anything else returns null and goes to the full parser. fastParse(input) -> record | null.
'use strict';

const DEFAULT_PORTS = { http: 80, https: 443, ws: 80, wss: 443 };
const SIMPLE = /^(https?|wss?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::([0-9]{1,5}))?(\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*)?(?:\?([A-Za-z0-9\-._~!$&()*+,;=:@/?%]*))?$/;
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
const NUMERIC_LABEL = /^(?:[0-9]+|0x[0-9a-f]*)$/;
const CANONICAL_IPV4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;

function fastParse(input) {
  const m = SIMPLE.exec(input);
  if (m === null) return null;
  const scheme = m[1];
  const host = m[2];
  // a host ending in a number is an IPv4 address to the parser (octal, hex, fewer parts); only the form it would
  // serialise back unchanged is taken here
  const lastLabel = host.slice(host.lastIndexOf('.') + 1);
  if (NUMERIC_LABEL.test(lastLabel) && !CANONICAL_IPV4.test(host)) return null;
  if (host.startsWith('xn--') || host.includes('.xn--')) return null; // Punycode labels are decoded and checked
  let port = null;
  if (m[3] !== undefined) {
    port = parseInt(m[3], 10);
    if (port > 65535) return null;
    if (port === DEFAULT_PORTS[scheme]) port = null;
  }
  const pathText = m[4] === undefined ? '/' : m[4];
  if (DOT_SEGMENT.test(pathText)) return null;
  return {
    scheme, username: '', password: '', host, port,
    path: pathText.slice(1).split('/'),
    query: m[5] === undefined ? null : m[5],
    fragment: null,
  };
}

module.exports = { fastParse };
