'use strict';
// How util.inspect shows an error (llrt:inspect-error): Rhino's frame-only `stack` turned into Node's "Name: message"
// plus "    at fn (file:line)" lines, the constructor prefix, frames shared with `cause` elided.
const { isError } = require('llrt:util-types');
const stackFrames = require('llrt:stack').frames;

function getPrefix(ctorName, tag, fallback, size) {
  size = size || '';
  if (ctorName === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && ctorName !== tag) return ctorName + size + ' [' + tag + '] ';
  return ctorName + size + ' ';
}

function errorHeader(err, name) {
  let message = '';
  try { message = err.message === undefined ? '' : String(err.message); } catch (e) { message = ''; }
  return message === '' ? name : name + ': ' + message;
}

// The runtime's prepareStackTrace gives Node's form; a stack formatted while it was replaced or removed has Rhino's
// own frame lines ("\tat file:line (fn)", no header), which llrt:stack converts and maps like the others.
function stackString(err, name) {
  let stack;
  try { stack = err.stack; } catch (e) { stack = undefined; }
  let header = errorHeader(err, name);
  if (!stack) return Error.prototype.toString.call(err);
  stack = String(stack).replace(/\n+$/, '');
  let rhinoFrame = stack.search(/^\tat /m);
  if (rhinoFrame !== -1) {
    let head = stack.slice(0, rhinoFrame).replace(/\n$/, '');
    return [head || header].concat(stackFrames(stack.slice(rhinoFrame))).join('\n');
  }
  if (/^\s+at /.test(stack)) return header + '\n' + stack;
  return stack;
}

function formatError(err, ctorName, tag, ctx, keys) {
  // Rhino's own bookkeeping on EcmaErrors, not something Node would show
  ['fileName', 'lineNumber', 'columnNumber'].forEach((k) => {
    let i = keys.indexOf(k);
    if (i !== -1) keys.splice(i, 1);
  });
  let name = err.name != null ? String(err.name) : 'Error';
  let stack = stackString(err, name);
  if (!ctx.showHidden && keys.length !== 0) {
    ['name', 'message', 'stack'].forEach((k) => {
      let i = keys.indexOf(k);
      if (i !== -1 && stack.indexOf(String(err[k])) !== -1) keys.splice(i, 1);
    });
  }
  if ('cause' in err && keys.indexOf('cause') === -1) keys.push('cause');
  if (Array.isArray(err.errors) && keys.indexOf('errors') === -1) keys.push('errors');
  stack = improveStack(stack, ctorName, name, tag);
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += String(err.message).length;
  let firstFrame = stack.slice(pos === -1 ? 0 : pos).search(/\n\s+at /);
  if (firstFrame === -1) stack = '[' + stack + ']';
  else {
    let stackStart = (pos === -1 ? 0 : pos) + firstFrame;
    let frames = collapseCauseFrames(err, stack.slice(stackStart + 1).split('\n'));
    stack = stack.slice(0, stackStart) + '\n' + frames.join('\n');
  }
  if (ctx.indentationLvl !== 0) stack = stack.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
  return stack;
}

// Frames an error shares with its `cause` are elided, as Node does, to keep chained errors readable.
function collapseCauseFrames(err, frames) {
  let cause;
  try { cause = err.cause; } catch (e) { return frames; }
  if (!isError(cause)) return frames;
  let causeStack = stackString(cause, cause.name != null ? String(cause.name) : 'Error');
  let start = causeStack.search(/\n\s+at /);
  if (start === -1) return frames;
  let causeFrames = causeStack.slice(start + 1).split('\n');
  for (let i = 0; i < frames.length - 3; i++) {
    let at = causeFrames.indexOf(frames[i]);
    if (at === -1 || causeFrames.length - at <= 3) continue;
    let maxLen = Math.min(frames.length - i, causeFrames.length - at);
    let len = 1;
    while (len < maxLen && frames[i + len] === causeFrames[at + len]) len++;
    if (len > 3) {
      let copy = frames.slice();
      copy.splice(i + 1, len - 2, '    ... ' + (len - 2) + ' lines matching cause stack trace ...');
      return copy;
    }
  }
  return frames;
}

function improveStack(stack, ctorName, name, tag) {
  let len = name.length;
  if (ctorName === null ||
      (name.slice(-5) === 'Error' && stack.slice(0, len) === name &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (ctorName === null) {
      let start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    let prefix = getPrefix(ctorName, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.indexOf(name) !== -1) {
        stack = len === 0 ? prefix + ': ' + stack : prefix + stack.slice(len);
      } else {
        stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
  }
  return stack;
}

module.exports = { getPrefix, errorHeader, stackString, formatError };
