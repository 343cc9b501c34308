
// ---- appended by llrt's SDK build (bundles/sdk/shims/signature-v4-java.js) ----
// signRequest with its hashing in Java (llrt:sigv4): the canonical request, string to sign, signing key (cached) and
// signature, plus the payload's SHA-256, each computed by the runtime instead of a chain of node:crypto hash objects,
// awaits and byte-by-byte hex. Taken only when the result cannot differ: the hasher is the SDK's own SHA-256
// (Sha256Node over node:crypto) and no subclass or instance replaced a method this skips; otherwise the SDK's own
// signRequest runs. Everything else is the SDK's code in the SDK's order (credentials, region, prepareRequest,
// canonical headers, path and query), so the signed request is the same, byte for byte (SigV4SignaturesTest).
import { Sha256 as __llrtSdkSha256 } from "@smithy/core/checksum";
import { hasOwn as __llrtHasOwn, isArrayBuffer as __llrtIsArrayBuffer } from "@smithy/core/serde";
import { getCanonicalQuery as __llrtCanonicalQuery } from "./getCanonicalQuery";
const __llrtSignRequestJs = SignatureV4.prototype.signRequest;
const __llrtBase = SignatureV4.prototype;
let __llrtSigv4;
function __llrtJavaSigning(signer) {
  return signer.sha256 === __llrtSdkSha256 &&
    signer.getSigningKey === __llrtBase.getSigningKey &&
    signer.getSignature === __llrtBase.getSignature &&
    signer.createStringToSign === __llrtBase.createStringToSign &&
    signer.createCanonicalRequest === __llrtBase.createCanonicalRequest;
}
// getPayloadHash, with the hash in Java: the header's value when the request has one, else the body's
function __llrtPayloadHash({ headers, body }) {
  for (const headerName in headers) {
    if (!__llrtHasOwn(headers, headerName)) {
      continue;
    }
    if (headerName.toLowerCase() === SHA256_HEADER) {
      return headers[headerName];
    }
  }
  if (body == undefined) {
    return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  }
  if (typeof body === "string" || ArrayBuffer.isView(body) || __llrtIsArrayBuffer(body)) {
    return __llrtSigv4.sha256Hex(typeof body === "string" ? body : toUint8Array(body));
  }
  return "UNSIGNED-PAYLOAD";
}
SignatureV4.prototype.signRequest = async function signRequest(requestToSign, options = {}) {
  if (!__llrtJavaSigning(this)) {
    return __llrtSignRequestJs.call(this, requestToSign, options);
  }
  const { signingDate = new Date(), signableHeaders, unsignableHeaders, signingRegion, signingService } = options;
  const credentials = await this.credentialProvider();
  this.validateResolvedCredentials(credentials);
  const region = signingRegion ?? (await this.regionProvider());
  const request = prepareRequest(requestToSign);
  const { longDate, shortDate } = this.formatDate(signingDate);
  const scope = createScope(shortDate, region, signingService ?? this.service);
  request.headers[AMZ_DATE_HEADER] = longDate;
  if (credentials.sessionToken) {
    request.headers[TOKEN_HEADER] = credentials.sessionToken;
  }
  __llrtSigv4 = __llrtSigv4 || require("llrt:sigv4");
  const payloadHash = __llrtPayloadHash(request);
  if (!hasHeader(SHA256_HEADER, request.headers) && this.applyChecksum) {
    request.headers[SHA256_HEADER] = payloadHash;
  }
  const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
  const [signedHeaders, signature] = __llrtSigv4.sign(request.method, this.getCanonicalPath(request),
    __llrtCanonicalQuery(request), canonicalHeaders, payloadHash, longDate, scope, credentials.secretAccessKey,
    shortDate, region, signingService || this.service);
  request.headers[AUTH_HEADER] =
    `${ALGORITHM_IDENTIFIER} ` +
      `Credential=${credentials.accessKeyId}/${scope}, ` +
      `SignedHeaders=${signedHeaders}, ` +
      `Signature=${signature}`;
  return request;
};
