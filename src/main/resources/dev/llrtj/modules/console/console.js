'use strict';
// Node-compatible `console`, plus the AWS Lambda log formats (Text / JSON with level filtering) that the
// managed Node runtime applies. Output of the default instance goes through native.write(fd, text).

const util = require('util');
const stackFrames = require('llrt:stack').frames;

const LEVELS = { TRACE: 1, DEBUG: 2, INFO: 3, WARN: 4, ERROR: 5, FATAL: 6 };

// Lambda logging applies to the default console only; consoles built on user streams stay plain.
let lambda = null;

function configureLambdaLogging(opts) {
  if (!opts) {
    lambda = null;
    return;
  }
  let format = String(opts.format || 'Text').toUpperCase() === 'JSON' ? 'JSON' : 'Text';
  let level = opts.level ? String(opts.level).toUpperCase() : undefined;
  lambda = {
    format: format,
    minLevel: level && LEVELS[level] ? LEVELS[level] : 0,
    requestId: typeof opts.requestId === 'function' ? opts.requestId : () => undefined,
  };
}

function nativeStream(fd) {
  return {
    write: (text) => {
      if (typeof native !== 'undefined' && native && typeof native.write === 'function') native.write(fd, text);
      else if (typeof print === 'function') print(String(text).replace(/\n$/, ''));
    },
  };
}

function now() {
  if (typeof performance !== 'undefined' && performance && typeof performance.now === 'function') return performance.now();
  return Date.now();
}

function pad2(n) {
  return n < 10 ? '0' + n : String(n);
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    let parts = seconds.toFixed(3).split('.');
    let head = hours !== 0 ? hours + ':' + pad2(minutes) : String(minutes);
    return head + ':' + pad2(Number(parts[0])) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}

function warn(message) {
  if (typeof process !== 'undefined' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(message);
  } else {
    nativeStream(2).write('Warning: ' + message + '\n');
  }
}

function Console(stdout, stderr) {
  if (!(this instanceof Console)) return new Console(stdout, stderr);
  let options = stdout;
  if (!options || typeof options.write === 'function') options = { stdout: stdout, stderr: stderr };
  if (!options.stdout || typeof options.stdout.write !== 'function') {
    let err = new TypeError('The "stdout" argument must be a writable stream');
    err.code = 'ERR_CONSOLE_WRITABLE_STREAM';
    throw err;
  }
  this._stdout = options.stdout;
  this._stderr = options.stderr || options.stdout;
  this._inspectOptions = options.inspectOptions;
  this._groupIndentation = options.groupIndentation === undefined ? 2 : options.groupIndentation;
  this._groupIndent = '';
  this._counts = new Map();
  this._timers = new Map();
  this._lambdaAware = options._lambdaAware === true;
  // Node binds every method so `const { log } = console` keeps working.
  let self = this;
  Object.keys(Console.prototype).forEach((name) => {
    if (name[0] !== '_' && typeof Console.prototype[name] === 'function') self[name] = Console.prototype[name].bind(self);
  });
}

Console.prototype._format = function (args) {
  return this._inspectOptions ? util.formatWithOptions.apply(null, [this._inspectOptions].concat(args)) : util.format.apply(null, args);
};

Console.prototype._indent = function (text) {
  if (this._groupIndent.length === 0) return text;
  return this._groupIndent + text.split('\n').join('\n' + this._groupIndent);
};

// Every record funnels through here so the Lambda format and level filter apply uniformly.
Console.prototype._emit = function (level, args, toStderr, preformatted) {
  let config = this._lambdaAware ? lambda : null;
  if (config !== null && LEVELS[level] < config.minLevel) return;
  let text = preformatted !== undefined ? preformatted : this._format(args);
  text = this._indent(text);
  if (config === null) {
    (toStderr ? this._stderr : this._stdout).write(text + '\n');
    return;
  }
  let requestId = config.requestId();
  // the line's format is realm.LambdaFormats's (Java), shared with the runtime's own error lines
  if (config.format === 'JSON') {
    this._stdout.write(native.lambdaJsonLine(requestId, level, jsonMembers(args, text)));
    return;
  }
  (toStderr ? this._stderr : this._stdout).write(native.lambdaTextLine(requestId, level, text));
};

