// The embedded AWS SDK over the byte built-ins: S3 flexible checksums (zlib.crc32, llrt:checksums' crc32c,
// createHash) and SigV4 signing (createHmac/createHash). Expected values were printed by Node 20 running the
// same code with the npm SDK (bundles/sdk/node_modules).
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';

function localS3(seen) {
  return new S3Client({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
    requestHandler: {
      handle(request) {
        seen.push(request.headers);
        return Promise.resolve({ response: { statusCode: 200, headers: { etag: '"abc"' }, body: Readable.from([]) } });
      },
    },
  });
}

function Sha256(secret) {
  this.h = secret ? createHmac('sha256', secret) : createHash('sha256');
}
Sha256.prototype.update = function (data) {
  this.h.update(typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
};
Sha256.prototype.digest = function () {
  return Promise.resolve(new Uint8Array(this.h.digest()));
};

describe('embedded SDK on the byte built-ins', () => {
  it('S3 PutObject sends the checksum headers Node computes', async () => {
    const seen = [];
    const client = localS3(seen);
    const expected = {
      CRC32: ['x-amz-checksum-crc32', 'DUoRhQ=='],
      CRC32C: ['x-amz-checksum-crc32c', 'yZRlqg=='],
      SHA256: ['x-amz-checksum-sha256', 'uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek='],
      SHA1: ['x-amz-checksum-sha1', 'Kq5sNclPz7QV2+lfQIuc6R7oRu0='],
    };
    for (const alg of Object.keys(expected)) {
      await client.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'hello world', ChecksumAlgorithm: alg }));
    }
    Object.keys(expected).forEach((alg, i) => {
      expect(seen[i][expected[alg][0]]).toBe(expected[alg][1]);
      expect(seen[i].authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/us-east-1\/s3\/aws4_request/);
    });
  });

  it('SigV4 signs as Node does', async () => {
    const signer = new SignatureV4({
      service: 's3',
      region: 'eu-west-1',
      sha256: Sha256,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    });
    const signed = await signer.sign({
      method: 'PUT', protocol: 'https:', hostname: 'b.s3.eu-west-1.amazonaws.com', path: '/k%20ey', query: { a: '1' },
      headers: { host: 'b.s3.eu-west-1.amazonaws.com', 'content-type': 'text/plain' }, body: 'héllo wörld',
    }, { signingDate: new Date('2026-11-24T05:00:00Z') });
    expect(signed.headers.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261124/eu-west-1/s3/aws4_request, '
      + 'SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, '
      + 'Signature=6ff2d4e3d8e8e476580770db0fada51d5ee1c863fc9a2fff73c7fd13a8412541');
    expect(signed.headers['x-amz-content-sha256']).toBe('a1003f7d04a4115711d0b48a2eaf1359ce565d2d2a6fd65098dfcffadeeef59f');
  });
});
