// What happens to errors nobody caught: Node's rules. 'uncaughtException' / 'unhandledRejection' listeners
// get them; otherwise the error is printed (source-mapped) and the process exits with code 1.
'use strict';

const loader = require('loader');

function print(err) {
  let text;
  try {
    text = loader.requireBuiltin('util').inspect(err);
  } catch (e) {
    text = err && err.stack ? String(err.stack) : String(err);
  }
  native.write(2, native.mapStack(text) + '\n');
}

function handleUncaught(err, origin) {
  let process = loader.requireBuiltin('process');
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin || 'uncaughtException');
    return;
  }
  if (origin === 'unhandledRejection' && !(err instanceof Error)) {
    native.write(2, `Uncaught (in promise) ${loader.requireBuiltin('util').inspect(err)}\n`);
  } else {
    print(err);
  }
  process.exitCode = 1;
  process.exit(1);
}

function handleRejection(reason, promise) {
  let process = loader.requireBuiltin('process');
  if (process.listenerCount('unhandledRejection') > 0) {
    process.emit('unhandledRejection', reason, promise);
    return;
  }
  handleUncaught(reason, 'unhandledRejection');
}

// `llrt file.js` ran out of work: 'beforeExit' may schedule more, else exit with process.exitCode
function handleIdle() {
  let process = loader.requireBuiltin('process');
  if (process.listenerCount('beforeExit') > 0) {
    process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
    if (!native.isIdle()) return;
  }
  process.exit();
}

module.exports = { handleUncaught, handleRejection, handleIdle, print };
