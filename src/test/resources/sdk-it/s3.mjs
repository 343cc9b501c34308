// S3 through @aws-sdk/client-s3, lib-storage and s3-request-presigner against a local S3 (AWS_ENDPOINT_URL_S3,
// path-style). Asserts, prints a JSON summary as its last line, exits non-zero on the first failure.
import assert from "node:assert";
import {
  S3Client, CreateBucketCommand, DeleteBucketCommand, PutObjectCommand, GetObjectCommand, HeadObjectCommand,
  ListObjectsV2Command, DeleteObjectCommand, DeleteObjectsCommand,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({ forcePathStyle: true });
// The local S3 servers neither validate nor echo checksums, so the script checks what the SDK computed and sent.
const sentChecksums = [];
const sentCommands = [];
s3.middlewareStack.add((next, context) => async (args) => {
  sentCommands.push(context.commandName);
  const crc = args.request.headers["x-amz-checksum-crc32"];
  if (crc) sentChecksums.push({ op: context.commandName, crc });
  return next(args);
}, { step: "finalizeRequest", name: "recordSentChecksums" });
const Bucket = `sdk-it-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const text = "hello, checksums\n";
// CRC32 of `text`, base64 of the big-endian value, as Node's zlib.crc32 computes it.
const textCrc32 = "15OXYg==";
const done = [];

// A deterministic body larger than lib-storage's 5 MiB minimum part size, so Upload goes multipart.
function bigBody(size) {
  const bytes = new Uint8Array(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function fletcher(bytes) {
  let a = 1, b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}

async function getBody(Key) {
  return (await s3.send(new GetObjectCommand({ Bucket, Key, ChecksumMode: "ENABLED" }))).Body;
}

await s3.send(new CreateBucketCommand({ Bucket }));
done.push("CreateBucket");
try {
  const put = await s3.send(new PutObjectCommand({
    Bucket, Key: "docs/hello.txt", Body: text, ContentType: "text/plain", ChecksumAlgorithm: "CRC32",
    Metadata: { origin: "sdk-it" },
  }));
  assert.match(put.ETag, /^"?[0-9a-f]{32}"?$/); // local-s3 leaves the quotes out
  // No ChecksumAlgorithm: the SDK's default integrity protection adds one by itself (CRC32).
  await s3.send(new PutObjectCommand({ Bucket, Key: "docs/default.txt", Body: new TextEncoder().encode(text) }));
  assert.deepStrictEqual(sentChecksums.splice(0), [
    { op: "PutObjectCommand", crc: textCrc32 },
    { op: "PutObjectCommand", crc: textCrc32 },
  ]);
  done.push("PutObject", "ChecksumCRC32");

  const head = await s3.send(new HeadObjectCommand({ Bucket, Key: "docs/hello.txt" }));
  assert.strictEqual(head.ContentLength, text.length);
  assert.strictEqual(head.ContentType, "text/plain");
  assert.strictEqual(head.Metadata.origin, "sdk-it");
  assert.strictEqual(head.ETag, put.ETag);
  done.push("HeadObject");

  const got = await s3.send(new GetObjectCommand({ Bucket, Key: "docs/hello.txt", ChecksumMode: "ENABLED" }));
  assert.strictEqual(await got.Body.transformToString(), text);
  done.push("GetObject", "transformToString");

  const bytes = await (await getBody("docs/hello.txt")).transformToByteArray();
  assert.ok(bytes instanceof Uint8Array);
  assert.strictEqual(new TextDecoder().decode(bytes), text);
  done.push("transformToByteArray");

  const reader = (await getBody("docs/hello.txt")).transformToWebStream().getReader();
  let streamed = "";
  const decoder = new TextDecoder();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    streamed += decoder.decode(r.value, { stream: true });
  }
  assert.strictEqual(streamed + decoder.decode(), text);
  done.push("transformToWebStream");

  let iterated = 0;
  const parts = [];
  for await (const chunk of await getBody("docs/hello.txt")) {
    iterated += chunk.length;
    parts.push(chunk);
  }
  assert.strictEqual(iterated, text.length);
  assert.strictEqual(parts.map((c) => new TextDecoder().decode(c)).join(""), text);
  done.push("asyncIteration");

  const big = bigBody(6 * 1024 * 1024 + 123);
  const upload = new Upload({
    client: s3,
    params: { Bucket, Key: "big/blob.bin", Body: big, ChecksumAlgorithm: "CRC32" },
    partSize: 5 * 1024 * 1024,
    queueSize: 2,
  });
  const progress = [];
  upload.on("httpUploadProgress", (p) => progress.push(p.part));
  sentCommands.length = 0;
  const uploaded = await upload.done();
  assert.ok(uploaded.ETag);
  assert.deepStrictEqual(sentCommands.sort(),
    ["CompleteMultipartUploadCommand", "CreateMultipartUploadCommand", "UploadPartCommand", "UploadPartCommand"]);
  assert.deepStrictEqual([...new Set(progress)].sort(), [1, 2]);
  const partChecksums = sentChecksums.splice(0).filter((c) => c.op === "UploadPartCommand");
  assert.strictEqual(partChecksums.length, 2);
  partChecksums.forEach((c) => assert.match(c.crc, /^[A-Za-z0-9+/]{6}==$/));
  const bigHead = await s3.send(new HeadObjectCommand({ Bucket, Key: "big/blob.bin" }));
  assert.strictEqual(bigHead.ContentLength, big.length);
  const bigBack = await (await getBody("big/blob.bin")).transformToByteArray();
  assert.strictEqual(bigBack.length, big.length);
  assert.strictEqual(fletcher(bigBack), fletcher(big));
  done.push("multipartUpload");

  const listed = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: "docs/" }));
  assert.deepStrictEqual(listed.Contents.map((o) => o.Key), ["docs/default.txt", "docs/hello.txt"]);
  assert.strictEqual(listed.KeyCount, 2);
  const all = await s3.send(new ListObjectsV2Command({ Bucket }));
  assert.strictEqual(all.KeyCount, 3);
  done.push("ListObjectsV2");

  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: "docs/hello.txt" }), { expiresIn: 300 });
  assert.match(url, /X-Amz-Signature=[0-9a-f]{64}/);
  const fetched = await fetch(url);
  assert.strictEqual(fetched.status, 200);
  assert.strictEqual(await fetched.text(), text);
  done.push("presignedGetWithFetch");

  await s3.send(new DeleteObjectCommand({ Bucket, Key: "docs/hello.txt" }));
  let notFound;
  try {
    await s3.send(new HeadObjectCommand({ Bucket, Key: "docs/hello.txt" }));
  } catch (e) {
    notFound = e;
  }
  assert.strictEqual(notFound?.name, "NotFound");
  assert.strictEqual(notFound.$metadata.httpStatusCode, 404);
  let noSuchKey;
  try {
    await s3.send(new GetObjectCommand({ Bucket, Key: "docs/hello.txt" }));
  } catch (e) {
    noSuchKey = e;
  }
  assert.strictEqual(noSuchKey?.name, "NoSuchKey");
  done.push("DeleteObject");
} finally {
  const left = await s3.send(new ListObjectsV2Command({ Bucket }));
  if (left.KeyCount) {
    await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: left.Contents.map(({ Key }) => ({ Key })) } }));
  }
  await s3.send(new DeleteBucketCommand({ Bucket }));
}
console.log(JSON.stringify({ ok: true, done }));
