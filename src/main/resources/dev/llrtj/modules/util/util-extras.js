'use strict';
// util.styleText (with inspect.colors), getSystemErrorName/getSystemErrorMap, aborted and isBuffer
// (llrt:util-extras), as Node 20 has them.
const { coded, describe, invalidArgType } = require('llrt:errors');

// [open, close] SGR codes by name, Node's table; the aliases are there but not enumerable, as in Node
const colors = Object.create(null);
('reset 0 0,bold 1 22,dim 2 22,italic 3 23,underline 4 24,blink 5 25,inverse 7 27,hidden 8 28,strikethrough 9 29,' +
  'doubleunderline 21 24,black 30 39,red 31 39,green 32 39,yellow 33 39,blue 34 39,magenta 35 39,cyan 36 39,' +
  'white 37 39,bgBlack 40 49,bgRed 41 49,bgGreen 42 49,bgYellow 43 49,bgBlue 44 49,bgMagenta 45 49,bgCyan 46 49,' +
  'bgWhite 47 49,framed 51 54,overlined 53 55,gray 90 39,redBright 91 39,greenBright 92 39,yellowBright 93 39,' +
  'blueBright 94 39,magentaBright 95 39,cyanBright 96 39,whiteBright 97 39,bgGray 100 49,bgRedBright 101 49,' +
  'bgGreenBright 102 49,bgYellowBright 103 49,bgBlueBright 104 49,bgMagentaBright 105 49,bgCyanBright 106 49,' +
  'bgWhiteBright 107 49').split(',').forEach((entry) => {
  let parts = entry.split(' ');
  colors[parts[0]] = [Number(parts[1]), Number(parts[2])];
});
[['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'], ['faint', 'dim'],
  ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
].forEach((alias) => {
  Object.defineProperty(colors, alias[0], {
    get: function () { return this[alias[1]]; },
    set: function (v) { Object.defineProperty(this, alias[0], { value: v, writable: true, configurable: true, enumerable: true }); },
    configurable: true,
    enumerable: false,
  });
});

const sgr = (code) => `\u001b[${code}m`;

