// The WHATWG URL class over the parser in url-parse.js; searchParams stays linked to the query.
'use strict';

const parser = require('llrt:url-parse');
const host = require('llrt:url-host');
const paramsModule = require('llrt:url-search-params');
const URLSearchParams = paramsModule.URLSearchParams;
const S = parser.states;

// Each URL keeps { url: record, params: URLSearchParams } on a non-enumerable symbol property, not in a WeakMap
// (Rhino's WeakMap holds values strongly: an entry whose value reaches its key is never freed; docs/module-state.md).
const STATE = Symbol('URL state');
const hasOwn = Object.prototype.hasOwnProperty;

// the URL serialiser
function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  return url.path.map(segment => '/' + segment).join('');
}

function serialize(url, excludeFragment) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function origin(url) {
  switch (url.scheme) {
    case 'blob': {
      let inner = parser.parse(serializePath(url), null);
      return inner && (inner.scheme === 'http' || inner.scheme === 'https') ? origin(inner) : 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    default:
      return 'null';
  }
}

function invalidUrl(input) {
  let err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  return err;
}

function parseBase(base) {
  if (base === undefined) return null;
  let record = parser.parse(paramsModule.toUSV(base), null);
  if (record === null) throw invalidUrl(String(base));
  return record;
}

// The parses of recent base-less inputs: an SDK client builds `new URL` from the same endpoint and request URLs on
// every call, and the parser runs code point by code point in the interpreter (8% of a warm DynamoDB put+get,
// docs/warm-sdk.md). Entries are private copies (a URL's setters change its own record); the map is emptied when
// full, so it holds at most PARSE_CACHE_SIZE short strings.
const PARSE_CACHE_SIZE = 64;
const PARSE_CACHE_MAX_INPUT = 2048;
const parseCache = new Map();

function copyRecord(r) {
  return {
    scheme: r.scheme, username: r.username, password: r.password, host: r.host, port: r.port,
    path: typeof r.path === 'string' ? r.path : r.path.slice(), query: r.query, fragment: r.fragment,
  };
}

function parseWithoutBase(input) {
  let cached = parseCache.get(input);
  if (cached) return copyRecord(cached);
  let record = parser.parse(input, null);
  if (record !== null && input.length <= PARSE_CACHE_MAX_INPUT) {
    if (parseCache.size >= PARSE_CACHE_SIZE) parseCache.clear();
    parseCache.set(input, copyRecord(record));
  }
  return record;
}

function internal(url) {
  let s = url !== null && typeof url === 'object' && hasOwn.call(url, STATE) ? url[STATE] : undefined;
  if (!s) throw new TypeError('Value of "this" must be of type URL');
  return s;
}

function URL(input, base) {
  if (!(this instanceof URL)) throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  if (arguments.length < 1) {
    let err = new TypeError('The "url" argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  input = paramsModule.toUSV(input);
  let record = base === undefined ? parseWithoutBase(input) : parser.parse(input, parseBase(base));
  if (record === null) throw invalidUrl(input);
  let s = { url: record, params: null };
  s.params = URLSearchParams._forURL(record.query, query => {
    s.url.query = query === '' ? null : query;
    stripTrailingSpacesFromOpaquePath(s.url);
  });
  Object.defineProperty(this, STATE, { value: s });
}

URL.canParse = function canParse(input, base) {
  try {
    let baseRecord = base === undefined ? null : parser.parse(paramsModule.toUSV(base), null);
    if (base !== undefined && baseRecord === null) return false;
    return parser.parse(paramsModule.toUSV(input), baseRecord) !== null;
  } catch (e) {
    return false;
  }
};

URL.parse = function parse(input, base) {
  try {
    return new URL(input, base);
  } catch (e) {
    return null;
  }
};

function stripTrailingSpacesFromOpaquePath(url) {
  if (typeof url.path !== 'string' || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function accessor(name, get, set) {
  Object.defineProperty(URL.prototype, name, {
    configurable: true,
    enumerable: true,
    get() { return get(internal(this).url, internal(this)); },
    set: set && function (value) {
      let s = internal(this);
      set(s.url, paramsModule.toUSV(value), s);
    },
  });
}

accessor('href', url => serialize(url), (url, value, s) => {
  let record = parser.parse(value, null);
  if (record === null) throw invalidUrl(value);
  s.url = record;
  URLSearchParams._reset(s.params, record.query);
});
accessor('origin', url => origin(url));
accessor('protocol', url => url.scheme + ':', (url, value) => {
  parser.parse(value + ':', null, url, S.SCHEME_START);
});
accessor('username', url => url.username, (url, value) => {
  if (!cannotHaveCredentialsOrPort(url)) url.username = host.percentEncode(value, host.userinfoSet);
});
accessor('password', url => url.password, (url, value) => {
  if (!cannotHaveCredentialsOrPort(url)) url.password = host.percentEncode(value, host.userinfoSet);
});
accessor('host', url => url.host === null ? '' : url.port === null ? url.host : url.host + ':' + url.port, (url, value) => {
  if (typeof url.path !== 'string') parser.parse(value, null, url, S.HOST);
});
accessor('hostname', url => url.host === null ? '' : url.host, (url, value) => {
  if (typeof url.path !== 'string') parser.parse(value, null, url, S.HOSTNAME);
});
accessor('port', url => url.port === null ? '' : String(url.port), (url, value) => {
  if (cannotHaveCredentialsOrPort(url)) return;
  if (value === '') url.port = null;
  else parser.parse(value, null, url, S.PORT);
});
accessor('pathname', url => serializePath(url), (url, value) => {
  if (typeof url.path === 'string') return;
  url.path = [];
  parser.parse(value, null, url, S.PATH_START);
});
accessor('search', url => url.query === null || url.query === '' ? '' : '?' + url.query, (url, value, s) => {
  if (value === '') {
    url.query = null;
    URLSearchParams._reset(s.params, '');
    stripTrailingSpacesFromOpaquePath(url);
    return;
  }
  let input = value.charAt(0) === '?' ? value.slice(1) : value;
  url.query = '';
  parser.parse(input, null, url, S.QUERY);
  URLSearchParams._reset(s.params, input);
});
accessor('searchParams', (url, s) => s.params);
accessor('hash', url => url.fragment === null || url.fragment === '' ? '' : '#' + url.fragment, (url, value) => {
  if (value === '') {
    url.fragment = null;
    stripTrailingSpacesFromOpaquePath(url);
    return;
  }
  url.fragment = '';
  parser.parse(value.charAt(0) === '#' ? value.slice(1) : value, null, url, S.FRAGMENT);
});

URL.prototype.toString = function toString() {
  return serialize(internal(this).url);
};
URL.prototype.toJSON = function toJSON() {
  return serialize(internal(this).url);
};
Object.defineProperty(URL.prototype, 'toString', { enumerable: true });
Object.defineProperty(URL.prototype, 'toJSON', { enumerable: true });
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

require('llrt:web-inspect').defineInspect(URL.prototype, url => ({
  href: url.href, origin: url.origin, protocol: url.protocol, username: url.username, password: url.password,
  host: url.host, hostname: url.hostname, port: url.port, pathname: url.pathname, search: url.search,
  searchParams: url.searchParams, hash: url.hash,
}));

module.exports = { URL, URLSearchParams };
