// Response streaming handlers (awslambda.streamifyResponse), one per event.action, for StreamingOverEmulatorTest.
// Written in syntax Rhino parses as is: no lowering needed at run time.
'use strict';
const { Readable, pipeline } = require('stream');

let served = 0; // module state survives between warm invocations of one runtime

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// byte i of the big body is (i * 31 + 7) & 0xff, so the receiver can check every byte without a copy
function patterned(from, length) {
  const chunk = Buffer.alloc(length);
  for (let i = 0; i < length; i++) chunk[i] = ((from + i) * 31 + 7) & 0xff;
  return chunk;
}

const actions = {
  // five chunks 200 ms apart, each carrying the time it was written
  paced(event, stream) {
    stream = awslambda.HttpResponseStream.from(stream, { statusCode: 201, headers: { 'Content-Type': 'text/plain', 'X-Paced': 'yes' }, cookies: ['a=1'] });
    let i = 0;
    const next = () => {
      i++;
      stream.write(`chunk ${i} at ${Date.now()}\n`);
      if (i === 5) {
        stream.end();
        return Promise.resolve();
      }
      return sleep(200).then(next);
    };
    return next();
  },
  // event.bytes from a Readable through stream.pipeline, logging how far the producer got (every event.logEvery
  // bytes, default 1 MiB)
  big(event, stream) {
    const total = event.bytes;
    const step = 64 * 1024;
    const every = event.logEvery || 1024 * 1024;
    let made = 0;
    let nextLog = every;
    const source = new Readable({
      read() {
        if (made >= total) return this.push(null);
        const n = Math.min(step, total - made);
        this.push(patterned(made, n));
        made += n;
        if (made >= nextLog) {
          console.log(`produced ${made}`);
          nextLog += every;
        }
      },
    });
    return new Promise((resolve, reject) => pipeline(source, stream, err => (err ? reject(err) : resolve())));
  },
  // two chunks, then a throw
  failAfterTwo(event, stream) {
    stream.write('one,');
    return sleep(20).then(() => {
      stream.write('two,');
      return sleep(20);
    }).then(() => {
      throw new TypeError('broke after two chunks');
    });
  },
  // an async iterable through pipeline, with backpressure honoured by hand first
  iterable(event, stream) {
    function* words() {
      yield 'alpha ';
      yield 'beta ';
      yield 'gamma';
    }
    stream.setContentType('text/plain');
    return new Promise((resolve, reject) => pipeline(Readable.from(words()), stream, err => (err ? reject(err) : resolve())));
  },
  // event.bytes in 1 MiB writes as fast as the transport takes them
  flood(event, stream) {
    const mib = Buffer.alloc(1024 * 1024, 120);
    let sent = 0;
    const more = () => {
      while (sent < event.bytes) {
        sent += mib.length;
        if (!stream.write(mib)) return new Promise(resolve => stream.once('drain', resolve)).then(more);
      }
      stream.end();
      return Promise.resolve();
    };
    return more();
  },
  // one chunk, then nothing until long after the function's timeout
  hangs(event, stream) {
    stream.write('before the timeout\n');
    return sleep(600000);
  },
  // a prelude a function URL cannot honour as given: a status that is no number, a header value with a line break
  badPrelude(event, stream) {
    stream = awslambda.HttpResponseStream.from(stream, { statusCode: 'abc', headers: { 'X-Good': '1', 'X-Bad': 'a\r\nInjected: 1' } });
    stream.end('still the body');
    return Promise.resolve();
  },
  served(event, stream) {
    stream.end(JSON.stringify({ served }));
    return Promise.resolve();
  },
  forgetsEnd(event, stream) {
    stream.write('started');
    return Promise.resolve();
  },
};

exports.handler = awslambda.streamifyResponse(function (event, responseStream, context) {
  served++;
  if (typeof event.body === 'string') event = JSON.parse(event.body); // behind a function URL
  const action = actions[event.action];
  if (!action) return Promise.reject(new Error('unknown action ' + event.action));
  return action(event, responseStream, context);
});
