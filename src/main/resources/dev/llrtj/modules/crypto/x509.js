// Node's X509Certificate (internal/crypto/x509.js) on the JDK's certificate parser: the facts come from Java
// (Certificates, formatted as OpenSSL prints them); host, email and IP matching and the legacy object are here.
'use strict';

const errors = require('llrt:errors');
const keys = require('llrt:crypto-keys');

const Buffer = keys.Buffer; // buffer loads on first use
const kFacts = Symbol('x509 facts');

function X509Certificate(buffer) {
  if (!(this instanceof X509Certificate)) throw new TypeError("Class constructor X509Certificate cannot be invoked without 'new'");
  if (typeof buffer === 'string') buffer = Buffer().from(buffer);
  if (!ArrayBuffer.isView(buffer)) {
    throw errors.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  Object.defineProperty(this, kFacts, { value: native.x509Parse(buffer) });
}

function facts(cert) {
  let f = cert !== null && typeof cert === 'object' ? cert[kFacts] : undefined;
  if (!f) throw new TypeError('Illegal invocation');
  return f;
}

['subject', 'subjectAltName', 'issuer', 'validFrom', 'validTo', 'fingerprint', 'fingerprint256', 'fingerprint512',
  'keyUsage', 'serialNumber', 'ca'].forEach((name) => {
  Object.defineProperty(X509Certificate.prototype, name, {
    configurable: true, enumerable: true, get() { return facts(this)[name]; },
  });
});
Object.defineProperties(X509Certificate.prototype, {
  // "OCSP - URI:http://...\nCA Issuers - URI:http://..."; undefined without the extension
  infoAccess: {
    configurable: true,
    enumerable: true,
    get() {
      let pairs = facts(this).infoAccess;
      return pairs.length ? pairs.map((p) => `${p[0]} - URI:${p[1]}`).join('\n') : undefined;
    },
  },
  issuerCertificate: { configurable: true, enumerable: true, get() { facts(this); return undefined; } },
  raw: { configurable: true, enumerable: true, get() { return Buffer().from(facts(this).raw); } },
  publicKey: { configurable: true, enumerable: true, get() { return keys.wrap(facts(this).publicKey); } },
});

X509Certificate.prototype.toString = function toString() { return facts(this).pem; };
X509Certificate.prototype.toJSON = function toJSON() { return facts(this).pem; };

function checkString(value, name) {
  if (typeof value !== 'string') throw errors.invalidArgType(name, 'of type string', value);
}

function checkOptions(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  return options;
}

// a DNS name against a certificate name: case-insensitive; a wildcard stands for the whole leftmost label only
// (OpenSSL's defaults: wildcards and partial wildcards on, multi-label wildcards off)
function hostMatches(pattern, host, o) {
  let p = pattern.toLowerCase();
  let h = host.toLowerCase().replace(/\.$/, '');
  if (p === h) return true;
  if (o.wildcards === false || p.indexOf('*') < 0) return false;
  let pl = p.split('.');
  let hl = h.split('.');
  if (pl.length < 3 || pl.length !== hl.length || pl[0].indexOf('*') < 0 || pl.slice(1).join('.') !== hl.slice(1).join('.')) {
    return false;
  }
  let star = pl[0].indexOf('*');
  if (pl[0] !== '*' && o.partialWildcards === false) return false;
  let prefix = pl[0].slice(0, star);
  let suffix = pl[0].slice(star + 1);
  return hl[0].length >= prefix.length + suffix.length && hl[0].startsWith(prefix) && hl[0].endsWith(suffix);
}

// the subject's values of one attribute (CN, emailAddress)
function subjectValues(f, attribute) {
  return f.subjectParts.filter((p) => p[0] === attribute).map((p) => p[1]);
}

// subject: 'default' (the subject only when there are no alt names of the kind), 'always', 'never'
function useSubject(o, altCount) {
  let subject = o.subject === undefined ? 'default' : o.subject;
  return subject === 'always' || (subject === 'default' && altCount === 0);
}

X509Certificate.prototype.checkHost = function checkHost(name, options) {
  checkString(name, 'name');
  let o = checkOptions(options);
  let f = facts(this);
  let found = f.dns.find((d) => hostMatches(d, name, o));
  if (found === undefined && useSubject(o, f.dns.length)) found = subjectValues(f, 'CN').find((d) => hostMatches(d, name, o));
  return found;
};

X509Certificate.prototype.checkEmail = function checkEmail(email, options) {
  checkString(email, 'email');
  let o = checkOptions(options);
  let f = facts(this);
  // the local part is compared as is, the domain without case
  let same = (a) => {
    let i = a.lastIndexOf('@');
    let j = email.lastIndexOf('@');
    return i >= 0 && j >= 0 && a.slice(0, i) === email.slice(0, j) && a.slice(i).toLowerCase() === email.slice(j).toLowerCase();
  };
  let found = f.emails.some(same) || (useSubject(o, f.emails.length) && subjectValues(f, 'emailAddress').some(same));
  return found ? email : undefined;
};

// an IP address as its bytes (4 or 16), for comparing text forms
function ipBytes(ip) {
  let net = require('net');
  if (net.isIPv4(ip)) return ip.split('.').map(Number); // not equal to its IPv4-mapped IPv6 form, as in Node
  if (!net.isIPv6(ip)) return null;
  // an embedded IPv4 tail ("::ffff:1.2.3.4") becomes its two hex groups
  let text = ip.replace(/%.*$/, '').replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/,
    (m, a, b, c, d) => ((a << 8) | b).toString(16) + ':' + ((c << 8) | d).toString(16));
  let halves = text.split('::');
  let head = halves[0] ? halves[0].split(':').map((h) => parseInt(h, 16)) : [];
  let rest = halves.length > 1 && halves[1] ? halves[1].split(':').map((h) => parseInt(h, 16)) : [];
  let fill = halves.length > 1 ? new Array(8 - head.length - rest.length).fill(0) : [];
  let groups = head.concat(fill, rest);
  let out = [];
  groups.forEach((g) => out.push(g >> 8, g & 255));
  return out;
}

