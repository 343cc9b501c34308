// node:stream and node:stream/promises (readable-stream, Node's own implementation). Expected values from Node 20.
const stream = require('node:stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = stream;
const streamPromises = require('node:stream/promises');

function collect(readable) {
  return new Promise((resolve, reject) => {
    const out = [];
    readable.on('data', chunk => out.push(chunk));
    readable.on('end', () => resolve(out));
    readable.on('error', reject);
  });
}

const upper = () => new Transform({
  transform(chunk, encoding, callback) {
    callback(null, String(chunk).toUpperCase());
  },
});

describe('stream module shape', () => {
  it('exports Node\'s classes and helpers', () => {
    expect(typeof stream).toBe('function');
    expect(stream.Stream).toBe(stream);
    ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal', 'compose']
      .forEach(name => expect(typeof stream[name]).toBe('function'));
    expect(stream.promises).toBe(streamPromises);
    expect(typeof streamPromises.pipeline).toBe('function');
    expect(typeof streamPromises.finished).toBe('function');
  });
  it('keeps Node\'s class relations', () => {
    const p = new PassThrough();
    expect(p instanceof Transform).toBe(true);
    expect(p instanceof Duplex).toBe(true);
    expect(p instanceof Readable).toBe(true);
    // Node answers `p instanceof Writable` through Writable[Symbol.hasInstance]; Rhino's instanceof ignores that
    // symbol, so only the method itself is checked here
    expect(Writable[Symbol.hasInstance](p)).toBe(true);
    expect(p instanceof stream).toBe(true);
    expect(new Readable() instanceof Writable).toBe(false);
  });
});

describe('Readable', () => {
  it('Readable.from an array, in object mode', async () => {
    const r = Readable.from(['a', 'b', 'c']);
    expect(r.readableObjectMode).toBe(true);
    expect(await collect(r)).toEqual(['a', 'b', 'c']);
  });
  it('Readable.from an async generator', async () => {
    async function* gen() {
      yield 1;
      yield 2;
    }
    expect(await Readable.from(gen()).toArray()).toEqual([1, 2]);
  });
  it('is async iterable', async () => {
    const seen = [];
    for await (const chunk of Readable.from(['x', 'y'])) seen.push(chunk);
    expect(seen).toEqual(['x', 'y']);
  });
  it('implements read() with push and encodings', async () => {
    let n = 0;
    const r = new Readable({
      read() {
        n++;
        this.push(n <= 3 ? 'chunk' + n : null);
      },
    });
    r.setEncoding('utf8');
    expect((await collect(r)).join('|')).toBe('chunk1|chunk2|chunk3');
  });
  it('has the operators', async () => {
    const doubled = await Readable.from([1, 2, 3, 4]).filter(x => x % 2 === 0).map(x => x * 2).toArray();
    expect(doubled).toEqual([4, 8]);
  });
  it('emits errors from destroy', done => {
    const r = new Readable({ read() {} });
    r.on('error', err => {
      expect(err.message).toBe('boom');
      expect(r.destroyed).toBe(true);
      done();
    });
    r.destroy(new Error('boom'));
  });
});

describe('Writable', () => {
  it('applies backpressure and drains', done => {
    const written = [];
    const w = new Writable({
      highWaterMark: 3,
      write(chunk, encoding, callback) {
        written.push(chunk.toString());
        setTimeout(callback, 1);
      },
    });
    expect(w.write('ab')).toBe(true);
    expect(w.write('cd')).toBe(false);
    w.once('drain', () => {
      w.end('ef');
    });
    w.on('finish', () => {
      expect(written).toEqual(['ab', 'cd', 'ef']);
      done();
    });
  });
  it('decodes strings to Buffers by default', done => {
    const w = new Writable({
      write(chunk, encoding, callback) {
        expect(encoding).toBe('buffer');
        expect(chunk instanceof Uint8Array).toBe(true);
        expect(chunk.toString()).toBe('hé');
        callback();
        done();
      },
    });
    w.write('hé');
  });
});

describe('pipeline and finished', () => {
  it('pipes through a Transform', done => {
    const out = [];
    pipeline(Readable.from(['a', 'b']), upper(), new Writable({
      write(chunk, encoding, callback) {
        out.push(chunk.toString());
        callback();
      },
    }), err => {
      expect(err).toBe(undefined);
      expect(out).toEqual(['A', 'B']);
      done();
    });
  });
  it('reports the first error and destroys the others', done => {
    const failing = new Transform({
      transform(chunk, encoding, callback) {
        callback(new Error('bad chunk'));
      },
    });
    const sink = new PassThrough();
    pipeline(Readable.from(['a']), failing, sink, err => {
      expect(err.message).toBe('bad chunk');
      expect(sink.destroyed).toBe(true);
      done();
    });
  });
  it('stream/promises pipeline with an async generator stage', async () => {
    const out = [];
    await streamPromises.pipeline(
      Readable.from(['a', 'b']),
      async function* (source) {
        for await (const chunk of source) yield chunk + '!';
      },
      new Writable({
        objectMode: true,
        write(chunk, encoding, callback) {
          out.push(chunk);
          callback();
        },
      }),
    );
    expect(out).toEqual(['a!', 'b!']);
  });
  it('finished', done => {
    const p = new PassThrough();
    finished(p, err => {
      expect(err).toBe(undefined);
      done();
    });
    p.resume();
    p.end('x');
  });
  it('Duplex with both sides', async () => {
    const sent = [];
    const d = new Duplex({
      read() {
        this.push('from duplex');
        this.push(null);
      },
      write(chunk, encoding, callback) {
        sent.push(chunk.toString());
        callback();
      },
    });
    d.end('to duplex');
    expect((await collect(d)).map(String)).toEqual(['from duplex']);
    expect(sent).toEqual(['to duplex']);
  });
});

describe('abort signals', () => {
  it('addAbortSignal destroys the stream with an AbortError', done => {
    const ac = new AbortController();
    const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
    r.on('error', err => {
      expect([err.name, err.code, err.message]).toEqual(['AbortError', 'ABORT_ERR', 'The operation was aborted']);
      done();
    });
    ac.abort();
  });
  it('a pipeline given a signal rejects when it aborts', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 5);
    await expect(streamPromises.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal }))
      .rejects.toMatchObject({ name: 'AbortError', code: 'ABORT_ERR' });
  });
});

