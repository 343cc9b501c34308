// Tests for the node:util built-in. Written in the Rhino-safe subset so they also run unlowered.
const util = require('node:util');

describe('util.format', () => {
  it('substitutes %s %d %i %f %j and %%', () => {
    expect(util.format('%s %d %i %f %j %%', 'a', 42.5, 42.9, '3.5', { a: 1 })).toBe('a 42.5 42 3.5 {"a":1} %');
  });
  it('appends extra arguments with inspect, strings raw', () => {
    expect(util.format('x', 1, { a: 1 }, 'str')).toBe('x 1 { a: 1 } str');
    expect(util.format(1, 2, 'three')).toBe('1 2 three');
  });
  it('leaves unmatched and unknown placeholders alone', () => {
    expect(util.format('no args %s')).toBe('no args %s');
    expect(util.format('%x %s', 1)).toBe('%x 1');
    expect(util.format('100%')).toBe('100%');
  });
  it('handles %o, %O and %c', () => {
    expect(util.format('%O', { a: [1, { b: 2 }] })).toBe('{ a: [ 1, { b: 2 } ] }');
    expect(util.format('%o', [1])).toBe('[ 1, [length]: 1 ]');
    expect(util.format('%c styled', 'color: red')).toBe(' styled');
  });
  it('prints -0, bigint and symbols like Node', () => {
    expect(util.format('%s', -0)).toBe('-0');
    expect(util.format('%d', 5n)).toBe('5n');
    expect(util.format('%s', 5n)).toBe('5n');
    expect(util.format('%d', Symbol('q'))).toBe('NaN');
  });
  it('uses a user toString for %s but inspects plain objects at depth 0', () => {
    expect(util.format('%s', { toString() { return 'custom'; } })).toBe('custom');
    expect(util.format('%s', { a: { b: { c: 1 } } })).toBe('{ a: [Object] }');
  });
  it('reports circular structures for %j', () => {
    const a = {};
    a.self = a;
    expect(util.format('%j', a)).toBe('[Circular]');
  });
});

