// Inline snapshots (toMatchInlineSnapshot, toThrowErrorMatchingInlineSnapshot) as Jest 29 keeps them without
// Prettier: the serialized value becomes the call's template literal argument in the test file itself, written on
// the first run (not under CI) or with -u. The call is found from the stack: the first frame in the test file
// (source-mapped to the user's own line), then the matcher's name at or after that line; only the test file named
// by the runner is ever edited, never lowered output or another module.
'use strict';

const fs = require('fs');
const frames = require('llrt:test/frames');

const escapeBacktickString = s => s.replace(/`|\\|\$\{/g, '\\$&');

// Jest's stripAddedIndentation: a snapshot written indented under its call compares at indent 0
function stripAddedIndentation(snapshot) {
  let match = /^([^\S\n]*)\S/m.exec(snapshot);
  if (!match || !match[1]) return snapshot;
  let indentation = match[1];
  let lines = snapshot.split('\n');
  if (lines.length <= 2 || lines[0].trim() !== '' || lines[lines.length - 1].trim() !== '') return snapshot;
  for (let i = 1; i < lines.length - 1; i++) {
    if (lines[i] === '') continue;
    if (lines[i].indexOf(indentation) !== 0) return snapshot;
    lines[i] = lines[i].slice(indentation.length);
  }
  lines[lines.length - 1] = '';
  return lines.join('\n');
}

// the line of the matcher's call in `testPath`, from a stack taken inside the matcher
function callLine(testPath, stack) {
  let frame = frames.userFrames(stack).filter(f => f.file === testPath)[0];
  return frame ? frame.line : null;
}

// ---- a small scanner over the source: strings, templates, comments and brackets, enough to find arguments ----

function skipSpace(src, i) {
  for (;;) {
    while (i < src.length && /\s/.test(src.charAt(i))) i++;
    if (src.startsWith('//', i)) i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if (src.startsWith('/*', i)) i = src.indexOf('*/', i) < 0 ? src.length : src.indexOf('*/', i) + 2;
    else return i;
  }
}

// the index after the string or template literal starting at i
function skipQuoted(src, i) {
  let quote = src.charAt(i);
  for (i++; i < src.length; i++) {
    let c = src.charAt(i);
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (quote === '`' && c === '$' && src.charAt(i + 1) === '{') i = skipExpression(src, i + 2, '}');
  }
  throw new Error('unterminated string');
}

// the index of the `stop` character (or a top-level ',' when stop is ')') ending the expression from i
function skipExpression(src, i, stop) {
  let depth = 0;
  while (i < src.length) {
    i = skipSpace(src, i);
    let c = src.charAt(i);
    if (c === '"' || c === "'" || c === '`') {
      i = skipQuoted(src, i);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return c === stop ? i : fail('unbalanced brackets');
      depth--;
    } else if (c === ',' && depth === 0 && stop === ')') return i;
    i++;
  }
  return fail('unterminated call');
}

function fail(why) {
  throw new Error(why);
}

// {start, end, text}: the edit giving the n-th call of `name` on the first line at or after `line` that has one
// (a stack names the statement's line, the call may be further down) this snapshot
function locate(src, line, name, n, snapshot) {
  let from = 0;
  for (let l = 1; l < line; l++) {
    let nl = src.indexOf('\n', from);
    if (nl < 0) return null;
    from = nl + 1;
  }
  let first = src.indexOf('.' + name + '(', from);
  if (first < 0) return null;
  let lineEnd = src.indexOf('\n', first) < 0 ? src.length : src.indexOf('\n', first);
  let at = src.lastIndexOf('\n', first); // just before the line's start: the search below begins on it
  for (let k = 0; k <= n; k++) {
    at = src.indexOf('.' + name + '(', at + 1);
    // the same call reached again (a loop, an .each row): Jest refuses that too
    if (at < 0 || at > lineEnd) throw new Error('Multiple inline snapshots for the same call are not supported.');
  }
  let template = '`' + escapeBacktickString(snapshot) + '`';
  let i = skipSpace(src, at + name.length + 2);
  if (src.charAt(i) === ')') return { start: i, end: i, text: template };
  if ('`\'"'.indexOf(src.charAt(i)) >= 0) return { start: i, end: skipQuoted(src, i), text: template };
  // property matchers first: the snapshot is the second argument
  let end = skipExpression(src, i, ')');
  if (src.charAt(end) === ',') {
    let next = skipSpace(src, end + 1);
    if ('`\'"'.indexOf(src.charAt(next)) >= 0) return { start: next, end: skipQuoted(src, next), text: template };
    if (src.charAt(next) === ')') return { start: end + 1, end: end + 1, text: ' ' + template };
    return null;
  }
  return { start: end, end: end, text: ', ' + template };
}

// writes every pending snapshot ({line, name, snapshot}, in call order) into the test file; the calls it could
// not find are returned
function write(file, pending) {
  let src = fs.readFileSync(file, 'utf8');
  let seen = Object.create(null);
  let edits = [];
  let missed = [];
  pending.forEach(p => {
    let key = p.line + ':' + p.name;
    let n = seen[key] = (seen[key] === undefined ? 0 : seen[key] + 1);
    let edit = null;
    try {
      edit = locate(src, p.line, p.name, n, p.snapshot);
    } catch (e) {
      if (/^Multiple/.test(e.message)) throw e;
    }
    if (edit) edits.push(edit);
    else missed.push(p);
  });
  edits.sort((a, b) => b.start - a.start);
  let out = src;
  edits.forEach(e => { out = out.slice(0, e.start) + e.text + out.slice(e.end); });
  if (out !== src) fs.writeFileSync(file, out);
  return missed;
}

module.exports = { stripAddedIndentation, callLine, write };