function codesOf(key) {
  let codes = colors[key];
  if (codes == null) {
    let allowed = Object.keys(colors).map((k) => `'${k}'`).join(', ');
    throw coded(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'format' must be one of: ${allowed}. Received ${typeof key === 'string' ? `'${key}'` : describe(key)}`);
  }
  return codes;
}

function shouldColorize(stream) {
  let env = globalThis.process && globalThis.process.env;
  if (env && env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

// Node 20: an array of formats is always styled; a single one only when the stream would show colours
function styleText(format, text) {
  let opts = arguments[2] === undefined ? {} : arguments[2]; // styleText.length is 2, as Node's
  let validateStream = opts.validateStream === undefined ? true : opts.validateStream;
  let stream = opts.stream === undefined ? globalThis.process && globalThis.process.stdout : opts.stream;
  if (typeof text !== 'string') throw invalidArgType('text', 'of type string', text);
  if (typeof validateStream !== 'boolean') throw invalidArgType('options.validateStream', 'of type boolean', validateStream);
  if (validateStream && (stream === null || typeof stream !== 'object' ||
      (typeof stream.write !== 'function' && typeof stream.pipe !== 'function' && typeof stream.getReader !== 'function'))) {
    throw invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    format.forEach((key) => {
      let codes = codesOf(key);
      left += sgr(codes[0]);
      right = sgr(codes[1]) + right;
    });
    return left + text + right;
  }
  let codes = codesOf(format);
  if (validateStream && !shouldColorize(stream)) return text;
  return sgr(codes[0]) + text + sgr(codes[1]);
}

// libuv's errors: negative errno -> [name, description]
const SYSTEM_ERRORS = ('7:E2BIG:argument list too long|13:EACCES:permission denied|98:EADDRINUSE:address already in use|' +
  '99:EADDRNOTAVAIL:address not available|97:EAFNOSUPPORT:address family not supported|' +
  '11:EAGAIN:resource temporarily unavailable|3000:EAI_ADDRFAMILY:address family not supported|' +
  '3001:EAI_AGAIN:temporary failure|3002:EAI_BADFLAGS:bad ai_flags value|3013:EAI_BADHINTS:invalid value for hints|' +
  '3003:EAI_CANCELED:request canceled|3004:EAI_FAIL:permanent failure|3005:EAI_FAMILY:ai_family not supported|' +
  '3006:EAI_MEMORY:out of memory|3007:EAI_NODATA:no address|3008:EAI_NONAME:unknown node or service|' +
  '3009:EAI_OVERFLOW:argument buffer overflow|3014:EAI_PROTOCOL:resolved protocol is unknown|' +
  '3010:EAI_SERVICE:service not available for socket type|3011:EAI_SOCKTYPE:socket type not supported|' +
  '114:EALREADY:connection already in progress|9:EBADF:bad file descriptor|16:EBUSY:resource busy or locked|' +
  '125:ECANCELED:operation canceled|4080:ECHARSET:invalid Unicode character|' +
  '103:ECONNABORTED:software caused connection abort|111:ECONNREFUSED:connection refused|' +
  '104:ECONNRESET:connection reset by peer|89:EDESTADDRREQ:destination address required|' +
  '17:EEXIST:file already exists|14:EFAULT:bad address in system call argument|27:EFBIG:file too large|' +
  '113:EHOSTUNREACH:host is unreachable|4:EINTR:interrupted system call|22:EINVAL:invalid argument|5:EIO:i/o error|' +
  '106:EISCONN:socket is already connected|21:EISDIR:illegal operation on a directory|' +
  '40:ELOOP:too many symbolic links encountered|24:EMFILE:too many open files|90:EMSGSIZE:message too long|' +
  '36:ENAMETOOLONG:name too long|100:ENETDOWN:network is down|101:ENETUNREACH:network is unreachable|' +
  '23:ENFILE:file table overflow|105:ENOBUFS:no buffer space available|19:ENODEV:no such device|' +
  '2:ENOENT:no such file or directory|12:ENOMEM:not enough memory|64:ENONET:machine is not on the network|' +
  '92:ENOPROTOOPT:protocol not available|28:ENOSPC:no space left on device|38:ENOSYS:function not implemented|' +
  '107:ENOTCONN:socket is not connected|20:ENOTDIR:not a directory|39:ENOTEMPTY:directory not empty|' +
  '88:ENOTSOCK:socket operation on non-socket|95:ENOTSUP:operation not supported on socket|' +
  '75:EOVERFLOW:value too large for defined data type|1:EPERM:operation not permitted|32:EPIPE:broken pipe|' +
  '71:EPROTO:protocol error|93:EPROTONOSUPPORT:protocol not supported|91:EPROTOTYPE:protocol wrong type for socket|' +
  '34:ERANGE:result too large|30:EROFS:read-only file system|' +
  '108:ESHUTDOWN:cannot send after transport endpoint shutdown|29:ESPIPE:invalid seek|3:ESRCH:no such process|' +
  '110:ETIMEDOUT:connection timed out|26:ETXTBSY:text file is busy|18:EXDEV:cross-device link not permitted|' +
  '4094:UNKNOWN:unknown error|4095:EOF:end of file|6:ENXIO:no such device or address|31:EMLINK:too many links|' +
  '112:EHOSTDOWN:host is down|121:EREMOTEIO:remote I/O error|25:ENOTTY:inappropriate ioctl for device|' +
  '4028:EFTYPE:inappropriate file type or format|84:EILSEQ:illegal byte sequence|' +
  '94:ESOCKTNOSUPPORT:socket type not supported|61:ENODATA:no data available|49:EUNATCH:protocol driver not attached');

function getSystemErrorMap() {
  let map = new Map();
  SYSTEM_ERRORS.split('|').forEach((entry) => {
    let parts = entry.split(':');
    map.set(-Number(parts[0]), [parts[1], parts[2]]);
  });
  return map;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw invalidArgType('err', 'of type number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw coded(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "err" is out of range. It must be a negative integer. Received ${err}`);
  }
  let entry = getSystemErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// resolves once the signal aborts. Node holds the resource weakly and drops the wait when it is collected; here
// the listener stays until the signal aborts (Rhino has no WeakRef)
function aborted(signal, resource) {
  return new Promise((resolve) => {
    if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw invalidArgType('signal', 'an instance of AbortSignal', signal);
    }
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
      throw invalidArgType('resource', 'of type object', resource);
    }
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function isBuffer(value) {
  let B = globalThis.Buffer;
  return !!B && B.isBuffer(value);
}

module.exports = { colors, styleText, getSystemErrorName, getSystemErrorMap, aborted, isBuffer };
