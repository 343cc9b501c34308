// Node modules llrt does not implement (one file for all of them; module.id says which). Requiring them works,
// because libraries such as the AWS SDK import them at the top, but every function and constructor throws.
'use strict';

const HINTS = { http2: 'use fetch or node:https' };

const EXPORTS = {
  http2: ['Http2ServerRequest', 'Http2ServerResponse', 'connect', 'createSecureServer', 'createServer',
    'getDefaultSettings', 'getPackedSettings', 'getUnpackedSettings'],
  worker_threads: ['BroadcastChannel', 'MessageChannel', 'MessagePort', 'Worker', 'getEnvironmentData',
    'markAsUntransferable', 'moveMessagePortToContext', 'receiveMessageOnPort', 'setEnvironmentData'],
};

// plain values some libraries read at load time
const VALUES = {
  http2: () => ({ constants: {}, sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders') }),
  worker_threads: () => ({ isMainThread: true, parentPort: null, resourceLimits: {}, threadId: 0, workerData: null,
    SHARE_ENV: Symbol('nodejs.worker_threads.SHARE_ENV') }),
};

function notSupported(moduleName, member) {
  let hint = HINTS[moduleName];
  let err = new Error(`llrt: node:${moduleName} is not supported${hint ? '; ' + hint : ''} (${member})`);
  err.code = 'ERR_NOT_SUPPORTED';
  return err;
}

function thrower(moduleName, member) {
  let fn = function () {
    throw notSupported(moduleName, member);
  };
  Object.defineProperty(fn, 'name', { value: member });
  return fn;
}

const name = module.id;
(EXPORTS[name] || []).forEach(member => {
  exports[member] = thrower(name, member);
});
if (VALUES[name]) Object.assign(exports, VALUES[name]());
