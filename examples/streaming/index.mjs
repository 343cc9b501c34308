// A response-streaming handler behind a function URL (InvokeMode: RESPONSE_STREAM): status and headers first,
// then the body as it is produced. `./llrt serve examples/streaming --http` and `curl -N localhost:9000/` show the
// lines arriving one by one; the last part pipes a generated Readable, paced by the client (backpressure).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const handler = awslambda.streamifyResponse(async (event, responseStream, context) => {
  const stream = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
  for (let i = 1; i <= 5; i++) {
    stream.write(`line ${i} of 5, ${context.getRemainingTimeInMillis()} ms left\n`);
    await sleep(200);
  }
  const rows = Number(event?.queryStringParameters?.rows ?? 1000);
  let n = 0;
  const table = new Readable({
    read() {
      n++;
      this.push(n > rows ? null : `row ${n}\n`);
    },
  });
  await pipeline(table, stream); // ends the stream when the rows run out
});
