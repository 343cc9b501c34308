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
  const arrivals = [];
  let complete;
  for await (const event of r.EventStream) {
    if (event.PayloadChunk) {
      chunks.push(new TextDecoder().decode(event.PayloadChunk.Payload));
      arrivals.push(Date.now());
    }
    if (event.InvokeComplete) complete = event.InvokeComplete;
  }
  return { status: r.StatusCode, contentType: r.ResponseStreamContentType, chunks, arrivals, complete };
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

// passed on as they arrive: five writes 200 ms apart, each carrying the time it was written (Date.now() in the
// runtime, the same clock as here); each reaches the SDK before the next one is written
const paced = await stream("paced");
const written = [];
paced.chunks.forEach((text, i) => {
  const m = /^chunk (\d) at (\d+)\n$/.exec(text);
  if (m) written.push({ n: Number(m[1]), at: Number(m[2]), arrived: paced.arrivals[i] });
});
assert.deepStrictEqual(written.map(w => w.n), [1, 2, 3, 4, 5], JSON.stringify(paced.chunks));
for (let i = 0; i < 4; i++) {
  assert.ok(written[i].arrived < written[i + 1].at,
    `chunk ${i + 1} arrived at ${written[i].arrived}, after chunk ${i + 2} was written at ${written[i + 1].at}`);
}

console.log(JSON.stringify({ paced: written, ok, failed: { chunks: failed.chunks, errorCode: failed.complete.ErrorCode } }));
