// Snapshots as Jest 29 keeps them: `__snapshots__/<test file>.snap` beside the test file, one
// exports[`<full test name>[: hint] <n>`] = `<pretty-format of the value>`; entry per call, keys in natural order.
// A missing snapshot is written (not under CI, as Jest's --ci default there); a different one fails unless -u.
'use strict';

const fs = require('fs');
const fmt = require('llrt:test/format');
const d = require('llrt:test/diff');
const inline = require('llrt:test/inline-snapshot');

const HEADER = '// Jest Snapshot v1, https://goo.gl/fbAQLP';
let state = null;

const printBacktickString = s => '`' + s.replace(/`|\\|\$\{/g, '\\$&') + '`';

function snapPath(testPath) {
  let slash = testPath.lastIndexOf('/');
  return testPath.slice(0, slash) + '/__snapshots__/' + testPath.slice(slash + 1) + '.snap';
}

function read(file) {
  let data = Object.create(null);
  if (!fs.existsSync(file)) return data;
  // the file is the JS Jest writes: assignments to exports[...]
  new Function('exports', fs.readFileSync(file, 'utf8'))(data);
  return data;
}

// options: { testPath, updateSnapshots, ci }
function setup(options) {
  state = null;
  if (!options || !options.testPath) return;
  let file = snapPath(String(options.testPath));
  state = { file, data: read(file), update: !!options.updateSnapshots, ci: !!options.ci, counters: Object.create(null),
    checked: Object.create(null), dirty: false, added: 0, updated: 0, testPath: String(options.testPath), inline: [] };
}

function serialize(value) {
  let text = fmt.format(value, { multiline: true, escapeString: false });
  return text.indexOf('\n') !== -1 ? '\n' + text + '\n' : text;
}

// {pass, message} for expect(received).toMatchSnapshot(hint) in the test named `testName` (Jest's full name)
function match(received, testName, hint) {
  if (state === null) throw new Error('toMatchSnapshot() is only available while llrt test runs a test file');
  let name = hint ? testName + ': ' + hint : testName;
  let n = (state.counters[name] = (state.counters[name] || 0) + 1);
  let key = name + ' ' + n;
  state.checked[key] = true;
  let actual = serialize(received);
  let expected = state.data[key];
  if (expected === undefined || (state.update && expected !== actual)) {
    if (expected === undefined && state.ci && !state.update) {
      return { pass: false, message: NOT_WRITTEN + actual };
    }
    if (expected === undefined) state.added++;
    else state.updated++;
    state.data[key] = actual;
    state.dirty = true;
    return { pass: true };
  }
  if (expected === actual) return { pass: true };
  return { pass: false, message: 'Snapshot name: `' + key + '`\n\n' + (d.diff(expected.trim(), actual.trim()) ||
    'Expected: ' + expected + '\nReceived: ' + actual) };
}

const NOT_WRITTEN = 'New snapshot was not written. The update flag must be explicitly passed to write a new snapshot.' +
  '\n\nThis is likely because this test is run in a continuous integration (CI) environment in which snapshots are ' +
  'not written by default.\n\nReceived: ';

// {pass, message} for expect(received).toMatchInlineSnapshot(snapshot) (`name` the matcher, `snapshot` undefined
// when the call has none yet); `stack` is taken in the matcher, to find the call in the test file
function matchInline(received, testName, snapshot, name, stack) {
  if (state === null) throw new Error(name + '() is only available while llrt test runs a test file');
  let n = (state.counters[testName] = (state.counters[testName] || 0) + 1); // shared with toMatchSnapshot, as in Jest
  let key = testName + ' ' + n;
  let actual = serialize(received);
  let expected = snapshot === undefined ? undefined : inline.stripAddedIndentation(String(snapshot));
  if (expected === actual) return { pass: true };
  if (expected !== undefined && !state.update) {
    return { pass: false, message: 'Snapshot name: `' + key + '`\n\n' + (d.diff(expected.trim(), actual.trim()) ||
      'Expected: ' + expected + '\nReceived: ' + actual) };
  }
  if (expected === undefined && state.ci && !state.update) return { pass: false, message: NOT_WRITTEN + actual };
  let line = inline.callLine(state.testPath, stack);
  if (line === null) {
    return { pass: false, message: name + '() could not write the snapshot: the call is not in the test file ' +
      state.testPath + ' (a helper module or a bundle); use toMatchSnapshot() there' };
  }
  state.inline.push({ line, name, snapshot: actual });
  return { pass: true };
}

// Jest's key order (the natural-compare package): character codes, except that runs of digits compare as numbers
function naturalCompare(a, b) {
  let i = 0;
  let j = 0;
  const digit = c => c >= 48 && c <= 57;
  while (i < a.length && j < b.length) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(j);
    if (digit(ca) && digit(cb)) {
      let si = i;
      let sj = j;
      while (i < a.length && digit(a.charCodeAt(i))) i++;
      while (j < b.length && digit(b.charCodeAt(j))) j++;
      let diff = Number(a.slice(si, i)) - Number(b.slice(sj, j));
      if (diff !== 0) return diff;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  return (a.length - i) - (b.length - j);
}

// Writes the file when something was added or updated; with -u also drops the snapshots no test checked.
function save() {
  if (state === null) return;
  let missed = state.inline.length ? inline.write(state.testPath, state.inline) : [];
  if (missed.length) {
    throw new Error(missed[0].name + '() could not find its call at or after line ' + missed[0].line + ' of ' +
      state.testPath + ' to write the snapshot into');
  }
  let keys = Object.keys(state.data);
  if (state.update) {
    let obsolete = keys.filter(k => !state.checked[k]);
    if (obsolete.length) state.dirty = true;
    obsolete.forEach(k => delete state.data[k]);
    keys = Object.keys(state.data);
  }
  if (!state.dirty) return;
  let dir = state.file.slice(0, state.file.lastIndexOf('/'));
  if (keys.length === 0) {
    if (fs.existsSync(state.file)) fs.unlinkSync(state.file);
    return;
  }
  fs.mkdirSync(dir, { recursive: true });
  let body = keys.sort(naturalCompare).map(k => 'exports[' + printBacktickString(k) + '] = ' +
    printBacktickString(state.data[k].replace(/\r\n|\r/g, '\n')) + ';').join('\n\n');
  fs.writeFileSync(state.file, HEADER + '\n\n' + body + '\n');
}

module.exports = { setup, match, matchInline, save, serialize };
