// Node's child_process over java.lang.ProcessBuilder (ChildProcessBinding): spawn/exec/execFile with stdio as
// streams and 'exit'/'close' events on the loop, the *Sync forms blocking, kill by signal. No fork (no IPC).
'use strict';

const binding = require('llrt:child-process-native');
const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const errors = require('llrt:errors');
const util = require('util');

function notSupported(what) {
  return errors.notSupported(`${what} is not supported by llrt-java`);
}

function normalizeArgs(file, args, options) {
  if (typeof file !== 'string') throw errors.invalidArgType('file', 'of type string', file);
  if (file.length === 0) throw errors.invalidArgValue('file', file, 'cannot be empty');
  if (typeof args === 'string' || (args != null && typeof args !== 'object')) {
    throw errors.invalidArgType('args', 'of type object', args);
  }
  if (!Array.isArray(args)) {
    options = args;
    args = [];
  }
  let opts = options == null ? {} : options;
  if (typeof opts !== 'object') throw errors.invalidArgType('options', 'of type object', opts);
  args = args.map(String);
  ['uid', 'gid', 'argv0'].forEach(name => {
    if (opts[name] !== undefined) throw notSupported(`child_process option ${name}`);
  });
  if (opts.detached) throw notSupported('child_process option detached');
  let command = file;
  let argv = args.slice();
  if (opts.shell) {
    command = typeof opts.shell === 'string' ? opts.shell : '/bin/sh';
    argv = ['-c', [file].concat(args).join(' ')];
  }
  let env = null;
  if (opts.env) {
    env = Object.keys(opts.env).filter(k => opts.env[k] !== undefined).map(k => `${k}=${opts.env[k]}`);
  }
  let cwd = opts.cwd == null ? null : String(opts.cwd instanceof URL ? require('url').fileURLToPath(opts.cwd) : opts.cwd);
  return { file, args, command, argv, env, cwd, opts, stdio: stdioOf(opts.stdio) };
}

function stdioOf(stdio) {
  if (stdio === undefined) return ['pipe', 'pipe', 'pipe'];
  let list = typeof stdio === 'string' ? [stdio, stdio, stdio] : stdio.slice(0, 3);
  if (Array.isArray(stdio) && stdio.indexOf('ipc') >= 0) throw notSupported('child_process stdio ipc (no IPC channel)');
  while (list.length < 3) list.push('pipe');
  return list.map((s, i) => {
    if (s == null || s === 'pipe' || s === 'overlapped') return 'pipe';
    if (s === 'inherit' || s === i) return 'inherit';
    if (s === 'ignore') return 'ignore';
    throw notSupported(`child_process stdio ${typeof s === 'string' ? s : typeof s} (pipe, inherit and ignore are)`);
  });
}

function spawnError(syscall, spec, e) {
  let err = new Error(`${syscall} ${spec.file} ${e.code}`);
  err.errno = e.errno;
  err.code = e.code;
  err.syscall = `${syscall} ${spec.file}`;
  err.path = spec.file;
  err.spawnargs = spec.args;
  return err;
}

function ChildProcess() {
  EventEmitter.call(this);
  this.pid = undefined;
  this.exitCode = null;
  this.signalCode = null;
  this.killed = false;
  this.connected = false;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = [null, null, null];
  this.spawnfile = undefined;
  this.spawnargs = [];
}
ChildProcess.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: ChildProcess, writable: true, configurable: true },
});
Object.setPrototypeOf(ChildProcess, EventEmitter);

ChildProcess.prototype.kill = function (signal) {
  let name = signal === undefined ? 'SIGTERM' : typeof signal === 'number' ? signalName(signal) : String(signal);
  if (!this._handle || this.exitCode !== null || this.signalCode !== null) return false;
  let ok = this._handle.kill(name);
  if (ok) this.killed = true;
  return ok;
};

