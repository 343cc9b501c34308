// What happens to errors nobody caught: Node's rules. 'uncaughtException' / 'unhandledRejection' listeners
// get them; otherwise the error is printed (source-mapped) and the process exits with code 1.
'use strict';

const loader = require('loader');
const { toFileUrl } = require('resolve');

function print(err) {
  let text;
  try {
    text = loader.requireBuiltin('util').inspect(err);
  } catch (e) {
    text = err && err.stack ? String(err.stack) : String(err);
  }
  native.write(2, text + '\n'); // stacks are mapped as they are formatted (llrt:stack)
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

const UNSETTLED_TOP_LEVEL_AWAIT = 13;

const unsettled = rec => rec.kind === 'esm' && !!rec.pending && !rec.error;

// The modules whose own top-level await holds up the entry point: unsettled ones none of whose dependencies are
// (Node names the module that stalled, not the entry point that imports it).
function stalledModules(entry) {
  let stalled = [];
  let seen = new Set();
  let visit = rec => {
    if (seen.has(rec) || !unsettled(rec)) return;
    seen.add(rec);
    let waiting = rec.deps.filter(unsettled);
    if (waiting.length) waiting.forEach(visit);
    else stalled.push(rec);
  };
  if (entry) visit(entry);
  return stalled;
}

// `llrt file.js` ran out of work: 'beforeExit' may schedule more, else exit with process.exitCode. An entry point
// still awaiting at the top level then can never finish: as Node 22 does, say where it waits and exit 13, unless
// the program already chose a non-zero exit code.
function handleIdle() {
  let process = loader.requireBuiltin('process');
  if (process.listenerCount('beforeExit') > 0) {
    process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
    if (!native.isIdle()) return;
  }
  if (!Number(process.exitCode || 0) && warnUnsettled(loader.entry())) process.exitCode = UNSETTLED_TOP_LEVEL_AWAIT;
  process.exit();
}

// Node's warning for each module whose top-level await holds up `entry` (a loader record); false when none does
function warnUnsettled(entry) {
  let stalled = stalledModules(entry);
  stalled.forEach(rec => native.write(2, `Warning: Detected unsettled top-level await at ${toFileUrl(rec.id)}\n`));
  return stalled.length > 0;
}

// Lambda's handler module, imported rather than run as the entry point
function warnUnsettledFile(file) {
  return warnUnsettled(loader.records.get(native.realpath(file)));
}

module.exports = { handleUncaught, handleRejection, handleIdle, warnUnsettledFile, print };
