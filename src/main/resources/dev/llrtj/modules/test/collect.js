// Collection phase: describe/it/test/hooks build a tree of suites and tests while the test file's body
// runs. Modifiers: .only, .skip, .todo, .each (array rows or a tagged-template table), .failing.

function newSuite(name, parent, mode) {
  return { type: 'suite', name: name, parent: parent, mode: mode, children: [],
    hooks: { beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] } };
}

const tree = { root: newSuite('', null, undefined), current: null, running: false, defaultTimeout: 5000 };
tree.current = tree.root;

function nameOf(name) {
  if (typeof name === 'function') return name.name || 'anonymous';
  return String(name);
}

// Jest's messages for declaring tests, suites or hooks while a test runs
function guard(kind, name) {
  if (!tree.running) return;
  const within = '"' + (tree.currentTestName || '') + '"';
  if (kind === 'test') throw new Error('Tests cannot be nested. Test "' + nameOf(name) + '" cannot run because it is nested within ' + within + '.');
  if (kind === 'describe') {
    throw new Error('Cannot nest a describe inside a test. Describe block "' + nameOf(name) + '" cannot run because it is nested within ' + within + '.');
  }
  throw new Error('Hooks cannot be defined inside tests. Hook of type "' + kind + '" is nested within ' + within + '.');
}

function addSuite(name, fn, mode) {
  guard('describe', name);
  if (mode !== 'todo' && typeof fn !== 'function') throw new Error('Invalid second argument, ' + fn + '. It must be a callback function.');
  let suite = newSuite(nameOf(name), tree.current, mode);
  tree.current.children.push(suite);
  let previous = tree.current;
  tree.current = suite;
  try {
    let r = fn && fn();
    if (r && typeof r.then === 'function') throw new Error('Returning a Promise from "describe" is not supported. Tests must be defined synchronously.');
  } finally {
    tree.current = previous;
  }
}

function addTest(name, fn, timeout, mode, eachArgs, failing) {
  guard('test', name);
  if (mode === 'todo') {
    if (fn !== undefined) throw new Error('Todo must be called with only a description.');
  } else if (typeof fn !== 'function') {
    throw new Error('Missing second argument. It must be a callback function.');
  }
  tree.current.children.push({ type: 'test', name: nameOf(name), fn: fn, timeout: timeout, mode: mode,
    parent: tree.current, args: eachArgs || [], failing: !!failing, declared: mode === 'todo' ? undefined : new Error('declared here') });
}

function addHook(kind, fn, timeout) {
  guard(kind);
  if (typeof fn !== 'function') throw new Error('Invalid first argument. It must be a callback function.');
  tree.current.hooks[kind].push({ fn: fn, timeout: timeout, kind: kind });
}

// %o in titles is util.inspect's style in Jest ({ x: 1 }); the other placeholders use pretty-format
let inspect = null;
try {
  inspect = require('util').inspect;
} catch (e) {
  // no util: %o falls back to the Jest-style printer
}

// printf-style placeholders of Jest's .each titles
function interpolate(title, row, index) {
  let i = 0;
  let fmt = require('llrt:test/format');
  let out = String(title).replace(/%([sdifjopP#%])/g, (whole, kind) => {
    if (kind === '%') return '%';
    if (kind === '#') return String(index);
    if (i >= row.length) return whole;
    let v = row[i++];
    switch (kind) {
      case 's': return typeof v === 'string' ? v : fmt.format(v);
      case 'd': case 'i': return String(kind === 'i' ? Math.trunc(Number(v)) : Number(v));
      case 'f': return String(Number(v));
      case 'j': return JSON.stringify(v);
      case 'o': case 'O': return inspect ? inspect(v) : fmt.format(v);
      default: return fmt.format(v);
    }
  });
  return out;
}

// `$name` / `$a.b` placeholders for table rows given as objects
function interpolateObject(title, row, index) {
  let fmt = require('llrt:test/format');
  return String(title).replace(/\$#/g, String(index)).replace(/\$([\w$]+(?:\.[\w$]+)*)/g, (whole, path) => {
    let v = row;
    let parts = path.split('.');
    for (let k = 0; k < parts.length; k++) {
      if (v === null || v === undefined || !(parts[k] in Object(v))) return whole;
      v = v[parts[k]];
    }
    return typeof v === 'string' ? v : fmt.format(v);
  });
}

