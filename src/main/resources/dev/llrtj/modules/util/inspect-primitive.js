'use strict';
// How util.inspect shows a primitive (llrt:inspect-primitive): strings quoted and escaped as Node picks the quote,
// long ones split after their newlines, -0, bigints, symbols. Apart from inspect.js because it needs nothing of the
// object walk (seen sets, depth, getters) and property keys reuse its quoting.

const minLineWidth = 16;

const escapeTable = ['\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07', '\\b', '\\t', '\\n',
  '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F', '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16',
  '\\x17', '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F'];

function quoteString(str) {
  let quote = "'";
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = '"';
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = '`';
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    let rep;
    if (c < 0x20) rep = escapeTable[c];
    else if (c === 0x7f) rep = '\\x7F';
    else if (c === 0x5c) rep = '\\\\';
    else if (str[i] === quote) rep = '\\' + quote;
    else if (c >= 0xd800 && c <= 0xdfff) {
      let next = str.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
      rep = '\\u' + c.toString(16).toUpperCase();
    } else continue;
    out += str.slice(last, i) + rep;
    last = i + 1;
  }
  return quote + out + str.slice(last) + quote;
}

function formatNumber(n) {
  return Object.is(n, -0) ? '-0' : String(n);
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        let remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true && value.length > minLineWidth && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Long strings are split after each newline so every source line starts its own quoted piece.
        let pieces = splitAfterNewlines(value);
        return pieces.map(quoteString).join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
      }
      return quoteString(value) + trailer;
    }
    case 'number': return formatNumber(value);
    case 'bigint': return String(value) + 'n';
    case 'boolean': return String(value);
    case 'undefined': return 'undefined';
    default: return symbolToString(value);
  }
}

function splitAfterNewlines(str) {
  let pieces = [];
  let start = 0;
  let nl;
  while ((nl = str.indexOf('\n', start)) !== -1 && nl + 1 < str.length) {
    pieces.push(str.slice(start, nl + 1));
    start = nl + 1;
  }
  pieces.push(str.slice(start));
  return pieces;
}

function symbolToString(sym) {
  return Symbol.prototype.toString.call(sym);
}

module.exports = { quoteString, formatNumber, formatPrimitive, symbolToString };
