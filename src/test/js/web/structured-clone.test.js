// structuredClone; expectations checked against Node 20 (same file under a Jest shim).
describe('structuredClone', () => {
  it('copies primitives as they are, BigInt included', () => {
    expect(structuredClone(1)).toBe(1);
    expect(structuredClone('s')).toBe('s');
    expect(structuredClone(null)).toBe(null);
    expect(structuredClone(undefined)).toBe(undefined);
    expect(structuredClone(true)).toBe(true);
    expect(structuredClone(10n)).toBe(10n);
    expect(Object.is(structuredClone(-0), -0)).toBe(true);
    expect(Number.isNaN(structuredClone(NaN))).toBe(true);
  });
  it('deep-copies plain objects and arrays', () => {
    const src = { a: 1, nested: { list: [1, { b: 2 }], s: 'x' } };
    const copy = structuredClone(src);
    expect(copy).toEqual(src);
    expect(copy).not.toBe(src);
    expect(copy.nested).not.toBe(src.nested);
    expect(copy.nested.list[1]).not.toBe(src.nested.list[1]);
  });
  it('keeps array holes, length and extra properties', () => {
    const a = [1, , 3];
    a.extra = 'e';
    const c = structuredClone(a);
    expect(c.length).toBe(3);
    expect(1 in c).toBe(false);
    expect(c.extra).toBe('e');
    expect(Array.isArray(c)).toBe(true);
  });
  it('keeps shared references and cycles', () => {
    const shared = { v: 1 };
    const src = { x: shared, y: shared };
    src.self = src;
    const c = structuredClone(src);
    expect(c.x).toBe(c.y);
    expect(c.x).not.toBe(shared);
    expect(c.self).toBe(c);
  });
  it('clones Date, RegExp (lastIndex reset), wrappers', () => {
    const d = structuredClone(new Date(86400000));
    expect(d instanceof Date).toBe(true);
    expect(d.toISOString()).toBe('1970-01-02T00:00:00.000Z');
    const re = /a+b/gi;
    re.lastIndex = 3;
    const r = structuredClone(re);
    expect(r instanceof RegExp).toBe(true);
    expect(r.source).toBe('a+b');
    expect(r.flags).toBe('gi');
    expect(r.lastIndex).toBe(0);
    expect(typeof structuredClone(new Number(3))).toBe('object');
    expect(structuredClone(new Number(3)).valueOf()).toBe(3);
    expect(structuredClone(new String('s')).valueOf()).toBe('s');
    expect(structuredClone(new Boolean(false)).valueOf()).toBe(false);
    expect(structuredClone(Object(7n)).valueOf()).toBe(7n);
  });
  it('clones Map and Set deeply', () => {
    const key = { k: 1 };
    const m = new Map([[key, { v: 1 }], ['s', key]]);
    const c = structuredClone(m);
    expect(c instanceof Map).toBe(true);
    const keys = Array.from(c.keys());
    expect(keys[0]).toEqual({ k: 1 });
    expect(keys[0]).not.toBe(key);
    expect(c.get('s')).toBe(keys[0]);
    const s = structuredClone(new Set([1, 'a', key]));
    expect(s instanceof Set).toBe(true);
    expect(s.size).toBe(3);
    expect(s.has(1)).toBe(true);
  });
  it('clones ArrayBuffer, typed arrays and DataView sharing one copied buffer', () => {
    const buf = new ArrayBuffer(8);
    const u = new Uint8Array(buf, 2, 4);
    u[0] = 7;
    const dv = new DataView(buf);
    const c = structuredClone({ u, dv, buf });
    expect(c.u instanceof Uint8Array).toBe(true);
    expect(c.u.byteOffset).toBe(2);
    expect(c.u.length).toBe(4);
    expect(c.u[0]).toBe(7);
    expect(c.u.buffer).toBe(c.dv.buffer);
    expect(c.buf).toBe(c.u.buffer);
    expect(c.buf).not.toBe(buf);
    u[0] = 9;
    expect(c.u[0]).toBe(7);
    expect(Array.from(structuredClone(new Float64Array([1.5, -2])))).toEqual([1.5, -2]);
  });
  it('clones errors by standard type with message, stack and cause', () => {
    const e = new RangeError('r', { cause: 1 });
    e.extra = 5;
    const c = structuredClone(e);
    expect(c instanceof RangeError).toBe(true);
    expect(c.message).toBe('r');
    expect(c.cause).toBe(1);
    expect(c.extra).toBe(undefined);
    expect(c.stack).toBe(e.stack);
    expect(Object.keys(c)).toEqual([]);
    const t = new TypeError('t');
    t.name = 'Custom';
    expect(structuredClone(t).constructor).toBe(Error);
  });
  it('class instances become plain objects of their own enumerable data', () => {
    function K() { this.a = 1; }
    K.prototype.method = function () {};
    const c = structuredClone(new K());
    expect(c).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    const withGetter = { get x() { return 7; } };
    expect(structuredClone(withGetter)).toEqual({ x: 7 });
    const hidden = {};
    Object.defineProperty(hidden, 'h', { value: 1, enumerable: false });
    hidden[Symbol('s')] = 1;
    expect(Object.getOwnPropertyNames(structuredClone(hidden))).toEqual([]);
  });
  it('throws DataCloneError for functions, symbols, promises and weak collections', () => {
    const fails = [() => {}, Symbol('s'), Promise.resolve(), new WeakMap(), { f() {} }];
    fails.forEach((value) => {
      let err;
      try { structuredClone(value); } catch (e) { err = e; }
      expect(err instanceof DOMException).toBe(true);
      expect(err.name).toBe('DataCloneError');
      expect(err.code).toBe(25);
      expect(err.message).toMatch(/could not be cloned\.$/);
    });
    let symErr;
    try { structuredClone(Symbol('s')); } catch (e) { symErr = e; }
    expect(symErr.message).toBe('Symbol(s) could not be cloned.');
    let promiseErr;
    try { structuredClone(Promise.resolve()); } catch (e) { promiseErr = e; }
    expect(promiseErr.message).toBe('#<Promise> could not be cloned.');
  });
  // Node transfers (detaches) the listed ArrayBuffers; Rhino cannot detach one, so this runtime refuses instead
  // of handing back a copy while the source stays usable. An empty list is fine.
  it('transfer throws NotSupportedError (differs from Node)', () => {
    const buf = new ArrayBuffer(4);
    let err;
    try { structuredClone(buf, { transfer: [buf] }); } catch (e) { err = e; }
    expect(err instanceof DOMException).toBe(true);
    expect(err.name).toBe('NotSupportedError');
    expect(structuredClone(buf, { transfer: [] }).byteLength).toBe(4);
  });
  it('needs a value argument', () => {
    expect(() => structuredClone()).toThrow(TypeError);
  });
  it('clones Blobs', async () => {
    const b = structuredClone(new Blob(['x'], { type: 'text/plain' }));
    expect(b instanceof Blob).toBe(true);
    expect(b.type).toBe('text/plain');
    expect(await b.text()).toBe('x');
  });
});
