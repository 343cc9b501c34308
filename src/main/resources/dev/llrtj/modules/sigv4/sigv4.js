// AWS Signature Version 4's hashing half in Java, for the embedded SDK's SignatureV4.signRequest
// (bundles/sdk/shims/signature-v4-java.js): the SDK prepares the request and its canonical headers, this hashes.
//   sha256Hex(data): hex SHA-256 of a string (as UTF-8), an ArrayBuffer or a view of one
//   sign(method, canonicalPath, canonicalQuery, canonicalHeaders, payloadHash, longDate, scope,
//        secretAccessKey, shortDate, region, keyService): [signedHeaders, signature], as SignatureV4 computes them
'use strict';

exports.sha256Hex = function sha256Hex(data) {
  return native.sha256Hex(data);
};
exports.sign = function sign(method, canonicalPath, canonicalQuery, canonicalHeaders, payloadHash, longDate, scope,
  secretAccessKey, shortDate, region, keyService) {
  if (canonicalHeaders === null || typeof canonicalHeaders !== 'object') {
    throw new TypeError('sign: canonicalHeaders must be an object of lower-case names to values');
  }
  return native.sign(method, canonicalPath, canonicalQuery, canonicalHeaders, payloadHash, longDate, scope,
    secretAccessKey, shortDate, region, keyService);
};
