'use strict';
// util.inspect's layout (llrt:inspect-layout): how the formatted entries of an object or array become one string,
// on one line or several, arrays of short entries in aligned columns. Apart from inspect.js because it is Node's
// breakLength/compact arithmetic alone, with no knowledge of the values being shown (inspect.js formats them).

// what the entries belong to: an object's properties sort and group differently from an array's items
const ARRAY_TYPE = 1;
const OBJECT_TYPE = 0;

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

// Lays out arrays with more than six short entries in aligned columns, as Node does.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--; // the "... more items" entry stays on its own line
  let separatorSpace = 2;
  let dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    let len = output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  let actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    let averageBias = Math.sqrt(actualMax - totalLength / output.length);
    let biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    let columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    let maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
      }
    }
    let grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      let max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        let cell = output[j] + ', ';
        let width = maxLineLength[j - i];
        line += padStart ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
      }
      if (padStart) line += output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ');
      else line += output[j];
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    return grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      let entries = output.length;
      if (extrasType === ARRAY_TYPE && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        let start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          let joined = output.join(', ');
          if (joined.indexOf('\n') === -1) return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
        }
      }
    }
    let indentation = '\n' + ' '.repeat(ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' + output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  let indentation = '\n' + ' '.repeat(ctx.indentationLvl);
  let ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + indentation + '  ';
  return braces[0] + ln + output.join(',' + indentation + '  ') + ' ' + braces[1];
}

module.exports = { ARRAY_TYPE, OBJECT_TYPE, reduceToSingleString };
