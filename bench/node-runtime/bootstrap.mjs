// A minimal custom runtime for Node.js, the shape of a `provided` runtime's bootstrap: GET next, call the
// handler, POST its result (or error), repeat. It is the Node baseline of bench/run, so it does only what every
// runtime must: nothing here should make Node look slower or faster than a real Node runtime would be.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';

const api = process.env.AWS_LAMBDA_RUNTIME_API;
const taskRoot = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
const handlerName = process.env._HANDLER ?? 'index.handler';
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function call(method, urlPath, body) {
  return new Promise((resolve, reject) => {
    const [host, port] = api.split(':');
    const payload = body === undefined ? undefined : Buffer.from(body);
    const req = http.request(
      {
        host, port, method, agent,
        path: `/2018-06-01/runtime${urlPath}`,
        headers: payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {},
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      });
    req.on('error', reject);
    req.end(payload);
  });
}

function errorBody(err) {
  const e = err instanceof Error ? err : new Error(String(err));
  return JSON.stringify({ errorType: e.name, errorMessage: e.message, stackTrace: (e.stack ?? '').split('\n').slice(1) });
}

async function loadHandler() {
  const dot = handlerName.lastIndexOf('.');
  const base = path.join(taskRoot, handlerName.slice(0, dot));
  const file = ['.mjs', '.js', '.cjs'].map((ext) => base + ext).find(existsSync);
  if (!file) throw Object.assign(new Error(`Cannot find module '${base}'`), { name: 'Runtime.ImportModuleError' });
  const mod = await import(pathToFileURL(file).href);
  const fn = mod[handlerName.slice(dot + 1)];
  if (typeof fn !== 'function') throw Object.assign(new Error(`${handlerName} is undefined or not exported`), { name: 'Runtime.HandlerNotFound' });
  return fn;
}

function contextOf(headers) {
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  return {
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => deadline - Date.now(),
  };
}

let handler;
try {
  handler = await loadHandler();
} catch (err) {
  await call('POST', '/init/error', errorBody(err));
  process.exit(1);
}

for (;;) {
  const next = await call('GET', '/invocation/next');
  if (next.status !== 200) process.exit(1);
  const id = next.headers['lambda-runtime-aws-request-id'];
  try {
    const result = await handler(JSON.parse(next.body), contextOf(next.headers));
    await call('POST', `/invocation/${id}/response`, JSON.stringify(result ?? null));
  } catch (err) {
    await call('POST', `/invocation/${id}/error`, errorBody(err));
  }
}