describe('util.inspect', () => {
  it('formats primitives', () => {
    expect(util.inspect('str')).toBe("'str'");
    expect(util.inspect("it's")).toBe('"it\'s"');
    expect(util.inspect('a\nb')).toBe("'a\\nb'");
    expect(util.inspect(-0)).toBe('-0');
    expect(util.inspect(10n)).toBe('10n');
    expect(util.inspect(undefined)).toBe('undefined');
    expect(util.inspect(null)).toBe('null');
    expect(util.inspect(Symbol('s'))).toBe('Symbol(s)');
  });
  it('formats nested objects with depth 2 by default', () => {
    expect(util.inspect({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } }))
      .toBe("{ a: 1, b: 'two', c: [ 1, 2, 3 ], d: { e: { f: [Object] } } }");
    expect(util.inspect({ a: { b: {} } }, { depth: 0 })).toBe('{ a: [Object] }');
    expect(util.inspect([[[[1]]]])).toBe('[ [ [ [Array] ] ] ]');
  });
  it('breaks long objects over lines at 80 columns', () => {
    const o = { aaaaaaaaaaaa: 1, bbbbbbbbbbbbb: 2, ccccccccccccc: 3, ddddddddddddd: 4, eeeeeeeeeeeee: 5, ffffffff: 6 };
    expect(util.inspect(o)).toBe('{\n  aaaaaaaaaaaa: 1,\n  bbbbbbbbbbbbb: 2,\n  ccccccccccccc: 3,\n  ddddddddddddd: 4,\n' +
      '  eeeeeeeeeeeee: 5,\n  ffffffff: 6\n}');
  });
  it('groups long numeric arrays into aligned columns', () => {
    const arr = [];
    for (let i = 0; i < 30; i++) arr.push(i * 37);
    expect(util.inspect(arr)).toBe('[\n' +
      '    0,  37,  74, 111,  148,  185,\n' +
      '  222, 259, 296, 333,  370,  407,\n' +
      '  444, 481, 518, 555,  592,  629,\n' +
      '  666, 703, 740, 777,  814,  851,\n' +
      '  888, 925, 962, 999, 1036, 1073\n' +
      ']');
    expect(util.inspect([1, 2, 3, 4, 5, 6, 7])).toBe('[\n  1, 2, 3, 4,\n  5, 6, 7\n]');
  });
  it('truncates arrays over 100 items', () => {
    const arr = [];
    for (let i = 0; i < 102; i++) arr.push(0);
    expect(util.inspect(arr)).toMatch(/\.\.\. 2 more items\n\]$/);
  });
  it('formats Map, Set, typed arrays and ArrayBuffer', () => {
    expect(util.inspect(new Map([['a', 1], ['b', { c: 2 }]]))).toBe("Map(2) { 'a' => 1, 'b' => { c: 2 } }");
    expect(util.inspect(new Set([1, 'two']))).toBe("Set(2) { 1, 'two' }");
    expect(util.inspect(new Map())).toBe('Map(0) {}');
    expect(util.inspect(new Uint8Array([1, 2, 3]))).toBe('Uint8Array(3) [ 1, 2, 3 ]');
    expect(util.inspect(new ArrayBuffer(2))).toBe('ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }');
  });
  it('formats dates, regexps, functions and boxed primitives', () => {
    expect(util.inspect(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(util.inspect(new Date(NaN))).toBe('Invalid Date');
    expect(util.inspect(/ab+c/gi)).toBe('/ab+c/gi');
    expect(util.inspect(function named() {})).toBe('[Function: named]');
    expect(util.inspect([() => 1][0])).toBe('[Function (anonymous)]');
    expect(util.inspect(function* gen() {})).toBe('[GeneratorFunction: gen]');
    const f = function f() {};
    f.x = 1;
    expect(util.inspect(f)).toBe('[Function: f] { x: 1 }');
    expect(util.inspect(new Number(3))).toBe('[Number: 3]');
    expect(util.inspect(new String('ab'))).toBe("[String: 'ab']");
  });
  it('shows constructor names, null prototypes, getters and symbol keys', () => {
    function Foo() { this.a = 1; }
    expect(util.inspect(new Foo())).toBe('Foo { a: 1 }');
    const np = Object.create(null);
    np.x = 1;
    expect(util.inspect(np)).toBe('[Object: null prototype] { x: 1 }');
    expect(util.inspect(Object.create(null))).toBe('[Object: null prototype] {}');
    expect(util.inspect({ get a() { return 1; }, set a(v) {}, get b() { return 2; }, set c(v) {} }))
      .toBe('{ a: [Getter/Setter], b: [Getter], c: [Setter] }');
    expect(util.inspect({ [Symbol('k')]: 1, regular: 2 })).toBe('{ regular: 2, [Symbol(k)]: 1 }');
    expect(util.inspect({ 'key with space': 1, valid_id: 2 })).toBe("{ 'key with space': 1, valid_id: 2 }");
  });
  it('marks circular references', () => {
    const c = { name: 'c' };
    c.self = c;
    c.arr = [c, { inner: c }];
    expect(util.inspect(c)).toBe("<ref *1> {\n  name: 'c',\n  self: [Circular *1],\n  arr: [ [Circular *1], { inner: [Circular *1] } ]\n}");
  });
  it('shows sparse arrays and extra array keys', () => {
    const s = [1, , 3];
    expect(util.inspect(s)).toBe('[ 1, <1 empty item>, 3 ]');
    const a = [1, 2];
    a.foo = 'bar';
    expect(util.inspect(a)).toBe("[ 1, 2, foo: 'bar' ]");
  });
  it('prints errors as their stack with a Name: message header', () => {
    const err = new TypeError('bad thing');
    const out = util.inspect(err);
    expect(out.split('\n')[0]).toBe('TypeError: bad thing');
    expect(out).toMatch(/\n {4}at /);
    err.code = 'E_BAD';
    expect(util.inspect(err)).toMatch(/^TypeError: bad thing\n[\s\S]* \{\n {2}code: 'E_BAD'\n\}$/);
  });
  it('prints the error cause', () => {
    const err = new Error('outer', { cause: new Error('inner') });
    expect(util.inspect(err)).toMatch(/\[cause\]: Error: inner/);
  });
  it('calls inspect.custom with depth, options and inspect', () => {
    const obj = {};
    obj[util.inspect.custom] = function (depth, options, inspect) {
      return 'CUSTOM(' + depth + ',' + typeof options.stylize + ',' + (inspect === util.inspect) + ')';
    };
    expect(util.inspect({ x: obj })).toBe('{ x: CUSTOM(1,function,true) }');
    expect(util.inspect.custom).toBe(Symbol.for('nodejs.util.inspect.custom'));
  });
  it('honours compact, breakLength and depth options', () => {
    expect(util.inspect({ a: [1, 2] }, { compact: false })).toBe('{\n  a: [\n    1,\n    2\n  ]\n}');
    expect(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: Infinity })).toBe('{\n  a: { b: { c: { d: 1 } } }\n}');
    expect(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity })).toBe('{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}');
    expect(util.inspect({ a: 1, b: 2 }, { breakLength: 3 })).toBe('{\n  a: 1,\n  b: 2\n}');
    expect(util.inspect('x'.repeat(20), { maxStringLength: 4 })).toBe("'xxxx'... 16 more characters");
  });
  it('splits long multi-line strings inside containers', () => {
    expect(util.inspect({ long: 'line1\n' + 'y'.repeat(80) })).toBe("{\n  long: 'line1\\n' +\n    '" + 'y'.repeat(80) + "'\n}");
  });
  it('prints Promise without introspection', () => {
    expect(util.inspect(Promise.resolve(1))).toMatch(/^Promise \{ .+ \}$/);
  });
  it('exposes defaultOptions', () => {
    expect(util.inspect.defaultOptions.depth).toBe(2);
    expect(util.inspect.defaultOptions.breakLength).toBe(80);
  });
});

