// Node's readline/promises: the same Interface, with question() answering a Promise.
'use strict';

const readline = require('readline');
const errors = require('llrt:errors');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  readline.Interface.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, readline.Interface.prototype);
Object.setPrototypeOf(Interface, readline.Interface);

Interface.prototype.question = function (query, options) {
  let self = this;
  return new Promise((resolve, reject) => {
    if (self.closed) {
      reject(errors.coded(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed'));
      return;
    }
    let signal = options && options.signal;
    if (signal && signal.aborted) {
      reject(signal.reason);
      return;
    }
    if (signal) signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    readline.Interface.prototype.question.call(self, query, options || {}, resolve);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, createInterface };
