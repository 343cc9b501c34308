'use strict';
// util.debuglog (util.debug) and util.log (llrt:util-debuglog). NODE_DEBUG is read once, at the first check of a
// section, as Node reads it once at start: a comma-separated list of section names, `*` a wildcard, case ignored.
const { format, formatWithOptions } = require('llrt:util-format');
const { inspect } = require('llrt:inspect');

let testEnabled = null;
const impls = Object.create(null);

function sectionTest() {
  if (testEnabled === null) {
    let proc = globalThis.process;
    let env = proc && proc.env ? proc.env.NODE_DEBUG : undefined;
    if (env) {
      let pattern = String(env).replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      let re = new RegExp(`^${pattern}$`, 'i');
      testEnabled = (section) => re.exec(section) !== null;
    } else {
      testEnabled = () => false;
    }
  }
  return testEnabled;
}

function colorize(stream) {
  let proc = globalThis.process;
  if (proc && proc.env && proc.env.FORCE_COLOR !== undefined) return proc.env.FORCE_COLOR !== '0';
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function impl(enabled, section) {
  if (impls[section] === undefined) {
    if (enabled) {
      let proc = globalThis.process;
      if (section === 'HTTP' || section === 'HTTP2') {
        proc.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' can expose ` +
          'sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      impls[section] = function debug() {
        let colors = colorize(proc.stderr);
        let args = [{ colors: colors }].concat(Array.prototype.slice.call(arguments));
        let msg = formatWithOptions.apply(null, args);
        proc.stderr.write(format('%s %s: %s\n', section, inspect(proc.pid, { colors: colors }), msg));
      };
    } else {
      impls[section] = function debug() {};
    }
  }
  return impls[section];
}

function debuglog(section, callback) {
  let enabled;
  let initialized = false;
  function init() {
    if (initialized) return;
    section = String(section).toUpperCase();
    enabled = sectionTest()(section);
    initialized = true;
  }
  // the section is resolved on the first call (or `enabled` read), and the callback gets the real logger then
  let debug = function () {
    init();
    debug = impl(enabled, section);
    if (typeof callback === 'function') callback(debug);
    return debug.apply(null, arguments);
  };
  let logger = function () { return debug.apply(null, arguments); };
  Object.defineProperty(logger, 'enabled', {
    get: function () { init(); return enabled; },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');

// util.log: "8 Dec 00:52:03 - message", in local time, as Node prints it
function log() {
  let d = new Date();
  let time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  console.log('%s - %s', `${d.getDate()} ${MONTHS[d.getMonth()]} ${time}`, format.apply(null, arguments));
}

module.exports = { debuglog, log };
