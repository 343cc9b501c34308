// llrt:util — LLRT's helpers (API.md): the terminal's size, evaluating a script file in the global scope, printing.
'use strict';
const fs = require('fs');
const process = require('process');

// [columns, rows] of the terminal on stdout, [0, 0] when stdout is not one (as LLRT answers)
function dimensions() {
  const out = process.stdout;
  return [out && out.isTTY && out.columns || 0, out && out.isTTY && out.rows || 0];
}

// Evaluates the file as a script in the global scope (sloppy unless options.strict), its completion value returned.
function load(filename, options) {
  if (typeof filename !== 'string') {
    let e = new TypeError(`The "filename" argument must be of type string. Received ${typeof filename}`);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (options && options.global !== undefined && options.global !== true) {
    let e = new TypeError('llrt:util load(): options.global other than the global scope is not supported');
    e.code = 'ERR_NOT_SUPPORTED';
    throw e;
  }
  const source = fs.readFileSync(filename, 'utf8');
  return (0, eval)((options && options.strict ? "'use strict';\n" : '') + source);
}

// The value as a string and a newline, on stderr (LLRT's default) or on stdout when `stdout` is true.
function print(value, stdout) {
  (stdout ? process.stdout : process.stderr).write(String(value) + '\n');
}

module.exports = { dimensions, load, print };
