// WHATWG streams as globals and from node:stream/web. Expected values from Node 20.
const web = require('node:stream/web');

async function readAll(readable) {
  const out = [];
  for await (const chunk of readable) out.push(chunk);
  return out;
}

function fromArray(items) {
  return new ReadableStream({
    start(controller) {
      items.forEach(item => controller.enqueue(item));
      controller.close();
    },
  });
}

describe('globals', () => {
  it('stay unloaded until first use', () => {
    // this file touches ReadableStreamBYOBRequest nowhere else: bootstrap.js must leave its getter in place
    expect(typeof Object.getOwnPropertyDescriptor(globalThis, 'ReadableStreamBYOBRequest').get).toBe('function');
  });
  it('are the node:stream/web classes', () => {
    ['ReadableStream', 'WritableStream', 'TransformStream', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
      'ReadableStreamDefaultReader', 'WritableStreamDefaultWriter', 'TextEncoderStream', 'TextDecoderStream']
      .forEach(name => expect(globalThis[name]).toBe(web[name]));
    expect(Object.prototype.toString.call(fromArray([]))).toBe('[object ReadableStream]');
    expect(Object.prototype.toString.call(new WritableStream())).toBe('[object WritableStream]');
    expect(Object.prototype.toString.call(new TransformStream())).toBe('[object TransformStream]');
  });
  it('queuing strategies measure chunks', () => {
    expect(new CountQueuingStrategy({ highWaterMark: 3 }).size('abc')).toBe(1);
    expect(new ByteLengthQueuingStrategy({ highWaterMark: 3 }).size(new Uint8Array(7))).toBe(7);
    expect(new CountQueuingStrategy({ highWaterMark: 3 }).highWaterMark).toBe(3);
  });
});

describe('ReadableStream', () => {
  it('reads with a reader', async () => {
    const reader = fromArray(['a', 'b']).getReader();
    expect(await reader.read()).toEqual({ value: 'a', done: false });
    expect(await reader.read()).toEqual({ value: 'b', done: false });
    expect(await reader.read()).toEqual({ value: undefined, done: true });
  });
  it('is async iterable and has from()', async () => {
    expect(await readAll(fromArray([1, 2, 3]))).toEqual([1, 2, 3]);
    expect(await readAll(ReadableStream.from(['x', 'y']))).toEqual(['x', 'y']);
    async function* gen() {
      yield 'g1';
      yield 'g2';
    }
    expect(await readAll(ReadableStream.from(gen()))).toEqual(['g1', 'g2']);
  });
  it('locks to one reader', () => {
    const rs = fromArray(['a']);
    rs.getReader();
    expect(rs.locked).toBe(true);
    expect(() => rs.getReader()).toThrow(TypeError);
  });
  it('pulls on demand and tees', async () => {
    let n = 0;
    const rs = new ReadableStream({
      pull(controller) {
        n++;
        if (n > 3) controller.close();
        else controller.enqueue(n);
      },
    });
    const branches = rs.tee();
    expect(await readAll(branches[0])).toEqual([1, 2, 3]);
    expect(await readAll(branches[1])).toEqual([1, 2, 3]);
  });
  it('propagates errors', async () => {
    const rs = new ReadableStream({
      start(controller) {
        controller.error(new Error('broken'));
      },
    });
    await expect(rs.getReader().read()).rejects.toThrow('broken');
  });
});

describe('WritableStream and TransformStream', () => {
  it('pipes through a transform into a sink', async () => {
    const got = [];
    await fromArray(['a', 'b'])
      .pipeThrough(new TransformStream({ transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); } }))
      .pipeTo(new WritableStream({ write(chunk) { got.push(chunk); } }));
    expect(got).toEqual(['A', 'B']);
  });
  it('writes through a writer and closes', async () => {
    const events = [];
    const ws = new WritableStream({
      write(chunk) { events.push('write ' + chunk); },
      close() { events.push('close'); },
    });
    const writer = ws.getWriter();
    await writer.write(1);
    await writer.write(2);
    await writer.close();
    expect(events).toEqual(['write 1', 'write 2', 'close']);
  });
});

describe('text streams', () => {
  it('TextEncoderStream encodes, keeping surrogate pairs split across chunks', async () => {
    const enc = new TextEncoderStream();
    expect(enc.encoding).toBe('utf-8');
    const writer = enc.writable.getWriter();
    writer.write('h\ud83d');
    writer.write('\ude00');
    writer.close();
    const chunks = await readAll(enc.readable);
    const bytes = [];
    chunks.forEach(c => bytes.push.apply(bytes, Array.from(c)));
    expect(bytes).toEqual([104, 240, 159, 152, 128]);
  });
  it('TextDecoderStream decodes multi-byte characters split across chunks', async () => {
    const dec = new TextDecoderStream();
    expect([dec.encoding, dec.fatal, dec.ignoreBOM]).toEqual(['utf-8', false, false]);
    const writer = dec.writable.getWriter();
    writer.write(new Uint8Array([0xe2, 0x9c]));
    writer.write(new Uint8Array([0x93, 0x21]));
    writer.close();
    expect((await readAll(dec.readable)).join('')).toBe('✓!');
  });
});
