// SQS through @aws-sdk/client-sqs (JSON protocol) against ElasticMQ (AWS_ENDPOINT_URL_SQS). Asserts, prints a JSON
// summary as its last line, exits non-zero on the first failure.
import assert from "node:assert";
import {
  SQSClient, CreateQueueCommand, GetQueueUrlCommand, SendMessageCommand, ReceiveMessageCommand,
  DeleteMessageCommand, SendMessageBatchCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand,
  DeleteQueueCommand,
} from "@aws-sdk/client-sqs";

const sqs = new SQSClient({});
const QueueName = `sdk-it-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const done = [];

async function receiveAll(QueueUrl, expected) {
  const messages = [];
  for (let round = 0; round < 10 && messages.length < expected; round++) {
    const r = await sqs.send(new ReceiveMessageCommand({
      QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageAttributeNames: ["All"],
    }));
    messages.push(...(r.Messages ?? []));
  }
  return messages;
}

const { QueueUrl } = await sqs.send(new CreateQueueCommand({
  QueueName, Attributes: { VisibilityTimeout: "30" },
}));
assert.match(QueueUrl, new RegExp(`/${QueueName}$`));
const again = await sqs.send(new GetQueueUrlCommand({ QueueName }));
assert.strictEqual(again.QueueUrl, QueueUrl);
done.push("CreateQueue", "GetQueueUrl");
try {
  const body = JSON.stringify({ hello: "sqs", n: 1, text: "ünïcödé ✓" });
  const sent = await sqs.send(new SendMessageCommand({
    QueueUrl, MessageBody: body,
    MessageAttributes: { kind: { DataType: "String", StringValue: "greeting" } },
  }));
  assert.match(sent.MessageId, /\S+/);
  // The SDK checks MD5OfMessageBody itself (md5 of the body it sent) and throws on a mismatch.
  assert.match(sent.MD5OfMessageBody, /^[0-9a-f]{32}$/);
  done.push("SendMessage");

  const [received] = await receiveAll(QueueUrl, 1);
  assert.ok(received, "the message comes back");
  assert.strictEqual(received.Body, body);
  assert.strictEqual(received.MessageId, sent.MessageId);
  assert.strictEqual(received.MessageAttributes.kind.StringValue, "greeting");
  done.push("ReceiveMessage");

  await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: received.ReceiptHandle }));
  done.push("DeleteMessage");

  const batch = await sqs.send(new SendMessageBatchCommand({
    QueueUrl,
    Entries: [1, 2, 3, 4, 5].map((i) => ({ Id: `m${i}`, MessageBody: `batch message ${i}` })),
  }));
  assert.strictEqual(batch.Successful.length, 5);
  assert.strictEqual(batch.Failed?.length ?? 0, 0);
  done.push("SendMessageBatch");

  const messages = await receiveAll(QueueUrl, 5);
  assert.deepStrictEqual(messages.map((m) => m.Body).sort(), [1, 2, 3, 4, 5].map((i) => `batch message ${i}`));
  const deleted = await sqs.send(new DeleteMessageBatchCommand({
    QueueUrl,
    Entries: messages.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })),
  }));
  assert.strictEqual(deleted.Successful.length, 5);
  assert.strictEqual(deleted.Failed?.length ?? 0, 0);
  done.push("DeleteMessageBatch");

  const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["All"] }));
  assert.strictEqual(attrs.Attributes.ApproximateNumberOfMessages, "0");
  assert.strictEqual(attrs.Attributes.ApproximateNumberOfMessagesNotVisible, "0");
  assert.strictEqual(attrs.Attributes.VisibilityTimeout, "30");
  done.push("GetQueueAttributes");

  let missing;
  try {
    await sqs.send(new GetQueueUrlCommand({ QueueName: `${QueueName}-missing` }));
  } catch (e) {
    missing = e;
  }
  assert.strictEqual(missing?.name, "QueueDoesNotExist");
  done.push("QueueDoesNotExist");
} finally {
  await sqs.send(new DeleteQueueCommand({ QueueUrl }));
}
console.log(JSON.stringify({ ok: true, done }));
