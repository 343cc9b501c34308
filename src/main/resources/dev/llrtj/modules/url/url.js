// node:url: the WHATWG URL classes, file URL helpers, domainToASCII/Unicode, and the legacy parse/format/resolve.
'use strict';

const whatwg = require('llrt:url');
const host = require('llrt:url-host');
const legacy = require('llrt:url-legacy');
const URL = whatwg.URL;

function nodeError(Ctor, code, message) {
  let err = new Ctor(message);
  err.code = code;
  return err;
}

function toURL(value, name) {
  if (typeof value === 'string') return new URL(value);
  if (value instanceof URL) return value;
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type string or an instance of URL. Received ${value === null ? 'null' : 'type ' + typeof value + ' (' + String(value) + ')'}`);
}

function fileURLToPath(path) {
  let url = toURL(path, 'path');
  if (url.protocol !== 'file:') throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (url.hostname !== '') {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  let pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return host.percentDecode(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "path" argument must be of type string. Received ${filepath === null ? 'null' : 'type ' + typeof filepath}`);
  }
  let resolved = require('path').resolve(filepath);
  // path.resolve drops a trailing slash that names a directory
  if (filepath.charAt(filepath.length - 1) === '/' && resolved.charAt(resolved.length - 1) !== '/') resolved += '/';
  let url = new URL('file://');
  // '%' first, then what the pathname setter would not encode or would take as a separator
  url.pathname = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return url;
}

function urlToHttpOptions(url) {
  let options = Object.create(null);
  options.protocol = url.protocol;
  options.hostname = url.hostname.charAt(0) === '[' ? url.hostname.slice(1, -1) : url.hostname;
  options.hash = url.hash;
  options.search = url.search;
  options.pathname = url.pathname;
  options.path = `${url.pathname || ''}${url.search || ''}`;
  options.href = url.href;
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${host.percentDecode(url.username)}:${host.percentDecode(url.password)}`;
  return options;
}

function domainToASCII(domain) {
  let h = host.parseHost(String(domain), false);
  return h === null || h.charAt(0) === '[' ? '' : h;
}

function domainToUnicode(domain) {
  let ascii = domainToASCII(domain);
  return ascii === '' ? '' : host.domainToUnicode(ascii);
}

// url.format(URL, { auth, fragment, search, unicode }) or the legacy object form
function format(urlObject, options) {
  if (!(urlObject instanceof URL)) return legacy.format(urlObject);
  options = options || {};
  let copy = new URL(urlObject.href);
  if (options.auth === false) {
    copy.username = '';
    copy.password = '';
  }
  if (options.fragment === false) copy.hash = '';
  if (options.search === false) copy.search = '';
  let href = copy.href;
  if (options.unicode === true && copy.hostname) {
    href = href.replace('//' + (copy.username ? href.slice(href.indexOf('//') + 2, href.indexOf('@') + 1) : '') + copy.hostname,
      m => m.slice(0, m.length - copy.hostname.length) + domainToUnicode(copy.hostname));
  }
  return href;
}

module.exports = {
  Url: legacy.Url,
  parse: legacy.parse,
  resolve: legacy.resolve,
  resolveObject: legacy.resolveObject,
  format,
  URL,
  URLSearchParams: whatwg.URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
