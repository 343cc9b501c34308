// node:stream/web: the WHATWG streams (web-streams-polyfill, vendored) with the parts the polyfill lacks
'use strict';
const polyfill = require('llrt:web-streams');
const encoding = require('llrt:text-streams');

module.exports = Object.assign({}, polyfill, {
  TextEncoderStream: encoding.TextEncoderStream,
  TextDecoderStream: encoding.TextDecoderStream,
});
