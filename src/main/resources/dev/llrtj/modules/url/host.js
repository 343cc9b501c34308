// WHATWG URL host parsing and serialisation (domains, IPv4, IPv6, opaque hosts) and the percent-encoding sets.
// IDNA for non-ASCII domains is java.net.IDN (the `native` binding). Returns null on failure, as the spec's
// "failure".
'use strict';

// percent-encode sets as predicates over a code point
function c0(c) { return c < 0x20 || c > 0x7e; }
function fragmentSet(c) { return c0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60; }
function querySet(c) { return c0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e; }
function specialQuerySet(c) { return querySet(c) || c === 0x27; }
function pathSet(c) { return querySet(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d; }
function userinfoSet(c) {
  return pathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
    (c >= 0x5b && c <= 0x5e) || c === 0x7c;
}
function componentSet(c) { return userinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c; }
function formSet(c) { return componentSet(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e; }

const HEX = '0123456789ABCDEF';

function utf8Bytes(cp) {
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // lone surrogate: USVString conversion
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

function encodeCodePoint(cp, inSet, spaceAsPlus) {
  if (spaceAsPlus && cp === 0x20) return '+';
  if (!inSet(cp)) return String.fromCodePoint(cp);
  return utf8Bytes(cp).map(b => '%' + HEX[b >> 4] + HEX[b & 15]).join('');
}

function percentEncode(str, inSet, spaceAsPlus) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    let cp = str.codePointAt(i);
    if (cp > 0xffff) i++;
    out += encodeCodePoint(cp, inSet, spaceAsPlus);
  }
  return out;
}

function isHex(ch) { return ch !== undefined && /^[0-9A-Fa-f]$/.test(ch); }

// percent-decode to bytes, then UTF-8 decode (invalid sequences become U+FFFD)
function percentDecodeBytes(str) {
  let bytes = [];
  for (let i = 0; i < str.length; i++) {
    let ch = str.charAt(i);
    if (ch === '%' && isHex(str.charAt(i + 1)) && isHex(str.charAt(i + 2))) {
      bytes.push(parseInt(str.substr(i + 1, 2), 16));
      i += 2;
    } else {
      let cp = str.codePointAt(i);
      if (cp > 0xffff) i++;
      Array.prototype.push.apply(bytes, utf8Bytes(cp));
    }
  }
  return bytes;
}

function utf8Decode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    let b = bytes[i];
    let need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) { out += '\ufffd'; i++; continue; }
    let cp = need === 0 ? b : b & (0x3f >> need);
    let ok = true;
    let j = 1;
    for (; j <= need; j++) {
      let n = bytes[i + j];
      let lo = 0x80, hi = 0xbf;
      if (j === 1 && b === 0xe0) lo = 0xa0;
      if (j === 1 && b === 0xed) hi = 0x9f;
      if (j === 1 && b === 0xf0) lo = 0x90;
      if (j === 1 && b === 0xf4) hi = 0x8f;
      if (n === undefined || n < lo || n > hi) { ok = false; break; }
      cp = (cp << 6) | (n & 0x3f);
    }
    if (!ok) { out += '\ufffd'; i += j; continue; }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function percentDecode(str) {
  return utf8Decode(percentDecodeBytes(str));
}

const FORBIDDEN_HOST = /[\u0000\u0009\u000a\u000d #/:<>?@[\\\]^|]/;
const FORBIDDEN_DOMAIN = /[\u0000-\u001f #%/:<>?@[\\\]^|\u007f]/;

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && (s.startsWith('0x') || s.startsWith('0X'))) { s = s.slice(2); radix = 16; }
  else if (s.length >= 2 && s.charAt(0) === '0') { s = s.slice(1); radix = 8; }
  if (s === '') return 0;
  let valid = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInNumber(domain) {
  let parts = domain.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  let last = parts[parts.length - 1];
  if (/^[0-9]+$/.test(last)) return true;
  return !isNaN(parseIPv4Number(last)) && /^0[xX]/.test(last);
}

function parseIPv4(domain) {
  let parts = domain.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  let numbers = parts.map(parseIPv4Number);
  if (numbers.some(n => n !== n)) return null;
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  if (numbers[numbers.length - 1] >= Math.pow(256, 5 - numbers.length)) return null;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * Math.pow(256, 3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  let out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  let address = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0;
  let compress = null;
  let p = 0;
  let at = i => input.charAt(i);
  if (at(p) === ':') {
    if (at(p + 1) !== ':') return null;
    p += 2;
    compress = ++piece;
  }
  while (p < input.length) {
    if (piece === 8) return null;
    if (at(p) === ':') {
      if (compress !== null) return null;
      p++;
      compress = ++piece;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHex(at(p))) {
      value = value * 16 + parseInt(at(p), 16);
      p++;
      length++;
    }
    if (at(p) === '.') {
      if (length === 0) return null;
      p -= length;
      if (piece > 6) return null;
      let numbersSeen = 0;
      while (p < input.length) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(p) === '.' && numbersSeen < 4) p++;
          else return null;
        }
        if (!/[0-9]/.test(at(p))) return null;
        while (/[0-9]/.test(at(p))) {
          let number = parseInt(at(p), 10);
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[piece] = address[piece] * 256 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) piece++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === ':') {
      p++;
      if (p >= input.length) return null;
    } else if (p < input.length) {
      return null;
    }
    address[piece++] = value;
  }
  if (compress !== null) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      let t = address[piece];
      address[piece] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // the first longest run of two or more zero pieces is compressed
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j === i ? i + 1 : j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// UTS #46 ToASCII as far as java.net.IDN goes; ASCII labels are only lower-cased
function domainToASCII(domain, beStrict) {
  if (/^[\u0000-\u007f]*$/.test(domain)) {
    // an "xn--" label must be valid Punycode
    if (/(^|\.)xn--/i.test(domain) && !native.validAceLabels(domain)) return null;
    return domain.toLowerCase();
  }
  // an already-encoded label must be ASCII
  if (domain.split(/[.\u3002\uff0e\uff61]/).some(label => /^xn--/i.test(label) && /[^\u0000-\u007f]/.test(label))) return null;
  let ascii = native.toASCII(domain);
  return ascii === null ? null : ascii.toLowerCase();
}

function domainToUnicode(domain) {
  let unicode = native.toUnicode(domain);
  return unicode === null ? '' : unicode;
}

// the serialised host, or null on failure
function parseHost(input, isOpaque) {
  if (input.charAt(0) === '[') {
    if (input.charAt(input.length - 1) !== ']') return null;
    let address = parseIPv6(input.slice(1, -1));
    return address === null ? null : '[' + serializeIPv6(address) + ']';
  }
  if (isOpaque) {
    if (FORBIDDEN_HOST.test(input)) return null;
    return percentEncode(input, c0);
  }
  let asciiDomain = domainToASCII(percentDecode(input), false);
  if (asciiDomain === null || asciiDomain === '' || FORBIDDEN_DOMAIN.test(asciiDomain)) return null;
  if (endsInNumber(asciiDomain)) {
    let ipv4 = parseIPv4(asciiDomain);
    return ipv4 === null ? null : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

module.exports = {
  parseHost, domainToASCII, domainToUnicode, percentEncode, percentDecode, percentDecodeBytes, utf8Decode,
  encodeCodePoint, c0, fragmentSet, querySet, specialQuerySet, pathSet, userinfoSet, componentSet, formSet,
};