function signalName(n) {
  const NAMES = { 1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 6: 'SIGABRT', 9: 'SIGKILL', 10: 'SIGUSR1', 12: 'SIGUSR2',
    13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM', 18: 'SIGCONT', 19: 'SIGSTOP' };
  if (!NAMES[n]) throw errors.coded(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${n}`);
  return NAMES[n];
}

ChildProcess.prototype.ref = function () {};
ChildProcess.prototype.unref = function () {};
ChildProcess.prototype.disconnect = function () {
  throw notSupported('child_process IPC (disconnect)');
};
ChildProcess.prototype.send = function () {
  throw notSupported('child_process IPC (send)');
};

function spawn(file, args, options) {
  let spec = normalizeArgs(file, args, options);
  let child = new ChildProcess();
  child.spawnfile = spec.command;
  child.spawnargs = [spec.command].concat(spec.argv);
  // 'close' follows the exit and the end of both outputs (their end as the child wrote it, read or not)
  let open = 0;
  let exit = null;
  function maybeClose() {
    if (open === 0 && exit) child.emit('close', exit[0], exit[1]);
  }
  let readers = {};
  ['stdout', 'stderr'].forEach((name, i) => {
    if (spec.stdio[i + 1] !== 'pipe') return;
    readers[name] = new Readable({ read() {} });
    open++;
  });
  function deliver(name) {
    return chunk => {
      readers[name].push(chunk === null ? null : Buffer.from(chunk));
      if (chunk === null) {
        open--;
        maybeClose();
      }
    };
  }
  let events = {
    stdout: deliver('stdout'),
    stderr: deliver('stderr'),
    exit: (code, signal) => {
      child.exitCode = code;
      child.signalCode = signal;
      exit = [code, signal];
      child.emit('exit', code, signal);
      maybeClose();
    },
  };
  let handle;
  try {
    handle = binding.spawn(spec.command, spec.argv, spec.cwd, spec.env, spec.stdio, events);
  } catch (e) {
    if (!e || !e.code || e instanceof Error) throw e;
    let err = spawnError('spawn', spec, e);
    process.nextTick(() => {
      child.emit('error', err);
      child.emit('close', -2, null);
    });
    return child;
  }
  child._handle = handle;
  child.pid = handle.pid;
  child.stdout = readers.stdout || null;
  child.stderr = readers.stderr || null;
  if (spec.stdio[0] === 'pipe') {
    child.stdin = new Writable({
      write(chunk, encoding, callback) {
        let failed = handle.write(chunk);
        callback(failed ? errors.coded(Error, 'EPIPE', 'write EPIPE') : null);
      },
      final(callback) {
        handle.end();
        callback();
      },
    });
  }
  child.stdio = [child.stdin, child.stdout, child.stderr];
  process.nextTick(() => child.emit('spawn'));
  return child;
}

function collect(child, options, callback) {
  let encoding = options.encoding === undefined ? 'utf8' : options.encoding;
  let maxBuffer = options.maxBuffer === undefined ? 1024 * 1024 : options.maxBuffer;
  let out = [];
  let err = [];
  let size = 0;
  let failure = null;
  function gather(list) {
    return chunk => {
      size += chunk.length;
      if (size > maxBuffer && !failure) {
        failure = errors.coded(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'stdout maxBuffer length exceeded');
        child.kill();
      }
      list.push(chunk);
    };
  }
  if (child.stdout) child.stdout.on('data', gather(out));
  if (child.stderr) child.stderr.on('data', gather(err));
  let timer = options.timeout > 0 ? setTimeout(() => child.kill(options.killSignal || 'SIGTERM'), options.timeout) : null;
  function text(list) {
    let b = Buffer.concat(list);
    return encoding && encoding !== 'buffer' ? b.toString(encoding) : b;
  }
  let done = false;
  child.on('error', e => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    callback(e, text(out), text(err));
  });
  child.on('close', (code, signal) => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    let e = failure;
    if (!e && (code !== 0 || signal)) {
      e = new Error(`Command failed: ${child.spawnargs.slice(child.spawnfile === '/bin/sh' ? 2 : 0).join(' ')}\n${text(err)}`);
      e.code = code;
      e.killed = child.killed;
      e.signal = signal;
    }
    if (e) e.cmd = child.spawnargs.slice(child.spawnfile === '/bin/sh' ? 2 : 0).join(' ');
    callback(e || null, text(out), text(err));
  });
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = {};
  } else if (typeof options === 'function') {
    callback = options;
    if (!Array.isArray(args)) {
      options = args;
      args = [];
    } else {
      options = {};
    }
  }
  let opts = options || {};
  let child = spawn(file, args, opts);
  collect(child, opts, callback || (() => {}));
  return child;
}

function exec(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  let opts = Object.assign({}, options, { shell: (options && options.shell) || '/bin/sh' });
  return execFile(command, [], opts, callback);
}

function promisified(run) {
  return function () {
    let args = Array.prototype.slice.call(arguments);
    let child;
    let promise = new Promise((resolve, reject) => {
      args.push((err, stdout, stderr) => {
        if (err) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
      child = run.apply(null, args);
    });
    promise.child = child;
    return promise;
  };
}
exec[util.promisify.custom] = promisified(exec);
execFile[util.promisify.custom] = promisified(execFile);

function spawnSync(file, args, options) {
  let spec = normalizeArgs(file, args, options);
  let opts = spec.opts;
  let input = opts.input === undefined ? undefined
    : typeof opts.input === 'string' ? Buffer.from(opts.input, opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : 'utf8')
      : opts.input;
  let r = binding.spawnSync(spec.command, spec.argv, spec.cwd, spec.env, spec.stdio, input,
    opts.timeout || 0, opts.killSignal || 'SIGTERM', opts.maxBuffer === undefined ? 1024 * 1024 : opts.maxBuffer);
  let encoding = opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : null;
  let decode = ab => {
    if (ab === undefined) return null;
    let b = Buffer.from(ab);
    return encoding ? b.toString(encoding) : b;
  };
  let result = { pid: r.pid || 0, output: null, stdout: decode(r.stdout), stderr: decode(r.stderr),
    status: r.status === undefined ? null : r.status, signal: r.signal === undefined ? null : r.signal };
  result.output = [null, result.stdout, result.stderr];
  if (r.error) result.error = spawnError('spawnSync', { file: spec.command, args: spec.argv }, r.error);
  return result;
}

function checkSync(result, command) {
  if (result.error) throw Object.assign(result.error, { stdout: result.stdout, stderr: result.stderr });
  if (result.status !== 0) {
    let stderr = result.stderr ? result.stderr.toString() : '';
    let err = new Error(`Command failed: ${command}${stderr ? '\n' + stderr : ''}`);
    Object.assign(err, { status: result.status, signal: result.signal, output: result.output, pid: result.pid,
      stdout: result.stdout, stderr: result.stderr });
    throw err;
  }
  return result.stdout;
}

function forwardStderr(result, options) {
  // Node's execSync and execFileSync show the child's stderr on the parent's unless stdio says otherwise
  if (!(options && options.stdio) && result.stderr && result.stderr.length) process.stderr.write(result.stderr);
}

function execFileSync(file, args, options) {
  let result = spawnSync(file, args, options);
  forwardStderr(result, Array.isArray(args) ? options : args);
  return checkSync(result, [file].concat(Array.isArray(args) ? args : []).join(' '));
}

function execSync(command, options) {
  let opts = Object.assign({}, options, { shell: (options && options.shell) || '/bin/sh' });
  let result = spawnSync(command, [], opts);
  forwardStderr(result, options);
  return checkSync(result, command);
}

function fork() {
  throw notSupported('child_process.fork (no IPC channel; use spawn)');
}

module.exports = { ChildProcess, spawn, exec, execFile, spawnSync, execSync, execFileSync, fork };
