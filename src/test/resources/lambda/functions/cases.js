// One CommonJS handler (exports.handler) whose event picks the behaviour, so one warm runtime serves many cases.
// Written in syntax Rhino parses as is: no lowering needed at run time.
'use strict';

let served = 0; // module state survives between warm invocations of one runtime

exports.handler = function (event, context, callback) {
  served++;
  const action = event.action;
  if (action === 'echo') {
    return Promise.resolve({ echo: event, served, requestId: context.awsRequestId });
  }
  if (action === 'awslambdaGlobal') {
    // Node's runtime defines `awslambda`; here it is a getter that loads llrt:awslambda on first touch only
    const state = () => (typeof Object.getOwnPropertyDescriptor(globalThis, 'awslambda').get === 'function' ? 'lazy' : 'loaded');
    const before = state();
    const touched = typeof awslambda.streamifyResponse + ',' + typeof awslambda.HttpResponseStream.from;
    return Promise.resolve({ before, touched, after: state(), served });
  }
  if (action === 'asyncLocalStorage') {
    // enterWith leaves the store set for the rest of this invocation; the next one must start without it
    const { AsyncLocalStorage } = require('async_hooks');
    const als = globalThis.casesStorage || (globalThis.casesStorage = new AsyncLocalStorage());
    const atStart = als.getStore() === undefined ? 'none' : als.getStore();
    als.enterWith(event.marker);
    return new Promise(resolve => setTimeout(resolve, 1)).then(() => ({ atStart, later: als.getStore() }));
  }
  if (action === 'depth') {
    // how deep event.nested goes (the runtime had to parse it first: Node's runtime parses any depth)
    let depth = 0;
    for (let v = event.nested; Array.isArray(v); v = v[0]) depth++;
    return Promise.resolve({ depth });
  }
  if (action === 'typeError') {
    // a genuine TypeError from the engine, inside an async chain
    return Promise.resolve(event).then(e => e.missing.field);
  }
  if (action === 'throwString') {
    throw 'boom';
  }
  if (action === 'cyclic') {
    const cyclic = { name: 'loop' };
    cyclic.self = cyclic;
    return Promise.resolve(cyclic);
  }
  if (action === 'big') {
    return Promise.resolve({ data: 'x'.repeat(event.bytes) });
  }
  if (action === 'callbackOk') {
    setTimeout(() => callback(null, { via: 'callback', n: event.n, served }), 5);
    return undefined;
  }
  if (action === 'callbackWaits') {
    // callbackWaitsForEmptyEventLoop (default true): the answer waits for this timer
    context.callbackWaitsForEmptyEventLoop = event.wait;
    setTimeout(() => {}, event.timerMs);
    callback(null, { via: 'callback', wait: event.wait });
    return undefined;
  }
  if (action === 'plainValue') {
    return 42; // neither a promise nor a callback: Node's runtime answers null once the loop is empty
  }
  if (action === 'callbackErr') {
    setTimeout(() => callback(new RangeError('callback said no ' + event.n)), 5);
    return undefined;
  }
  if (action === 'context') {
    return Promise.resolve({
      awsRequestId: context.awsRequestId,
      functionName: context.functionName,
      invokedFunctionArn: context.invokedFunctionArn,
      remaining: context.getRemainingTimeInMillis(),
      traceId: process.env._X_AMZN_TRACE_ID === undefined ? null : process.env._X_AMZN_TRACE_ID,
      clientContext: context.clientContext === undefined ? null : context.clientContext,
      identity: context.identity === undefined ? null : context.identity,
    });
  }
  if (action === 'log') {
    console.log('logged line ' + event.marker);
    console.error(new Error('logged error ' + event.marker));
    return Promise.resolve({ logged: event.marker });
  }
  if (action === 'timerThrows') {
    setTimeout(() => {
      throw new Error('timer boom ' + event.marker);
    }, 10);
    return new Promise(() => {}); // never settles: the uncaught exception must end the invocation
  }
  if (action === 'rejectUnhandled') {
    Promise.reject(new Error('nobody catches ' + event.marker));
    return new Promise(() => {}); // never settles: the unhandled rejection must end the invocation
  }
  return Promise.reject(new Error('unknown action ' + action));
};
