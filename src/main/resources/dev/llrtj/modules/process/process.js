// Node's `process`: an EventEmitter with env, argv, exit codes, clocks, memory and nextTick.
'use strict';

const EventEmitter = require('events');
const timers = require('timers');

const { define: perProcess, environment } = require('llrt:per-process');

const process = new EventEmitter();

process.title = 'llrt';
// Node stores every environment value as a string: `process.env.PORT = 8080` reads back '8080'
perProcess(process, 'env', () => new Proxy(native.env(), {
  set(target, key, value) {
    target[key] = String(value);
    return true;
  },
}), () => environment(() => process.env));
perProcess(process, 'argv', () => native.argv());
perProcess(process, 'argv0', () => process.argv[0]);
process.execArgv = [];
perProcess(process, 'execPath', () => native.execPath());
perProcess(process, 'pid', () => native.pid());
// a getter, as Node's: the parent is looked up (two /proc reads) only when asked for
Object.defineProperty(process, 'ppid', { get: () => native.ppid(), enumerable: true, configurable: true });
process.platform = native.platform();
process.arch = native.arch();
// Libraries gate features on the Node major they see; claim the Node line whose APIs this runtime follows.
process.version = 'v22.0.0';
process.versions = { node: '22.0.0', llrt: native.llrtVersion(), rhino: '1.9.1', java: native.javaVersion() };
// the embedded AWS SDK's version, read on first access (a bare start touches no file for it)
if (native.hasSdk()) {
  Object.defineProperty(process.versions, '@aws-sdk', {
    configurable: true,
    enumerable: true,
    get() {
      let value = native.sdkVersion() || undefined;
      Object.defineProperty(process.versions, '@aws-sdk', { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
  });
}
process.release = { name: 'node', lts: 'llrt' };
process.features = {};
process.config = { variables: {} };
process.exitCode = undefined;

let exiting = false;

function exitCodeOf(code) {
  let n = code === undefined || code === null ? 0 : Number(code);
  return Number.isInteger(n) ? n : 1;
}

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!exiting) {
    exiting = true;
    process._exiting = true;
    process.emit('exit', exitCodeOf(process.exitCode));
  }
  native.exit(exitCodeOf(process.exitCode));
};
process.reallyExit = code => native.exit(exitCodeOf(code));
process.abort = () => native.exit(134);
process.cwd = () => native.cwd();
process.chdir = () => {
  let err = new Error('process.chdir() is not supported by llrt');
  err.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
  throw err;
};
process.umask = () => 0o22;
process.getuid = () => 0;
process.getgid = () => 0;
process.geteuid = () => 0;

process.hrtime = function hrtime(previous) {
  let now = native.hrtime();
  if (!previous) return now;
  let sec = now[0] - previous[0];
  let nsec = now[1] - previous[1];
  if (nsec < 0) {
    sec -= 1;
    nsec += 1e9;
  }
  return [sec, nsec];
};
process.hrtime.bigint = () => native.hrtimeBigint();
process.uptime = () => native.uptime();
process.memoryUsage = () => native.memoryUsage();
process.memoryUsage.rss = () => native.memoryUsage().rss;
process.cpuUsage = () => ({ user: 0, system: 0 });
process.resourceUsage = () => ({ maxRSS: Math.round(native.memoryUsage().rss / 1024) });

process.nextTick = function nextTick(callback) {
  if (typeof callback !== 'function') {
    let err = new TypeError(`The "callback" argument must be of type function. Received ${typeof callback}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  let args = Array.prototype.slice.call(arguments, 1);
  timers.nextTick(args.length ? () => callback.apply(undefined, args) : callback);
};

process.emitWarning = function emitWarning(warning, type, code) {
  let w = typeof warning === 'string' ? new Error(warning) : warning;
  w.name = typeof type === 'string' ? type : (type && type.type) || (typeof warning === 'string' ? 'Warning' : w.name);
  if (code) w.code = code;
  if (process.listenerCount('warning') > 0) process.emit('warning', w);
  else native.write(2, `(llrt:${process.pid}) ${w.name}: ${w.message}\n`);
};

// process.stdout / process.stderr, made on first use (the Lambda glue and console write through the binding, so a
// start that never names them loads nothing more): as Node's, a tty.WriteStream on a terminal, else a Writable
// written synchronously, as Node writes files and pipes on Linux. Bytes are written as bytes, strings as UTF-8;
// end() finishes the stream ('finish', pipeline callbacks) but never closes the descriptor, as in Node.
function stdio(fd) {
  const tty = require('tty');
  if (tty.isatty(fd)) return new tty.WriteStream(fd);
  const { Writable } = require('stream');
  const out = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      native.write(fd, typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer'
        ? require('buffer').Buffer.from(chunk, encoding) : chunk);
      callback();
    },
    destroy(err, callback) {
      callback(err);
    },
  });
  out.fd = fd;
  out.destroySoon = out.destroy;
  return out;
}
['stdout', 'stderr'].forEach((name, i) => {
  let stream;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get() {
      return stream || (stream = stdio(i + 1));
    },
    set(value) {
      stream = value; // as in Node, a test may put its own stream in place
    },
  });
});
// process.stdin, made on first use (a Lambda function never reads it, so a start loads none of this): as Node makes
// it for a file or a pipe, a Readable over fd 0 (fs.ReadStream), paused until read, ended at end of input;
// isTTY only on a terminal, as Node has it only on a tty.ReadStream
let stdin;
Object.defineProperty(process, 'stdin', {
  configurable: true,
  enumerable: true,
  get() {
    if (!stdin) {
      const { ReadStream } = require('llrt:fs-streams');
      stdin = new ReadStream(null, { fd: 0, autoClose: false, highWaterMark: 65536 });
      if (require('tty').isatty(0)) stdin.isTTY = true;
    }
    return stdin;
  },
});
// Object.prototype.toString.call(process) is '[object process]' in Node: axios picks its node:http adapter by it
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });

module.exports = process;
