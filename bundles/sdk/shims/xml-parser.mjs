// @aws-sdk/xml-builder's parseXML (a character-at-a-time parser in JS) replaced by the runtime's `llrt:xml`, which
// gives the same shapes in Java; required on first use, so loading a client does not load the parser.
let xml;
export function parseXML(text) {
  return (xml || (xml = require('llrt:xml'))).parseXML(text);
}
