// SigV4 with the SDK's own signer and hashers on fixed requests (fixed credentials and date): prints the results as
// one JSON document on stdout. SigV4SignaturesTest runs this under Node.js and under llrt and compares byte for byte.
import { SignatureV4, getCanonicalHeaders, getCanonicalQuery, getPayloadHash } from "@smithy/signature-v4";
import { HttpRequest } from "@smithy/core/protocols";
import { Sha256, Sha256Js } from "@smithy/core/checksum";
import { Sha256 as CryptoSha256 } from "@aws-crypto/sha256-js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const withToken = { ...credentials, sessionToken: "FQoGZXIvYXdzEXAMPLE//token+with/slashes==" };
const signingDate = new Date("2026-11-24T05:06:07.000Z");
const hashers = { "smithy-core": Sha256, "smithy-core-js": Sha256Js, "aws-crypto-sha256-js": CryptoSha256 };

const requests = {
  // The AWS SigV4 test suite's get-vanilla request (its published signature is checked below).
  "get-vanilla": {
    service: "service", region: "us-east-1", credentials, date: new Date("2015-08-30T12:36:00Z"), applyChecksum: false,
    request: { method: "GET", protocol: "https:", hostname: "example.amazonaws.com", path: "/", headers: { host: "example.amazonaws.com" } },
  },
  "dynamodb-post-json-with-session-token": {
    service: "dynamodb", region: "eu-west-1", credentials: withToken,
    request: {
      method: "POST", protocol: "https:", hostname: "dynamodb.eu-west-1.amazonaws.com", path: "/",
      headers: {
        host: "dynamodb.eu-west-1.amazonaws.com", "content-type": "application/x-amz-json-1.0",
        "x-amz-target": "DynamoDB_20120810.PutItem",
      },
      body: JSON.stringify({ TableName: "t", Item: { pk: { S: "ünïcödé ✓ 🚀" }, n: { N: "1.5" } } }),
    },
  },
  "s3-get-query-no-token": {
    service: "s3", region: "us-west-2", credentials, uriEscapePath: false,
    request: {
      method: "GET", protocol: "https:", hostname: "bucket.s3.us-west-2.amazonaws.com", path: "/photos/2026/a b+c~d.jpg",
      query: { "list-type": "2", prefix: "a/b c", "max-keys": "10", "encoding-type": "url", empty: "", multi: ["z", "a"] },
      headers: { host: "bucket.s3.us-west-2.amazonaws.com", "x-amz-meta-Custom": "  spaced   value  ", range: "bytes=0-9" },
    },
  },
  "s3-put-unsigned-payload": {
    service: "s3", region: "us-east-1", credentials: withToken, uriEscapePath: false, applyChecksum: true,
    request: {
      method: "PUT", protocol: "https:", hostname: "s3.us-east-1.amazonaws.com", path: "/bucket/key.bin",
      headers: {
        host: "s3.us-east-1.amazonaws.com", "x-amz-content-sha256": "UNSIGNED-PAYLOAD",
        "content-type": "application/octet-stream", "content-length": "3",
      },
      body: new Uint8Array([1, 2, 3]),
    },
  },
  "sqs-post-binary-body": {
    service: "sqs", region: "ap-southeast-2", credentials,
    request: {
      method: "POST", protocol: "https:", hostname: "sqs.ap-southeast-2.amazonaws.com", path: "/",
      headers: { host: "sqs.ap-southeast-2.amazonaws.com", "content-type": "application/x-amz-json-1.0" },
      body: Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff),
    },
  },
  // header names in mixed case, values to normalise, headers SigV4 never signs, a string body with a lone surrogate
  "odd-headers-and-unicode-body": {
    service: "execute-api", region: "eu-north-1", credentials: withToken,
    request: {
      method: "PATCH", protocol: "https:", hostname: "api.example.com", path: "/a b/./c/../d+e~f/ü",
      query: { "z": "ü é", a: ["2", "1"], "c~": "" },
      headers: {
        host: "api.example.com", "X-Amz-Meta-Mixed": "\tone\r\ntwo   three ", "User-Agent": "not signed",
        "x-amzn-trace-id": "Root=1", "proxy-authorization": "x", "Content-Type": "text/plain; charset=utf-8",
      },
      body: "lone \ud800 surrogate, ünïcödé ✓ 🚀",
    },
  },
};

const presigns = {
  "s3-presign-get-with-session-token": {
    service: "s3", region: "us-east-1", credentials: withToken, uriEscapePath: false, expiresIn: 900,
    request: {
      method: "GET", protocol: "https:", hostname: "s3.us-east-1.amazonaws.com", path: "/bucket/dir/file name.txt",
      query: { "response-content-type": "text/plain; charset=utf-8", versionId: "3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY" },
      headers: { host: "s3.us-east-1.amazonaws.com" },
    },
  },
  "lambda-presign-no-token": {
    service: "lambda", region: "eu-central-1", credentials, expiresIn: 60,
    request: {
      method: "GET", protocol: "https:", hostname: "lambda.eu-central-1.amazonaws.com",
      path: "/2015-03-31/functions/f/invocations", headers: { host: "lambda.eu-central-1.amazonaws.com" },
    },
  },
};

function signer(spec, hasher) {
  return new SignatureV4({
    service: spec.service, region: spec.region, credentials: spec.credentials, sha256: hasher,
    uriEscapePath: spec.uriEscapePath ?? true, applyChecksum: spec.applyChecksum ?? true,
  });
}

function sortedHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const out = { signed: {}, presigned: {}, helpers: {}, knownAnswers: {} };
for (const [name, spec] of Object.entries(requests)) {
  const byHasher = {};
  for (const [hasherName, hasher] of Object.entries(hashers)) {
    const signed = await signer(spec, hasher).sign(new HttpRequest(spec.request), { signingDate: spec.date ?? signingDate });
    byHasher[hasherName] = sortedHeaders(signed.headers);
  }
  out.signed[name] = byHasher;
}
for (const [name, spec] of Object.entries(presigns)) {
  const byHasher = {};
  for (const [hasherName, hasher] of Object.entries(hashers)) {
    const presigned = await signer(spec, hasher).presign(new HttpRequest(spec.request), {
      signingDate, expiresIn: spec.expiresIn,
    });
    byHasher[hasherName] = { query: presigned.query, headers: sortedHeaders(presigned.headers) };
  }
  out.presigned[name] = byHasher;
}
const s3Get = new HttpRequest(requests["s3-get-query-no-token"].request);
out.helpers.canonicalQuery = getCanonicalQuery(s3Get);
out.helpers.canonicalHeaders = getCanonicalHeaders(s3Get);
out.helpers.payloadHash = await getPayloadHash(new HttpRequest(requests["dynamodb-post-json-with-session-token"].request), Sha256);
out.helpers.stringSignature = await new SignatureV4({ service: "s3", region: "us-east-1", credentials, sha256: Sha256 })
  .sign("string to sign\nwith lines", { signingDate });

const vanilla = out.signed["get-vanilla"]["smithy-core"].authorization;
out.knownAnswers["get-vanilla"] = vanilla.endsWith("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
for (const group of [out.signed, out.presigned]) {
  for (const [name, byHasher] of Object.entries(group)) {
    const [first, ...rest] = Object.values(byHasher).map((v) => JSON.stringify(v));
    out.knownAnswers[`${name}: all hashers agree`] = rest.every((r) => r === first);
  }
}
console.log(JSON.stringify(out, null, 2));
if (Object.values(out.knownAnswers).some((ok) => !ok)) {
  console.error("sigv4: a known answer failed");
  process.exitCode = 1;
}
