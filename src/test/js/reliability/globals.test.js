// The global scope holds what Node's does (fixtures/node-globals.json, written by Node with
// fixtures/make-node-globals.cjs), not Rhino's own names (issue 12, item 9): Continuation, JavaException,
// InternalError, Script, With, Call, Iterator, StopIteration, __GeneratorFunction, isXMLName and uneval were there.
const node = require('./fixtures/node-globals.json').names;

// the runtime's own, on purpose: Rhino builds prepareStackTrace's CallSites by looking this name up; `self` is the
// web alias some libraries take the global from; `require` is a lazy global for code run with -e and ES modules;
// `Temporal` as LLRT ships it (Node 20 has none); `navigator` and `Navigator` as Node 21+ has them
const RUNTIME_EXTRAS = ['CallSite', 'Navigator', 'Temporal', 'navigator', 'require', 'self'];
// what `llrt test` adds for test files, as Jest does
const TEST_API = ['afterAll', 'afterEach', 'beforeAll', 'beforeEach', 'describe', 'expect', 'fdescribe', 'fit', 'it',
  'jest', 'suite', 'test', 'vi', 'xdescribe', 'xit', 'xtest'];

describe('global names', () => {
  it('are Node\'s, plus the runtime\'s few on purpose', () => {
    let extra = Object.getOwnPropertyNames(globalThis).filter((name) => node.indexOf(name) < 0 && TEST_API.indexOf(name) < 0).sort();
    expect(extra).toEqual(RUNTIME_EXTRAS);
  });
  it('include none of Rhino\'s own', () => {
    for (let name of ['Continuation', 'JavaException', 'InternalError', 'Script', 'With', 'Call', 'Iterator',
      'StopIteration', '__GeneratorFunction', 'isXMLName', 'uneval', 'Packages', 'java', 'javax', 'getClass',
      'JavaAdapter', 'JavaImporter', 'importClass', 'importPackage']) {
      expect([name, typeof globalThis[name]]).toEqual([name, 'undefined']);
    }
  });
  it('leave what Rhino needs behind those names working', () => {
    let GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
    expect(Array.from(new GeneratorFunction('yield 1; yield 2')())).toEqual([1, 2]);
    let seen = [];
    for (let x of new Set(['a', 'b'])) seen.push(x);
    expect(seen).toEqual(['a', 'b']);
    let e = null;
    try {
      (function f() { f(); })();
    } catch (err) {
      e = err;
    }
    expect(e instanceof RangeError).toBe(true);
  });
});