describe('util helpers', () => {
  it('inherits sets up the prototype chain and super_', () => {
    function A() {}
    A.prototype.hello = function () { return 'hi'; };
    function B() { A.call(this); }
    util.inherits(B, A);
    expect(new B().hello()).toBe('hi');
    expect(B.super_).toBe(A);
    expect(() => util.inherits(B, null)).toThrow(TypeError);
  });
  it('promisify resolves and rejects', () => {
    const ok = util.promisify((a, b, cb) => cb(null, a + b));
    const bad = util.promisify((cb) => cb(new Error('nope')));
    return ok(2, 3).then((v) => {
      expect(v).toBe(5);
      return bad().then(() => { throw new Error('should reject'); }, (e) => expect(e.message).toBe('nope'));
    });
  });
  it('promisify honours util.promisify.custom', () => {
    const fn = function () {};
    const custom = () => Promise.resolve('custom');
    fn[util.promisify.custom] = custom;
    expect(util.promisify(fn)).toBe(custom);
    expect(util.promisify.custom).toBe(Symbol.for('nodejs.util.promisify.custom'));
  });
  it('callbackify calls back with the result or the rejection', (done) => {
    const cbOk = util.callbackify(() => Promise.resolve(7));
    const cbErr = util.callbackify(() => Promise.reject(null));
    cbOk((err, v) => {
      if (err || v !== 7) return done(new Error('bad ok result'));
      cbErr((err2) => {
        if (!err2 || err2.code !== 'ERR_FALSY_VALUE_REJECTION' || err2.reason !== null) return done(new Error('bad falsy rejection'));
        done();
      });
    });
  });
  it('deprecate warns only once', () => {
    let warnings = 0;
    const savedProcess = globalThis.process;
    const fakeProcess = Object.create(savedProcess || null);
    fakeProcess.emitWarning = () => { warnings++; };
    globalThis.process = fakeProcess;
    try {
      const f = util.deprecate((x) => x * 2, 'f is old', 'DEP_TEST_ONCE');
      expect(f(2)).toBe(4);
      expect(f(3)).toBe(6);
    } finally {
      globalThis.process = savedProcess;
    }
    expect(warnings).toBe(1);
  });
  it('isDeepStrictEqual compares structures', () => {
    expect(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(util.isDeepStrictEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(util.isDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]]))).toBe(true);
    expect(util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 3]))).toBe(false);
    expect(util.isDeepStrictEqual(NaN, NaN)).toBe(true);
    expect(util.isDeepStrictEqual([1, 2], { 0: 1, 1: 2, length: 2 })).toBe(false);
    expect(util.isDeepStrictEqual(new Date(5), new Date(5))).toBe(true);
  });
  it('types checks', () => {
    const t = util.types;
    expect(t.isDate(new Date())).toBe(true);
    expect(t.isDate({})).toBe(false);
    expect(t.isRegExp(/x/)).toBe(true);
    expect(t.isPromise(Promise.resolve())).toBe(true);
    expect(t.isPromise({ then() {} })).toBe(false);
    expect(t.isMap(new Map())).toBe(true);
    expect(t.isSet(new Set())).toBe(true);
    expect(t.isSet(new Map())).toBe(false);
    expect(t.isTypedArray(new Uint8Array(1))).toBe(true);
    expect(t.isTypedArray(new DataView(new ArrayBuffer(1)))).toBe(false);
    expect(t.isUint8Array(new Uint8Array(1))).toBe(true);
    expect(t.isUint8Array(new Int8Array(1))).toBe(false);
    expect(t.isNativeError(new RangeError('x'))).toBe(true);
    expect(t.isGeneratorFunction(function* () {})).toBe(true);
    expect(t.isGeneratorFunction(function () {})).toBe(false);
    expect(t.isAsyncFunction(function () {})).toBe(false);
  });
});