// the record's own members, after the timestamp, level and requestId the line starts with
function jsonMembers(args, text) {
  let record = { message: text };
  let first = args.length > 0 ? args[0] : undefined;
  if (args.length === 1 && !util.types.isNativeError(first)) {
    // A lone value is embedded as JSON, as the managed runtime does, when it serialises.
    try {
      if (typeof first !== 'string' && JSON.stringify(first) !== undefined) record.message = first;
    } catch (e) { /* keep the formatted text */ }
  }
  if (util.types.isNativeError(first)) {
    record.errorType = first.name || (first.constructor && first.constructor.name) || 'Error';
    record.errorMessage = first.message;
    record.stackTrace = util._errorStack(first).split('\n');
  }
  let json;
  try {
    json = JSON.stringify(record);
  } catch (e) {
    record.message = text;
    json = JSON.stringify(record);
  }
  return json.slice(1, -1);
}

Console.prototype.log = function log() { this._emit('INFO', Array.prototype.slice.call(arguments), false); };
Console.prototype.info = function info() { this._emit('INFO', Array.prototype.slice.call(arguments), false); };
Console.prototype.debug = function debug() { this._emit('DEBUG', Array.prototype.slice.call(arguments), false); };
Console.prototype.warn = function warn() { this._emit('WARN', Array.prototype.slice.call(arguments), true); };
Console.prototype.error = function error() { this._emit('ERROR', Array.prototype.slice.call(arguments), true); };
Console.prototype.fatal = function fatal() { this._emit('FATAL', Array.prototype.slice.call(arguments), true); };
Console.prototype.dirxml = function dirxml() { this._emit('INFO', Array.prototype.slice.call(arguments), false); };

Console.prototype.trace = function trace() {
  let args = Array.prototype.slice.call(arguments);
  let holder = { name: 'Trace', message: this._format(args) };
  // frames of a fresh Error minus this function's own frame (Rhino's captureStackTrace does not hand `holder` to
  // Error.prepareStackTrace, so its header would read "Error")
  let frames = stackFrames(new Error().stack).slice(1);
  holder.stack = [holder.message ? 'Trace: ' + holder.message : 'Trace'].concat(frames).join('\n');
  this._emit('TRACE', args, true, util._errorStack(holder));
};

Console.prototype.dir = function dir(obj, options) {
  let opts = Object.assign({ customInspect: false }, this._inspectOptions || {}, options || {});
  this._emit('INFO', [obj], false, util.inspect(obj, opts));
};

Console.prototype.assert = function assert(expression) {
  if (expression) return;
  let args = Array.prototype.slice.call(arguments, 1);
  args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
  this.warn.apply(this, args);
};

Console.prototype.count = function count(label) {
  label = label === undefined ? 'default' : String(label);
  let n = (this._counts.get(label) || 0) + 1;
  this._counts.set(label, n);
  this._emit('INFO', [], false, label + ': ' + n);
};

Console.prototype.countReset = function countReset(label) {
  label = label === undefined ? 'default' : String(label);
  if (!this._counts.has(label)) {
    warn("Count for '" + label + "' does not exist");
    return;
  }
  this._counts.delete(label);
};

Console.prototype.time = function time(label) {
  label = label === undefined ? 'default' : String(label);
  if (this._timers.has(label)) {
    warn("Label '" + label + "' already exists for console.time()");
    return;
  }
  this._timers.set(label, now());
};

Console.prototype._timeLog = function (name, label, data, end) {
  label = label === undefined ? 'default' : String(label);
  if (!this._timers.has(label)) {
    warn("No such label '" + label + "' for console." + name + '()');
    return;
  }
  let elapsed = now() - this._timers.get(label);
  if (end) this._timers.delete(label);
  let text = label + ': ' + formatTime(elapsed);
  if (data.length > 0) text += ' ' + this._format(data);
  this._emit('INFO', [], false, text);
};

Console.prototype.timeEnd = function timeEnd(label) {
  this._timeLog('timeEnd', label, [], true);
};

Console.prototype.timeLog = function timeLog(label) {
  this._timeLog('timeLog', label, Array.prototype.slice.call(arguments, 1), false);
};