X509Certificate.prototype.checkIP = function checkIP(ip) {
  checkString(ip, 'ip');
  let want = ipBytes(ip);
  if (want === null) throw errors.coded(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
  let key = want.join('.');
  return facts(this).ips.some((a) => { let b = ipBytes(a); return b !== null && b.join('.') === key; }) ? ip : undefined;
};

X509Certificate.prototype.checkIssued = function checkIssued(otherCert) {
  if (!(otherCert instanceof X509Certificate)) {
    throw errors.invalidArgType('otherCert', 'an instance of X509Certificate', otherCert);
  }
  return native.x509Issued(facts(this).raw, facts(otherCert).raw);
};

function checkKeyObject(key, type) {
  if (!(key instanceof keys.KeyObject)) throw errors.invalidArgType('pkey', 'an instance of KeyObject', key);
  if (key.type !== type) {
    throw errors.coded(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'pkey' is invalid. Received ${require('util').inspect(key)}`);
  }
}

X509Certificate.prototype.checkPrivateKey = function checkPrivateKey(pkey) {
  checkKeyObject(pkey, 'private');
  return this.publicKey.equals(keys.createPublicKey(pkey));
};

X509Certificate.prototype.verify = function verify(pkey) {
  checkKeyObject(pkey, 'public');
  return native.x509Verify(facts(this).raw, keys.handleOf(pkey));
};

// an attribute list as Node's legacy objects hold it: repeated attributes become arrays
function legacyName(parts) {
  let o = {};
  parts.forEach((p) => {
    if (o[p[0]] === undefined) o[p[0]] = p[1];
    else o[p[0]] = [].concat(o[p[0]], p[1]);
  });
  return o;
}

X509Certificate.prototype.toLegacyObject = function toLegacyObject() {
  let f = facts(this);
  let out = { subject: legacyName(f.subjectParts), issuer: legacyName(f.issuerParts) };
  if (f.subjectAltName !== undefined) out.subjectaltname = f.subjectAltName;
  if (f.infoAccess.length) {
    out.infoAccess = {};
    f.infoAccess.forEach((p) => { (out.infoAccess[`${p[0]} - URI`] = out.infoAccess[`${p[0]} - URI`] || []).push(p[1]); });
  }
  out.ca = f.ca;
  let key = this.publicKey;
  let jwk = key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'ec' ? key.export({ format: 'jwk' }) : null;
  if (key.asymmetricKeyType === 'rsa') {
    out.modulus = Buffer().from(jwk.n, 'base64url').toString('hex').toUpperCase();
    out.bits = key.asymmetricKeyDetails.modulusLength;
    out.exponent = '0x' + Buffer().from(jwk.e, 'base64url').toString('hex').replace(/^0+/, '');
    out.pubkey = key.export({ type: 'spki', format: 'der' });
  } else if (key.asymmetricKeyType === 'ec') {
    let x = Buffer().from(jwk.x, 'base64url');
    out.bits = { 'P-256': 256, 'P-384': 384, 'P-521': 521 }[jwk.crv];
    out.pubkey = Buffer().concat([Buffer().from([4]), x, Buffer().from(jwk.y, 'base64url')]);
    out.asn1Curve = key.asymmetricKeyDetails.namedCurve;
    out.nistCurve = jwk.crv;
  }
  out.valid_from = f.validFrom;
  out.valid_to = f.validTo;
  out.fingerprint = f.fingerprint;
  out.fingerprint256 = f.fingerprint256;
  out.fingerprint512 = f.fingerprint512;
  if (f.keyUsage !== undefined) out.ext_key_usage = f.keyUsage;
  out.serialNumber = f.serialNumber;
  out.raw = this.raw;
  return out;
};

module.exports = { X509Certificate };
