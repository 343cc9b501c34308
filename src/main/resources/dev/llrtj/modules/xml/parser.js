// llrt:xml/parser — LLRT's XMLParser (API.md; fast-xml-parser's shape): an element holding only text becomes its
// text, repeated siblings an array, attributes (kept when ignoreAttributes is false) prefixed keys beside the text
// under textNodeName. Values stay strings, trimmed; comments, processing instructions and DOCTYPE are skipped.
'use strict';

const XML_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function XMLParser(options) {
  if (!(this instanceof XMLParser)) throw new TypeError("Class constructor XMLParser cannot be invoked without 'new'");
  const o = options || {};
  this.options = {
    ignoreAttributes: o.ignoreAttributes === undefined ? true : Boolean(o.ignoreAttributes),
    attributeNamePrefix: o.attributeNamePrefix === undefined ? '@_' : String(o.attributeNamePrefix),
    textNodeName: o.textNodeName === undefined ? '#text' : String(o.textNodeName),
    attributeValueProcessor: typeof o.attributeValueProcessor === 'function' ? o.attributeValueProcessor : null,
    tagValueProcessor: typeof o.tagValueProcessor === 'function' ? o.tagValueProcessor : null,
  };
  this.entities = Object.assign({}, XML_ENTITIES);
}

XMLParser.prototype.addEntity = function addEntity(name, value) {
  this.entities[String(name).replace(/^&|;$/g, '')] = String(value);
};

function decode(text, entities) {
  return text.replace(/&([^;&\s]{1,32});/g, (whole, name) => {
    if (Object.prototype.hasOwnProperty.call(entities, name)) return entities[name];
    let m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(name);
    if (m) {
      const code = m[1][0] === 'x' ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
      if (code <= 0x10ffff) return String.fromCodePoint(code);
    }
    return whole;
  });
}

function syntaxError(message, at) {
  const e = new SyntaxError(`XMLParser: ${message} at offset ${at}`);
  e.code = 'ERR_INVALID_XML';
  return e;
}

XMLParser.prototype.parse = function parse(xml) {
  if (typeof xml !== 'string') {
    if (xml && typeof xml.toString === 'function' && ArrayBuffer.isView(xml)) xml = xml.toString();
    else throw new TypeError(`XMLParser.parse: expected a string, got ${xml === null ? 'null' : typeof xml}`);
  }
  const opts = this.options;
  const entities = this.entities;
  const root = { name: '', attrs: null, children: [], text: '', path: '' };
  const stack = [root];
  let i = 0;
  const tag = /<\/?([^\s/>]+)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
  while (i < xml.length) {
    let lt = xml.indexOf('<', i);
    let top = stack[stack.length - 1];
    if (lt < 0) {
      top.text += decode(xml.slice(i), entities);
      break;
    }
    if (lt > i) top.text += decode(xml.slice(i, lt), entities);
    if (xml.startsWith('<!--', lt)) {
      let end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw syntaxError('unclosed comment', lt);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      let end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw syntaxError('unclosed CDATA section', lt);
      top.text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      let end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw syntaxError('unclosed processing instruction', lt);
      i = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      let end = xml.indexOf('>', lt + 2);
      if (end < 0) throw syntaxError('unclosed declaration', lt);
      i = end + 1;
    } else {
      tag.lastIndex = lt;
      let m = tag.exec(xml);
      if (!m || m.index !== lt) throw syntaxError('malformed tag', lt);
      i = tag.lastIndex;
      if (xml[lt + 1] === '/') {
        if (stack.length === 1 || top.name !== m[1]) throw syntaxError(`unexpected closing tag </${m[1]}>`, lt);
        stack.pop();
        stack[stack.length - 1].children.push(top);
      } else {
        let path = top.path ? `${top.path}.${m[1]}` : m[1];
        let el = { name: m[1], attrs: attributes(m[2], path, opts, entities), children: [], text: '', path };
        if (m[3] === '/') top.children.push(el);
        else stack.push(el);
      }
    }
  }
  if (stack.length > 1) throw syntaxError(`unclosed tag <${stack[stack.length - 1].name}>`, xml.length);
  return build(root, opts).value;
};

function attributes(source, path, opts, entities) {
  if (opts.ignoreAttributes || !source) return null;
  const out = [];
  const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
  let m;
  while ((m = re.exec(source)) !== null) {
    let value = decode(m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : 'true', entities);
    if (opts.attributeValueProcessor) {
      const processed = opts.attributeValueProcessor(m[1], value, `${path}.${m[1]}`);
      if (processed !== undefined && processed !== null) value = processed;
    }
    out.push([opts.attributeNamePrefix + m[1], value]);
  }
  return out.length ? out : null;
}

// An element's value: its text alone, or an object of its attributes, children (arrays when repeated) and text.
function build(el, opts) {
  let text = el.text.trim();
  const hasAttrs = el.attrs !== null;
  if (text !== '' && opts.tagValueProcessor && el.name) {
    const processed = opts.tagValueProcessor(el.name, text, el.path, hasAttrs);
    if (processed !== undefined && processed !== null) text = processed;
  }
  if (!hasAttrs && el.children.length === 0) return { value: text };
  const obj = {};
  if (hasAttrs) el.attrs.forEach(a => put(obj, a[0], a[1]));
  const counts = new Map();
  el.children.forEach(child => counts.set(child.name, (counts.get(child.name) || 0) + 1));
  el.children.forEach(child => {
    const value = build(child, opts).value;
    if (counts.get(child.name) === 1) put(obj, child.name, value);
    else if (Object.prototype.hasOwnProperty.call(obj, child.name)) obj[child.name].push(value);
    else put(obj, child.name, [value]);
  });
  if (text !== '') put(obj, opts.textNodeName, text);
  return { value: obj };
}

// An own data property whatever the name (an element named __proto__ must not change the prototype)
function put(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

module.exports = { XMLParser };
