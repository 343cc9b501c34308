// node:stream's errors as Node makes them: a code, a class and a stack. readable-stream's errors are
// `class NodeError extends Base` with Base an Error held in a variable; lowered for Rhino, such a class once made
// plain Errors without the class's prototype (no code). The expect lines between the known-answers markers are
// generated (`node src/test/js/fixtures/known-answers/make.cjs`, cases in stream-errors.cases.cjs).
const stream = require('node:stream');
const thrown = require('../fixtures/known-answers/thrown.cjs');
const kind = (f) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return [e.code, e.name, e instanceof Error, e instanceof TypeError, e instanceof RangeError, typeof e.stack];
  }
};

describe('stream errors thrown at once', () => {
  // <known-answers>
  it("errors thrown at once carry their code and class", () => {
    expect(kind(() => new stream.Writable({ write(c, e, cb) { cb(); } }).write(null))).toEqual(["ERR_STREAM_NULL_VALUES", "TypeError", true, true, false, "string"]);
    expect(kind(() => stream.Readable.from(5))).toEqual(["ERR_INVALID_ARG_TYPE", "TypeError", true, true, false, "string"]);
    expect(kind(() => new stream.Readable({ highWaterMark: -1 }))).toEqual(["ERR_INVALID_ARG_VALUE", "TypeError", true, true, false, "string"]);
    expect(kind(() => stream.finished(5, () => {}))).toEqual(["ERR_INVALID_ARG_TYPE", "TypeError", true, true, false, "string"]);
    expect(thrown(() => new stream.Writable({ write(c, e, cb) { cb(); } }).write(null))).toEqual({"threw":"TypeError","code":"ERR_STREAM_NULL_VALUES","message":"May not write null values to stream"});
    expect(thrown(() => stream.Readable.from(5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"iterable\" argument must be an instance of Iterable. Received type number (5)"});
  });
  // </known-answers>
});

describe('stream errors reported later', () => {
  // Node 20 reports the same codes (node prints them for the same scenario).
  it('a write after end fails with ERR_STREAM_WRITE_AFTER_END', async () => {
    const w = new stream.Writable({ write(chunk, encoding, cb) { cb(); } });
    w.on('error', () => {});
    w.end();
    const err = await new Promise((resolve) => w.write('x', resolve));
    expect(err.code).toBe('ERR_STREAM_WRITE_AFTER_END');
    expect(err.message).toBe('write after end');
    expect(err instanceof Error).toBe(true);
  });

  it('a pipeline whose source is destroyed fails with ERR_STREAM_PREMATURE_CLOSE', async () => {
    const source = new stream.Readable({ read() {} });
    source.destroy();
    const err = await new Promise((resolve) => stream.pipeline(source, new stream.PassThrough(), resolve));
    expect(err.code).toBe('ERR_STREAM_PREMATURE_CLOSE');
    expect(err.message).toBe('Premature close');
    // Node's internal errors put the code in their stack's first line (and String(err)), and so do readable-stream's here
    expect(err.stack.split('\n')[0]).toBe('Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close');
    expect(String(err)).toBe('Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close');
  });
});
