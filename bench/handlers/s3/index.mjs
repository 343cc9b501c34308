// Benchmark handler (c): one PutObject and one GetObject (body read as text) through the AWS SDK v3 S3 client,
// against the local-s3 that bench/run starts (AWS_ENDPOINT_URL_S3; path-style, as local-s3 serves only that).
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const bucket = process.env.BENCH_BUCKET ?? 'llrt-bench';
const client = new S3Client({ forcePathStyle: true });

export const handler = async (event, context) => {
  const key = `items/${context.awsRequestId}`;
  const body = JSON.stringify({ id: context.awsRequestId, name: event?.name ?? 'anonymous', at: Date.now() });
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
  const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const text = await got.Body.transformToString();
  if (text !== body) {
    throw new Error(`read back ${text} instead of ${body}`);
  }
  return { statusCode: 200, body: text };
};
