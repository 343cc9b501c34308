// Warm AWS SDK calls, measured in-process (docs/warm-sdk.md): DynamoDBDocumentClient Put + consistent Get, and S3
// PutObject + GetObject (body read as text), against DynamoDB Local and local-s3 on loopback, in one process.
// The figure is the CPU time of the JS thread (/proc/thread-self/stat, utime + stime) over the warm iterations,
// which heavy load on the machine does not distort the way it does wall-clock time.
//   AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:PORT AWS_ENDPOINT_URL_S3=http://127.0.0.1:PORT \
//   llrt bench/warm/loop.mjs [iterations=160] [warm-up=80]          (node bench/warm/loop.mjs works the same)
import { readFileSync } from 'node:fs';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const iterations = Number(process.argv[2] ?? 160);
const warmUp = Number(process.argv[3] ?? 80);
const ticksPerSecond = 100; // USER_HZ on Linux
const region = 'us-east-1';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

// utime + stime of the calling thread, in ms (fields 14 and 15, counted after the parenthesised command name)
function threadCpuMs() {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

const run = `${process.pid}-${Date.now().toString(36)}`; // pids repeat across runs in a container
const table = `warm-${run}`;
const bucket = `warm-${run}`;
const raw = new DynamoDBClient({ region, credentials });
const ddb = DynamoDBDocumentClient.from(raw);
const s3 = new S3Client({ region, credentials, forcePathStyle: true });
await raw.send(new CreateTableCommand({
  TableName: table,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
}));
await s3.send(new CreateBucketCommand({ Bucket: bucket }));

async function dynamo(i) {
  const id = `item-${i}`;
  await ddb.send(new PutCommand({ TableName: table, Item: { id, name: 'anonymous', at: Date.now() } }));
  const { Item } = await ddb.send(new GetCommand({ TableName: table, Key: { id }, ConsistentRead: true }));
  if (Item?.id !== id) throw new Error(`read back ${JSON.stringify(Item)} instead of item ${id}`);
}

async function s3PutGet(i) {
  const key = `items/${i}`;
  const body = JSON.stringify({ id: i, name: 'anonymous', at: Date.now() });
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const text = await got.Body.transformToString();
  if (text !== body) throw new Error(`read back ${text} instead of ${body}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [name, work] of [['dynamo', dynamo], ['s3', s3PutGet]]) {
  const wall = [];
  let cpuStart = 0;
  for (let i = 0; i < iterations; i++) {
    if (i === warmUp) cpuStart = threadCpuMs();
    const t0 = performance.now();
    await work(i);
    wall.push(performance.now() - t0);
  }
  const measured = iterations - warmUp;
  const cpu = (threadCpuMs() - cpuStart) / measured;
  const w = wall.slice(warmUp);
  console.log(`${name}: cpu ${cpu.toFixed(2)} ms/iteration over ${measured}; wall median ${median(w).toFixed(2)} ms ` +
    `(${Math.min(...w).toFixed(2)}..${Math.max(...w).toFixed(2)})`);
}
