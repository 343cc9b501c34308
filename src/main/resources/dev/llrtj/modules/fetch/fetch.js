// fetch(input, init) over the loop's pooled HTTP client (Java: dev.llrtj.loop.http): redirects per the Fetch
// standard (follow up to 20 / manual / error, 303 and POST-on-301/302 become GET), streamed uploads, AbortSignal,
// LLRT_NET_ALLOW / LLRT_NET_DENY refusals as TypeError('fetch failed') with the reason as cause.
'use strict';

const { Headers, toFlatList } = require('llrt:headers');
const { Request } = require('llrt:request');
const { Response, fromNetwork, REDIRECT_STATUS } = require('llrt:response');
const body = require('llrt:fetch-body');

const MAX_REDIRECTS = 20;
const NULL_BODY_STATUS = [101, 103, 204, 205, 304];
const BODY_HEADERS = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];

function abortError() {
  let DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException('This operation was aborted', 'AbortError');
  let e = new Error('This operation was aborted');
  e.name = 'AbortError';
  e.code = 20;
  return e;
}

function reasonOf(signal) {
  return signal && signal.reason !== undefined ? signal.reason : abortError();
}

function fetchFailed(message, code) {
  let cause = new Error(message);
  if (code) cause.code = code;
  return new TypeError('fetch failed', { cause });
}

function originOf(url) {
  let m = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)/.exec(url);
  return m ? m[1].toLowerCase() : '';
}

function resolveUrl(location, base) {
  let URLCtor = globalThis.URL;
  if (typeof URLCtor === 'function') return new URLCtor(location, base).href;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(location)) return location;
  if (location.startsWith('//')) return base.slice(0, base.indexOf(':') + 1) + location;
  if (location.startsWith('/')) return originOf(base) + location;
  let path = base.replace(/[?#].*$/, '');
  return path.slice(0, path.lastIndexOf('/') + 1) + location;
}

function withoutFragment(url) {
  let hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

// writes a stream or async-iterable body to the exchange, a chunk at a time, each after the last was sent;
// onError: reading the body itself failed
function pump(source, handle, onError) {
  let next;
  if (source.stream) {
    let reader = source.stream.getReader();
    next = () => reader.read();
  } else {
    let it = source.iterable[Symbol.asyncIterator]();
    next = () => Promise.resolve(it.next());
  }
  function step() {
    next().then(r => {
      if (r.done) {
        handle.end();
        return;
      }
      // a failed write means the connection or stream failed: the response (or its failure) still comes through
      // onHead, and a server that answered early (413, 501...) keeps its answer
      handle.write(body.toUint8(r.value), err => { if (!err) step(); });
    }).catch(onError);
  }
  step();
}

function fetch(input, init) {
  return new Promise((resolve, reject) => {
    let request = new Request(input, init);
    let signal = request._signal;
    if (signal && signal.aborted) {
      reject(reasonOf(signal));
      return;
    }
    let url = request._url;
    let method = request._method;
    let source = body.bodySource(request);
    if (source !== null) body.markUsed(request);
    let headers = new Headers(request._headers);
    if (!headers.has('accept')) headers.set('accept', '*/*');
    if (!headers.has('user-agent')) headers.set('user-agent', 'llrt-java');
    let redirects = 0;
    let current = null;
    let settled = false;
    let response = null;

    function fail(error) {
      if (settled) return;
      settled = true;
      cleanup();
      reject(error);
    }
    function onAbort() {
      if (current) current.abort();
      fail(reasonOf(signal));
    }
    function cleanup() {
      if (signal && typeof signal.removeEventListener === 'function' && response === null) signal.removeEventListener('abort', onAbort);
    }
    if (signal && typeof signal.addEventListener === 'function') signal.addEventListener('abort', onAbort);

    function send(bytes) {
      if (settled) return;
      let streaming = !!(source && (source.stream || source.iterable));
      if (source === null && (method === 'POST' || method === 'PUT') && !headers.has('content-length')) {
        headers.set('content-length', '0');
      }
      current = native.request(method, url, toFlatList(headers), bytes, streaming, request._timeout || 0, onHead);
      if (streaming) {
        let handle = current;
        pump(source, handle, err => {
          if (settled) return;
          handle.abort();
          fail(err && err.message !== undefined && !(err instanceof Error) ? fetchFailed(err.message, err.code) : new TypeError('fetch failed', { cause: err }));
        });
      }
    }

    function hop() {
      let refused;
      try {
        refused = native.refusal(url);
      } catch (e) {
        fail(new TypeError('fetch failed', { cause: e }));
        return;
      }
      if (refused) {
        fail(fetchFailed(refused, 'ERR_ACCESS_DENIED'));
        return;
      }
      if (!/^https?:/i.test(url)) {
        fail(fetchFailed('unknown scheme', 'ERR_INVALID_URL'));
        return;
      }
      if (source && source.blob) body.sourceBytes(source).then(send, fail);
      else send(source && source.bytes ? source.bytes : null);
    }

    function onHead(err, head) {
      try {
        headArrived(err, head);
      } catch (e) {
        if (current) current.abort();
        fail(e);
      }
    }

    function headArrived(err, head) {
      if (settled) return;
      if (err) {
        fail(err.aborted ? reasonOf(signal) : fetchFailed(err.message, err.code));
        return;
      }
      let location = null;
      for (let i = 0; i < head.headers.length; i += 2) if (head.headers[i] === 'location') location = head.headers[i + 1];
      if (REDIRECT_STATUS.indexOf(head.status) >= 0 && location !== null && request._redirect !== 'manual') {
        current.discard();
        if (request._redirect === 'error') return fail(fetchFailed('unexpected redirect'));
        if (++redirects > MAX_REDIRECTS) return fail(fetchFailed('redirect count exceeded'));
        let next;
        try {
          next = resolveUrl(location, url);
        } catch (e) {
          return fail(new TypeError('fetch failed', { cause: e }));
        }
        if ((head.status === 303 && method !== 'GET' && method !== 'HEAD') || ((head.status === 301 || head.status === 302) && method === 'POST')) {
          method = 'GET';
          source = null;
          BODY_HEADERS.forEach(name => headers.delete(name));
        } else if (source && (source.stream || source.iterable)) {
          return fail(fetchFailed('Cannot follow a redirect with a streamed request body'));
        }
        if (originOf(next) !== originOf(url)) {
          headers.delete('authorization');
          headers.delete('cookie');
        }
        url = next;
        hop();
        return;
      }
      let nullBody = method === 'HEAD' || NULL_BODY_STATUS.indexOf(head.status) >= 0;
      if (nullBody) current.discard();
      settled = true;
      response = fromNetwork(head, nullBody ? null : current, withoutFragment(url), redirects > 0, () => reasonOf(signal));
      resolve(response);
    }

    hop();
  });
}

module.exports = { fetch, Headers, Request, Response };
