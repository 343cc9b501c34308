// Node's coded errors (err.code = 'ERR_...') with Node's message wording, for the byte built-ins.
'use strict';

// Node's internal errors say their code in String(err) and in their stack's first line, "TypeError [CODE]: message"
// (llrt:stack's header reads this toString); OpenSSL's errors, which Node passes on as they come, do not
function nodeErrorToString() {
  return `${this.name} [${this.code}]: ${this.message}`;
}

function coded(Ctor, code, message) {
  let err = new Ctor(message);
  err.code = code;
  if (code.indexOf('ERR_OSSL_') !== 0) {
    Object.defineProperty(err, 'toString', { value: nodeErrorToString, writable: true, configurable: true });
  }
  return err;
}

// Node prints big integers in error messages with _ separators: 4_294_967_296
function separated(digits) {
  let sign = digits.charAt(0) === '-' ? '-' : '';
  let s = sign ? digits.slice(1) : digits;
  let out = '';
  while (s.length >= 4) {
    out = '_' + s.slice(-3) + out;
    s = s.slice(0, -3);
  }
  return sign + s + out;
}

function describe(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    let ctor = value.constructor;
    return ctor && ctor.name ? `an instance of ${ctor.name}` : 'an instance of Object';
  }
  let shown = typeof value === 'string' ? `'${value.length > 25 ? value.slice(0, 25) + '...' : value}'`
    : typeof value === 'bigint' ? `${value}n` : String(value);
  return `type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, value) {
  let what = name.indexOf(' ') >= 0 ? name : `"${name}" argument`;
  return coded(TypeError, 'ERR_INVALID_ARG_TYPE', `The ${what} must be ${expected}. Received ${describe(value)}`);
}

function outOfRange(name, range, value) {
  let shown;
  if (typeof value === 'bigint') shown = (value > BigInt(4294967296) || value < -BigInt(4294967296) ? separated(String(value)) : String(value)) + 'n';
  else if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) > 2 ** 32) shown = separated(String(value));
  else shown = typeof value === 'string' ? `'${value}'` : String(value);
  return coded(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${shown}`);
}

function invalidArgValue(name, value, reason) {
  return coded(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The argument '${name}' ${reason || 'is invalid'}. Received ${typeof value === 'string' ? `'${value}'` : String(value)}`);
}

// Node's AbortError (events.once/on, timers/promises): not a coded error class, so "AbortError: ..." in the stack
function abortError(signal) {
  let err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

// What the runtime does not have fails loudly with Node's code for it, never silently.
function notSupported(message) {
  return coded(Error, 'ERR_NOT_SUPPORTED', message);
}

// A stand-in for a missing function, named as the real one, that throws notSupported(message) when called.
function notSupportedFunction(name, message) {
  let fn = function () {
    throw notSupported(message);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

const DESCRIPTIONS = { EADDRINUSE: 'address already in use', EADDRNOTAVAIL: 'address not available', EACCES: 'permission denied' };
const ERRNO = { ECONNREFUSED: -111, ECONNRESET: -104, ETIMEDOUT: -110, EHOSTUNREACH: -113, ENOTFOUND: -3008,
  EADDRINUSE: -98, EADDRNOTAVAIL: -99, EACCES: -13 };

// a socket failure from the loop ({message, code}: http, net, tls, dgram) as Node reports it: "connect ECONNREFUSED 127.0.0.1:1"
function netError(failure, syscall, host, port) {
  let code = failure.code;
  let err;
  if (code === 'ENOTFOUND') {
    err = new Error(`getaddrinfo ENOTFOUND ${host}`);
    err.errno = ERRNO.ENOTFOUND;
    err.syscall = 'getaddrinfo';
    err.hostname = host;
  } else if (ERRNO[code] !== undefined) {
    let where = `${host}${port !== undefined ? ':' + port : ''}`;
    // Node: "connect ECONNREFUSED 127.0.0.1:80", "listen EADDRINUSE: address already in use 127.0.0.1:80"
    err = new Error(DESCRIPTIONS[code] ? `${syscall} ${code}: ${DESCRIPTIONS[code]} ${where}` : `${syscall} ${code} ${where}`);
    err.errno = ERRNO[code];
    err.syscall = syscall;
    err.address = host;
    if (port !== undefined) err.port = port;
  } else {
    err = new Error(failure.message);
  }
  err.code = code || 'ERR_NETWORK';
  if (code !== 'ENOTFOUND' && ERRNO[code] === undefined && failure.message) err.cause = failure.message;
  return err;
}

module.exports = { coded, describe, invalidArgType, outOfRange, invalidArgValue, notSupported, notSupportedFunction, netError,
  abortError };