// test.each`a | b ${1} | ${2}` -> [{a: 1, b: 2}]
function templateRows(strings, values) {
  let headings = strings[0].split('|').map(s => s.trim()).filter(Boolean);
  if (headings.length === 0) throw new Error('Error: `.each` called with an empty Tagged Template Literal of table data.');
  if (values.length % headings.length !== 0) {
    throw new Error('Not enough arguments supplied for given headings:\n' + headings.join(' | ') + '\n\nReceived:\n' + values.length + ' values');
  }
  let rows = [];
  for (let r = 0; r < values.length / headings.length; r++) {
    let row = {};
    headings.forEach((h, c) => { row[h] = values[r * headings.length + c]; });
    rows.push(row);
  }
  return rows;
}

function eachOf(register) {
  return function (table) {
    let rows;
    let objectRows = false;
    if (Array.isArray(table) && Array.isArray(table.raw)) {
      rows = templateRows(table, Array.prototype.slice.call(arguments, 1));
      objectRows = true;
    } else if (Array.isArray(table)) {
      rows = table;
    } else {
      throw new Error('`.each` must be called with an Array or Tagged Template Literal.');
    }
    return function (title, fn, timeout) {
      rows.forEach((row, index) => {
        let args;
        let name;
        if (objectRows) {
          args = [row];
          name = interpolateObject(title, row, index);
        } else {
          args = Array.isArray(row) ? row : [row];
          name = row !== null && typeof row === 'object' && !Array.isArray(row) && String(title).indexOf('$') !== -1
            ? interpolateObject(title, row, index) : interpolate(title, args, index);
        }
        register(name, fn, timeout, args);
      });
    };
  };
}

function makeTest(mode, failing) {
  let t = (name, fn, timeout) => addTest(name, fn, timeout, mode, undefined, failing);
  // .each rows feed the test's parameters; keep the test's own arity for done-callback detection
  t.each = eachOf((name, fn, timeout, args) => addTest(name, fn, timeout, mode, args, failing));
  return t;
}

const test = makeTest(undefined);
test.only = makeTest('only');
test.skip = makeTest('skip');
test.todo = name => addTest(name, undefined, undefined, 'todo');
test.failing = makeTest(undefined, true);
test.only.failing = makeTest('only', true);
test.skip.failing = makeTest('skip', true);
// concurrent tests run one after another here: same results, simpler isolation
test.concurrent = makeTest(undefined);
test.concurrent.only = test.only;
test.concurrent.skip = test.skip;
test.skipIf = cond => (cond ? test.skip : test);
test.runIf = cond => (cond ? test : test.skip);

function makeDescribe(mode) {
  let dsc = (name, fn) => addSuite(name, fn, mode);
  dsc.each = eachOf((name, fn, timeout, args) => addSuite(name, () => fn.apply(null, args), mode));
  return dsc;
}

const describe = makeDescribe(undefined);
describe.only = makeDescribe('only');
describe.skip = makeDescribe('skip');
describe.todo = name => addSuite(name, undefined, 'todo');
describe.skipIf = cond => (cond ? describe.skip : describe);
describe.runIf = cond => (cond ? describe : describe.skip);

exports.tree = tree;
exports.test = test;
exports.it = test;
exports.describe = describe;
exports.beforeAll = (fn, timeout) => addHook('beforeAll', fn, timeout);
exports.afterAll = (fn, timeout) => addHook('afterAll', fn, timeout);
exports.beforeEach = (fn, timeout) => addHook('beforeEach', fn, timeout);
exports.afterEach = (fn, timeout) => addHook('afterEach', fn, timeout);
exports.interpolate = interpolate;
