'use strict';
// Test-only bridge between the JVM test harness (ThirdPartyRuntimeApi) and @vercel/fun, a Lambda
// Runtime API server this project did not write. All Runtime API handling is fun's own code; this
// file only relays invocations and their results as JSON lines so a Java test can drive it.
//
//   node fun-driver.js server           fun's RuntimeServer on 127.0.0.1:<free port>; the test starts the runtime
//   node fun-driver.js spawn <dir> <fn>  fun's native provider spawns <dir>/bootstrap itself (runtime "provided"),
//                                        SIGSTOPs it between invocations as Lambda freezes a sandbox
//
// stdin:  {"id": 1, "payload": "<event JSON text>"} per line; end of stdin shuts everything down.
// stdout: lines starting with MARK carrying {"type": "ready"|"result"|"initError"|"fatal", ...}; fun's
//         spawned process inherits stdout, so anything else on stdout is not ours and the harness ignores it.

const readline = require('node:readline');
const MARK = '@@fun-driver@@ ';

function emit(msg) {
  process.stdout.write(MARK + JSON.stringify(msg) + '\n');
}

// fun's RuntimeServer handles one invocation at a time, so invocations are relayed strictly in order.
function serialQueue(invokeOne) {
  let tail = Promise.resolve();
  return (req) => {
    tail = tail.then(() => invokeOne(req)).then(
      (result) => emit({ type: 'result', id: req.id, result }),
      (err) => emit({ type: 'result', id: req.id, result: { StatusCode: 500, FunctionError: 'Driver', Payload: JSON.stringify({ errorMessage: String(err && err.stack || err) }) } })
    );
    return tail;
  };
}

async function startServerMode() {
  const { RuntimeServer } = require('@vercel/fun/dist/src/runtime-server');
  const server = new RuntimeServer({});
  // An init error arrives on the same deferred that the first `next` would resolve empty.
  server.initDeferred.promise.then((payload) => {
    if (payload) emit({ type: 'initError', result: payload });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  emit({ type: 'ready', runtimeApi: '127.0.0.1:' + port });
  const enqueue = serialQueue((req) => server.invoke({ InvocationType: 'RequestResponse', Payload: req.payload }));
  return { enqueue, shutdown: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function startSpawnMode(dir, functionName) {
  const { createFunction } = require('@vercel/fun');
  const fn = await createFunction({
    FunctionName: functionName,
    Code: { Directory: dir },
    Handler: process.env.FUN_DRIVER_HANDLER || 'index.handler',
    Runtime: 'provided',
    MemorySize: 128,
    Timeout: 30,
    Environment: { Variables: JSON.parse(process.env.FUN_DRIVER_ENV || '{}') },
  });
  emit({ type: 'ready', runtimeApi: null });
  const enqueue = serialQueue((req) => fn.invoke({ InvocationType: 'RequestResponse', Payload: req.payload }));
  return { enqueue, shutdown: () => fn.destroy() };
}

async function main() {
  const [mode, dir, functionName] = process.argv.slice(2);
  const driver = mode === 'spawn' ? await startSpawnMode(dir, functionName || 'llrt-test') : await startServerMode();
  let last = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    last = driver.enqueue(JSON.parse(line));
  });
  lines.on('close', async () => {
    // Pending invocations can never finish once the harness has gone: do not wait for them.
    await Promise.race([last, new Promise((r) => setTimeout(r, 200))]);
    await driver.shutdown().catch(() => {});
    process.exit(0);
  });
}

main().catch((err) => {
  emit({ type: 'fatal', message: String(err && err.stack || err) });
  process.exit(1);
});
