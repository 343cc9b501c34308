// InvokeWithResponseStream through @aws-sdk/client-lambda against `llrt serve` (AWS_ENDPOINT_URL_LAMBDA), whose
// function streams (lambda/functions/streaming.js): the SDK's own event-stream decoder (CRC-checked) reads the
// PayloadChunk and InvokeComplete events. Asserts, prints a JSON summary as its last line.
import assert from "node:assert";
import { LambdaClient, InvokeWithResponseStreamCommand } from "@aws-sdk/client-lambda";

const lambda = new LambdaClient({});

async function stream(action) {
  const r = await lambda.send(new InvokeWithResponseStreamCommand({
    FunctionName: "function", Payload: new TextEncoder().encode(JSON.stringify({ action })),
  }));
  const chunks = [];
  let complete;
  for await (const event of r.EventStream) {
    if (event.PayloadChunk) chunks.push(new TextDecoder().decode(event.PayloadChunk.Payload));
    if (event.InvokeComplete) complete = event.InvokeComplete;
  }
  return { status: r.StatusCode, contentType: r.ResponseStreamContentType, chunks, complete };
}

const ok = await stream("iterable");
assert.strictEqual(ok.status, 200);
assert.strictEqual(ok.contentType, "text/plain");
assert.deepStrictEqual(ok.chunks, ["alpha ", "beta ", "gamma"]);
assert.strictEqual(ok.complete.ErrorCode, undefined);

const failed = await stream("failAfterTwo");
assert.deepStrictEqual(failed.chunks, ["one,", "two,"]);
assert.strictEqual(failed.complete.ErrorCode, "TypeError");
assert.strictEqual(JSON.parse(failed.complete.ErrorDetails).errorMessage, "broke after two chunks");

console.log(JSON.stringify({ ok, failed: { chunks: failed.chunks, errorCode: failed.complete.ErrorCode } }));
