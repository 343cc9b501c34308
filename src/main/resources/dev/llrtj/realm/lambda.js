// The JS half of the Lambda loop: finding the handler in the imported module, building the context object,
// calling async and callback-style handlers, and shaping results and errors the way Node's runtime does.
'use strict';

const loader = require('loader');

const STREAMING_MARK = Symbol.for('aws.lambda.runtime.handler.streaming');

// `awslambda` as Node's runtime defines it (unless AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA), as a lazy getter:
// llrt:awslambda loads only when a handler module touches the global.
function defineAwsLambdaGlobal(off) {
  if (off === '1' || off === 'true') return;
  let settle = value => Object.defineProperty(globalThis, 'awslambda', { value, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(globalThis, 'awslambda', {
    configurable: true,
    enumerable: false,
    get() {
      let value = loader.requireBuiltin('llrt:awslambda').awslambda;
      settle(value);
      return value;
    },
    set: settle,
  });
}

function initError(errorType, message, cause) {
  let err = new Error(message);
  err.name = errorType;
  if (cause) err.cause = cause;
  return err;
}

// "dir/file.fn.nested" -> the function, or a Runtime.HandlerNotFound error like Node's runtime
function resolveHandler(namespace, handlerPath, fullHandler) {
  let target = namespace;
  for (let part of handlerPath.split('.')) {
    target = target === undefined || target === null ? undefined : target[part];
  }
  if (target === undefined || target === null) {
    throw initError('Runtime.HandlerNotFound', `${fullHandler} is undefined or not exported`);
  }
  if (typeof target !== 'function') {
    throw initError('Runtime.HandlerNotFound', `${fullHandler} is not a function`);
  }
  return target;
}

// A failure while importing the handler's module, as Lambda names it
function classifyInitFailure(err) {
  if (err && typeof err.name === 'string' && err.name.startsWith('Runtime.')) return err.name;
  if (err instanceof SyntaxError) return 'Runtime.UserCodeSyntaxError';
  if (err && (err.code === 'MODULE_NOT_FOUND' || err.code === 'ERR_MODULE_NOT_FOUND')) return 'Runtime.ImportModuleError';
  return null; // anything else is reported under the error's own name
}

// Rhino's Promise turns an engine error thrown in a reaction (or while settling an import) into a new error whose
// message is the whole exception text, "TypeError: msg (file#12)", and which has no stack: take it apart again.
const RHINO_WRAPPED = /^([A-Za-z]*Error): ([\s\S]*) \(([^()#]*)#(\d+)\)$/;

const stackModule = () => loader.requireBuiltin('llrt:stack');

function messageAndStack(err) {
  let message = String(err.message);
  let stack = stackModule().frames(err.stack);
  let wrapped = RHINO_WRAPPED.exec(message);
  if (wrapped && wrapped[1] === String(err.name)) {
    message = wrapped[2];
    if (stack.length === 0 && !wrapped[3].startsWith('llrt:')) stack = [stackModule().frameAt(wrapped[3], Number(wrapped[4]))].filter(Boolean);
  }
  // the runtime's own frames say nothing about the user's code
  return { message, stack: stack.filter(l => !/[( ]llrt:lambda:\d/.test(l)) };
}

// the JSON itself is realm.LambdaFormats's, shared with LambdaRuntime's own reports
function errorBody(err, errorType) {
  if (err instanceof Error || (err && typeof err === 'object' && typeof err.stack === 'string' && 'message' in err)) {
    let name = errorType || String(err.name || 'Error');
    let { message: plain, stack } = messageAndStack(err);
    // a wrapping type (Runtime.UserCodeSyntaxError, Runtime.UnhandledPromiseRejection) names the wrapped error in
    // the message, as Node's runtime does; an error reported under its own name does not repeat it
    let wrapping = errorType && errorType !== String(err.name) && !String(err.name).startsWith('Runtime.');
    let message = wrapping ? `${err.name}: ${plain}` : plain;
    let trace = [`${err.name}: ${plain}`].concat(stack);
    return native.lambdaErrorJson(name, message, trace, stack);
  } else {
    let message;
    try {
      message = String(err);
    } catch (e) {
      message = Object.prototype.toString.call(err);
    }
    return native.lambdaErrorJson(errorType || (err === null ? 'object' : typeof err), message, [], []);
  }
}

function serialize(result) {
  try {
    return JSON.stringify(result === undefined ? null : result);
  } catch (e) {
    throw new Error('Unable to stringify response body');
  }
}

function makeContext(inv, env) {
  let deadline = inv.deadlineMs;
  let context = {
    callbackWaitsForEmptyEventLoop: true,
    awsRequestId: inv.requestId,
    invokedFunctionArn: inv.functionArn,
    functionName: env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
    clientContext: parseOrUndefined(inv.clientContext),
    identity: parseOrUndefined(inv.cognitoIdentity),
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  return context;
}

function parseOrUndefined(text) {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    return undefined;
  }
}

/**
 * Calls the handler once. `done(kind, payload, waitForEmptyLoop)` is called exactly once with kind 'result'
 * (payload = JSON text) or 'error' (payload = error JSON, type in the 4th argument).
 */
function invoke(handler, inv, done) {
  let settled = false;
  let env = loader.requireBuiltin('process').env;
  if (inv.traceId) env._X_AMZN_TRACE_ID = inv.traceId;
  else delete env._X_AMZN_TRACE_ID;
  let context = makeContext(inv, env);
  if (handler[STREAMING_MARK] !== undefined) return invokeStreaming(handler, inv, context, done);
  let finish = (err, result, viaCallback) => {
    if (settled) return;
    settled = true;
    let wait = viaCallback && context.callbackWaitsForEmptyEventLoop !== false;
    if (err !== undefined && err !== null) {
      done('error', errorBody(err), wait, errorTypeOf(err));
      return;
    }
    let json;
    try {
      json = serialize(result);
    } catch (e) {
      done('error', errorBody(e), wait, errorTypeOf(e));
      return;
    }
    done('result', json, wait);
  };
  let callback = (err, result) => finish(err, result, true);
  context.done = callback;
  context.succeed = result => finish(null, result, false);
  context.fail = err => finish(err === undefined || err === null ? 'handled' : err, undefined, false);

  let event;
  try {
    event = JSON.parse(inv.event);
  } catch (e) {
    finish(e, undefined, false);
    return;
  }
  let returned;
  try {
    returned = handler(event, context, callback);
  } catch (e) {
    finish(e, undefined, false);
    return;
  }
  if (returned !== null && (typeof returned === 'object' || typeof returned === 'function') && typeof returned.then === 'function') {
    // a promise rejected with null or undefined still fails, as context.fail() does: Node's runtime reports 'handled'
    returned.then(value => finish(null, value, false), err => finish(err === undefined || err === null ? 'handled' : err, undefined, false));
  }
  // Once the loop is empty with no answer: a promise that can no longer settle is Node's Runtime.NodeJsExit failure;
  // a callback-style handler that never called back answers null, as Node's runtime does.
  let promised = returned !== null && (typeof returned === 'object' || typeof returned === 'function') && typeof returned.then === 'function';
  return { settled: () => settled, finishEmpty: () => (promised ? finish(nodeJsExit(), undefined, false) : finish(null, null, false)) };
}

function nodeJsExit() {
  return initError('Runtime.NodeJsExit', 'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly ' +
    'caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes');
}

/**
 * A streamifyResponse handler (Node's Runtime.handleOnceStreaming): handler(event, responseStream, context).
 * done('stream', contentType) starts the streamed POST and returns its sink; the POST's answer ends the invocation. A throw or a
 * rejection ends the stream with the error trailers; a result is ignored (with Node's warning).
 */
function invokeStreaming(handler, inv, context, done) {
  let awslambda = loader.requireBuiltin('llrt:awslambda');
  try {
    awslambda.streamingMode(handler);
  } catch (e) {
    done('error', errorBody(e), false, errorTypeOf(e));
    return undefined;
  }
  let transport = {
    open(contentType) {
      let sink = done('stream', contentType);
      return {
        write: (bytes, callback) => sink.write(bytes, callback),
        end: callback => sink.end(callback),
        fail: (err, callback) => sink.fail(errorTypeOf(err), errorBody(err), callback),
      };
    },
  };
  let responseStream = new awslambda.ResponseStream(transport, awslambda.highWaterMarkOf(handler));
  let fail = err => responseStream.fail(err === undefined ? 'undefined' : err);
  let returned;
  try {
    returned = handler(JSON.parse(inv.event), responseStream, context);
  } catch (e) {
    fail(e);
    return streamControl(responseStream);
  }
  if (returned === null || (typeof returned !== 'object' && typeof returned !== 'function') || typeof returned.then !== 'function') {
    fail('Streaming does not support non-async handlers.');
  } else {
    returned.then(result => {
      if (result !== undefined) console.warn('Streaming handlers ignore return values.');
    }, fail);
  }
  return streamControl(responseStream);
}

// Nothing left to run and the stream still open: nobody can end it any more (Node's runtime would hang to the timeout)
function streamControl(responseStream) {
  return {
    settled: () => responseStream.writableEnded || responseStream._failed,
    finishEmpty: () => responseStream.fail(initError('Runtime.ResponseStreamNotFinished', 'Response stream is not finished.')),
  };
}

function errorTypeOf(err) {
  if (err instanceof Error || (err && typeof err === 'object' && 'name' in err && 'message' in err)) return String(err.name || 'Error');
  return err === null ? 'object' : typeof err;
}

// Each invocation starts with no AsyncLocalStorage store (bootstrap.js's asyncContext): one that a previous
// invocation entered with enterWith does not leak into the next, and concurrent ones keep their own through their
// promise reactions and timers.
const asyncContext = globalThis[Symbol.for('llrt.asyncContext')];
function invokeInOwnContext(handler, inv, done) {
  const outer = asyncContext.frame;
  asyncContext.frame = undefined;
  try {
    return invoke(handler, inv, done);
  } finally {
    asyncContext.frame = outer;
  }
}

module.exports = { defineAwsLambdaGlobal, resolveHandler, classifyInitFailure, errorBody, invoke: invokeInOwnContext, initError };