describe('web stream bridges', () => {
  it('Readable.toWeb and Readable.fromWeb', async () => {
    const bytes = await Readable.toWeb(Readable.from([require('node:buffer').Buffer.from('hi')], { objectMode: false })).getReader().read();
    expect(bytes.value.constructor).toBe(Uint8Array);
    expect(Array.from(bytes.value)).toEqual([104, 105]);
    const web = Readable.toWeb(Readable.from(['p', 'q'], { objectMode: true }));
    const reader = web.getReader();
    expect((await reader.read()).value).toBe('p');
    expect((await reader.read()).value).toBe('q');
    expect((await reader.read()).done).toBe(true);
    const source = new ReadableStream({
      start(controller) {
        controller.enqueue('one');
        controller.enqueue('two');
        controller.close();
      },
    });
    expect(await Readable.fromWeb(source, { objectMode: true }).toArray()).toEqual(['one', 'two']);
  });
  it('Writable.fromWeb and Writable.toWeb', async () => {
    const got = [];
    const sink = new WritableStream({ write(chunk) { got.push(chunk); } });
    const w = Writable.fromWeb(sink, { objectMode: true });
    w.write('a');
    await new Promise(resolve => w.end('b', resolve));
    expect(got).toEqual(['a', 'b']);
    const out = [];
    const webSide = Writable.toWeb(new Writable({
      objectMode: true,
      write(chunk, encoding, callback) {
        out.push(chunk);
        callback();
      },
    }));
    const writer = webSide.getWriter();
    await writer.write('x');
    await writer.close();
    expect(out).toEqual(['x']);
  });
});

describe('stream/consumers', () => {
  const consumers = require('node:stream/consumers');
  it('text joins strings and decodes bytes split inside a character', async () => {
    const { Buffer } = require('node:buffer');
    expect(await consumers.text(Readable.from([Buffer.from([0xe2, 0x9c]), Buffer.from([0x93]), 'x']))).toBe('✓x');
  });
  it('json from a web ReadableStream', async () => {
    const rs = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        controller.enqueue('[1]}');
        controller.close();
      },
    });
    expect(await consumers.json(rs)).toEqual({ a: [1] });
  });
  it('buffer, arrayBuffer and blob', async () => {
    const b = await consumers.buffer(Readable.from(['ab', 'cd']));
    expect(b.constructor.name).toBe('Buffer');
    expect(b.toString('hex')).toBe('61626364');
    const ab = await consumers.arrayBuffer(Readable.from([require('node:buffer').Buffer.from('xyz')]));
    expect(ab instanceof ArrayBuffer).toBe(true);
    expect(ab.byteLength).toBe(3);
    const blob = await consumers.blob(Readable.from(['12345']));
    expect(blob.size).toBe(5);
    expect(await blob.text()).toBe('12345');
  });
});
