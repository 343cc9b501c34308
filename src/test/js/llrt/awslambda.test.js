// Tests for llrt:awslambda, the `awslambda` global of Node's Lambda runtime: streamifyResponse's marks, the
// HttpResponseStream prelude (JSON metadata then 8 null bytes, Lambda's http-integration-response format), and
// the responseStream as a Writable over a transport whose write callbacks the test releases by hand, which is
// how the runtime paces it to the socket. The wire itself is tested in StreamedResponseWireTest (Java).
const { awslambda, streamingMode, highWaterMarkOf, ResponseStream } = require('llrt:awslambda');
const { Readable, pipeline } = require('stream');

// Records what the runtime would send; write callbacks wait until release() (the socket taking the bytes).
function transport() {
  const t = { opened: [], sent: [], pending: [], ended: false, failed: null };
  t.open = contentType => {
    t.opened.push(contentType);
    return {
      write: (bytes, cb) => {
        t.sent.push(Buffer.from(bytes));
        t.pending.push(cb);
      },
      end: cb => {
        t.ended = true;
        cb();
      },
      fail: (err, cb) => {
        t.failed = err;
        cb();
      },
    };
  };
  t.release = () => {
    const callbacks = t.pending.splice(0);
    callbacks.forEach(cb => cb());
  };
  t.text = () => Buffer.concat(t.sent).toString('latin1');
  return t;
}

function autoTransport() {
  const t = transport();
  const open = t.open;
  t.open = ct => {
    const sink = open(ct);
    return { ...sink, write: (bytes, cb) => { sink.write(bytes, () => {}); setTimeout(cb, 0); } };
  };
  return t;
}

describe('streamifyResponse', () => {
  it('marks the handler as Node does, with an optional highWaterMark', () => {
    const h = async () => {};
    expect(awslambda.streamifyResponse(h, { highWaterMark: 1024 })).toBe(h);
    expect(h[Symbol.for('aws.lambda.runtime.handler.streaming')]).toBe('response');
    expect(streamingMode(h)).toBe('response');
    expect(highWaterMarkOf(h)).toBe(1024);
    expect(streamingMode(() => {})).toBe(false);
    expect(highWaterMarkOf(() => {})).toBe(undefined);
  });

  it('rejects any other streaming mark', () => {
    const h = () => {};
    h[Symbol.for('aws.lambda.runtime.handler.streaming')] = 'request';
    let caught;
    try {
      streamingMode(h);
    } catch (e) {
      caught = e;
    }
    expect(caught.name).toBe('Runtime.MalformedStreamingHandler');
  });
});

describe('HttpResponseStream.from', () => {
  it('sends the metadata and 8 null bytes before the first write, with its content type', () => {
    const t = autoTransport();
    const s = awslambda.HttpResponseStream.from(new ResponseStream(t), { statusCode: 201, headers: { a: 'b' }, cookies: ['c=1'] });
    s.write('body');
    return new Promise(resolve => s.end(resolve)).then(() => {
      expect(t.opened).toEqual(['application/vnd.awslambda.http-integration-response']);
      expect(t.text()).toBe('{"statusCode":201,"headers":{"a":"b"},"cookies":["c=1"]}\0\0\0\0\0\0\0\0body');
    });
  });

  it('sends the prelude on an end() without writes too', () => {
    const t = transport();
    const s = awslambda.HttpResponseStream.from(new ResponseStream(t), { statusCode: 204 });
    s.end();
    t.release();
    expect(t.text()).toBe('{"statusCode":204}\0\0\0\0\0\0\0\0');
  });
});

describe('responseStream', () => {
  it('opens with application/octet-stream, or the type set before the first write', () => {
    const plain = transport();
    new ResponseStream(plain).write('x');
    expect(plain.opened).toEqual(['application/octet-stream']);
    const typed = transport();
    const s = new ResponseStream(typed);
    s.setContentType('text/csv');
    s.write('a,b');
    expect(typed.opened).toEqual(['text/csv']);
    let caught;
    try {
      s.setContentType('text/plain');
    } catch (e) {
      caught = e;
    }
    expect(caught.name).toBe('Runtime.InvalidStreamingOperation');
    expect(caught.message).toBe('Cannot set content-type, too late.');
  });

  it('writes strings, bytes and (as JSON) other values', () => {
    const t = transport();
    const s = new ResponseStream(t);
    s.write('a');
    t.release();
    s.write(new Uint8Array([98]));
    t.release();
    s.write({ c: 1 });
    t.release();
    expect(t.text()).toBe('ab{"c":1}');
  });

  it('returns false past its highWaterMark and emits drain once the transport took the bytes', () => {
    const t = transport();
    const s = new ResponseStream(t, 4);
    let drained = 0;
    s.on('drain', () => drained++);
    expect(s.write('abc')).toBe(true);
    expect(s.write('defg')).toBe(false);
    expect(s.writableNeedDrain).toBe(true);
    expect(t.sent.length).toBe(1); // the second write waits for the first callback
    t.release();
    t.release();
    return new Promise(resolve => setTimeout(resolve, 5)).then(() => {
      expect(drained).toBe(1);
      expect(t.text()).toBe('abcdefg');
    });
  });

  it('is a pipeline target for a Readable and an async iterable, and ends the response', () => {
    const fromReadable = autoTransport();
    const fromIterable = autoTransport();
    function* parts() {
      yield 'x';
      yield 'y';
    }
    const run = (source, t) => new Promise((resolve, reject) =>
      pipeline(source, new ResponseStream(t), err => (err ? reject(err) : resolve())));
    return run(Readable.from(['1', '2', '3']), fromReadable)
      .then(() => run(Readable.from(parts()), fromIterable))
      .then(() => {
        expect(fromReadable.text()).toBe('123');
        expect(fromReadable.ended).toBe(true);
        expect(fromIterable.text()).toBe('xy');
        expect(fromIterable.ended).toBe(true);
      });
  });

  it('fails once, with the error, and not after it ended', () => {
    const t = transport();
    const s = new ResponseStream(t);
    s.write('partial');
    const err = new TypeError('late');
    expect(s.fail(err)).toBe(true);
    expect(s.fail(new Error('again'))).toBe(false);
    expect(t.failed).toBe(err);
    const done = autoTransport();
    const ended = new ResponseStream(done);
    return new Promise(resolve => ended.end('all', resolve)).then(() => {
      expect(ended.fail(new Error('too late'))).toBe(false);
      expect(done.failed).toBe(null);
    });
  });
});