Console.prototype.group = function group() {
  if (arguments.length > 0) this.log.apply(this, arguments);
  this._groupIndent += ' '.repeat(this._groupIndentation);
};
Console.prototype.groupCollapsed = Console.prototype.group;

Console.prototype.groupEnd = function groupEnd() {
  this._groupIndent = this._groupIndent.slice(0, Math.max(0, this._groupIndent.length - this._groupIndentation));
};

Console.prototype.table = function table(data, properties) {
  if (data === null || typeof data !== 'object') {
    this.log(data);
    return;
  }
  this._emit('INFO', [data], false, renderTable(data, properties, this._inspectOptions));
};

function cellInspect(v, inspectOptions) {
  let depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
  return util.inspect(v, Object.assign({ depth: depth, maxArrayLength: 3, breakLength: Infinity }, inspectOptions || {}));
}

function renderTable(data, properties, inspectOptions) {
  let inspectCell = (v) => cellInspect(v, inspectOptions);
  let indexColumn = [];
  let head;
  let columns;
  if (util.types.isMap(data)) {
    let keys = [];
    let values = [];
    data.forEach((v, k) => {
      indexColumn.push(inspectCell(indexColumn.length));
      keys.push(inspectCell(k));
      values.push(inspectCell(v));
    });
    return drawTable(['(iteration index)', 'Key', 'Values'], [indexColumn, keys, values]);
  }
  if (util.types.isSet(data)) {
    let values = [];
    data.forEach((v) => {
      indexColumn.push(inspectCell(indexColumn.length));
      values.push(inspectCell(v));
    });
    return drawTable(['(iteration index)', 'Values'], [indexColumn, values]);
  }
  let byKey = new Map();
  let hasPrimitives = false;
  let primitiveColumn = [];
  let rowKeys = Object.keys(data);
  for (let i = 0; i < rowKeys.length; i++) {
    let item = data[rowKeys[i]];
    let primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveColumn[i] = inspectCell(item);
      continue;
    }
    let keys = properties || Object.keys(item);
    for (let k = 0; k < keys.length; k++) {
      let key = keys[k];
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)[i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? '' : inspectCell(item[key]);
    }
  }
  // Integer-like keys come first, as Object.keys() on Node's null-prototype map would order them.
  let names = Array.from(byKey.keys());
  let intKeys = names.filter((k) => /^(0|[1-9][0-9]*)$/.test(k)).sort((a, b) => Number(a) - Number(b));
  names = intKeys.concat(names.filter((k) => intKeys.indexOf(k) === -1));
  head = ['(index)'].concat(names);
  columns = [rowKeys].concat(names.map((k) => byKey.get(k)));
  if (hasPrimitives) {
    head.push('Values');
    columns.push(primitiveColumn);
  }
  return drawTable(head, columns);
}

function drawTable(head, columns) {
  let widths = head.map((h) => h.length);
  let rowCount = Math.max.apply(null, columns.map((c) => c.length));
  let rows = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = 0; j < rowCount; j++) {
      if (rows[j] === undefined) rows[j] = [];
      let value = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      rows[j][i] = value;
      widths[i] = Math.max(widths[i] || 0, value.length);
    }
  }
  let renderRow = (row) => {
    let out = '│ ';
    for (let i = 0; i < row.length; i++) {
      out += row[i] + ' '.repeat(widths[i] - row[i].length);
      if (i !== row.length - 1) out += ' │ ';
    }
    return out + ' │';
  };
  let divider = widths.map((w) => '─'.repeat(w + 2));
  let result = '┌' + divider.join('┬') + '┐\n' + renderRow(head) + '\n' + '├' + divider.join('┼') + '┤\n';
  for (let r = 0; r < rows.length; r++) result += renderRow(rows[r]) + '\n';
  return result + '└' + divider.join('┴') + '┘';
}

const defaultConsole = new Console({ stdout: nativeStream(1), stderr: nativeStream(2), _lambdaAware: true });

// the Lambda runtime decides the log format before anything loads console (ConsoleBinding)
if (typeof native !== 'undefined' && native && native.lambdaLogging) configureLambdaLogging(native.lambdaLogging);

module.exports = defaultConsole;
module.exports.Console = Console;
Object.defineProperty(module.exports, 'configureLambdaLogging', { value: configureLambdaLogging, enumerable: false });
