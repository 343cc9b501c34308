// llrt:stack: Rhino's stack frames in Node's form, mapped to the user's sources, for every stack the runtime shows
// (Error.prepareStackTrace in bootstrap.js, util.inspect, console.trace, the Lambda error report, the test runner).
// The formatting and the mapping are engine.StackFrames; this file gives them the shapes the callers need.
'use strict';

// Node's "Name: message" header; a getter that throws (or an odd `this`) gives "Error" rather than failing the read
function header(error) {
  try {
    return codedHeader(error) || Error.prototype.toString.call(error);
  } catch (e) {
    return 'Error';
  }
}

// Node's internal errors (llrt:errors' coded ones, readable-stream's) have "Name [CODE]: message": an error whose
// toString gives that form, with its own code, gets it, as Node's do. (A function of its own: Rhino 1.9.1 loses
// this result when the same test sits inside header's try block.)
function codedHeader(error) {
  let toString = error.toString;
  if (typeof error.code !== 'string' || typeof toString !== 'function' || toString === Error.prototype.toString) return null;
  let text = String(toString.call(error));
  return text === `${error.name} [${error.code}]: ${error.message}` ? text : null;
}

// Rhino's CallSites (what prepareStackTrace receives) as Node's text. The realm's own bootstrap frames are left out,
// and so are frames in code the lowering added (engine.StackFrames).
function format(error, sites) {
  let out = header(error);
  (sites || []).forEach(site => {
    let file = typeof site.getFileName === 'function' ? site.getFileName() : null;
    if (file === 'llrt:bootstrap') return;
    let fn = typeof site.getFunctionName === 'function' ? site.getFunctionName() : null;
    let line = file !== null ? native.frame(fn, file, site.getLineNumber()) : '    at ' + String(site).trim().replace(/^at /, '');
    if (line !== null) out += '\n' + line;
  });
  return out;
}

// The "    at ..." lines of a stack text (any header dropped), as an array
function frames(stack) {
  return Array.from(native.lines(stack == null ? '' : String(stack)));
}

// One frame for a bare generated position (Rhino's "(file#12)" of a re-wrapped engine error); null when hidden
function frameAt(file, line) {
  return native.frame(null, file, line);
}

module.exports = { header, format, frames, frameAt };
