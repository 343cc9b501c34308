// Line diff of expected vs received, printed as Jest does: "- Expected" / "+ Received" with per-line
// markers, and long unchanged stretches folded into @@ hunk headers.

const fmt = require('llrt:test/format');

const CONTEXT = 5;
const MAX_CELLS = 4000000; // beyond this the LCS table costs too much; fall back to remove-all/add-all

// Returns [{op: ' ' | '-' | '+', text}], '-' lines from `a` (expected), '+' lines from `b` (received).
function diffLines(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  let ops = [];
  for (let i = 0; i < start; i++) ops.push({ op: ' ', text: a[i] });
  let midA = a.slice(start, endA);
  let midB = b.slice(start, endB);
  let middle = midA.length * midB.length > MAX_CELLS ? naive(midA, midB) : lcs(midA, midB);
  for (let i = 0; i < middle.length; i++) ops.push(middle[i]);
  for (let i = endA; i < a.length; i++) ops.push({ op: ' ', text: a[i] });
  return ops;
}

function naive(a, b) {
  return a.map(t => ({ op: '-', text: t })).concat(b.map(t => ({ op: '+', text: t })));
}

function lcs(a, b) {
  let n = a.length;
  let m = b.length;
  // table[i][j] = length of the LCS of a[i..] and b[j..]
  let table = [];
  for (let i = 0; i <= n; i++) table.push(new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  let ops = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ op: ' ', text: a[i] });
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      ops.push({ op: '-', text: a[i++] });
    } else {
      ops.push({ op: '+', text: b[j++] });
    }
  }
  while (i < n) ops.push({ op: '-', text: a[i++] });
  while (j < m) ops.push({ op: '+', text: b[j++] });
  return ops;
}

function printLine(o) {
  return o.text === '' ? o.op : o.op + ' ' + o.text;
}

// Keeps CONTEXT unchanged lines around each change; folded stretches become "@@ -a,n +b,m @@" headers.
function printOps(ops) {
  let keep = ops.map(() => false);
  ops.forEach((o, i) => {
    if (o.op === ' ') return;
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(ops.length - 1, i + CONTEXT); k++) keep[k] = true;
  });
  if (keep.every(Boolean)) return ops.map(printLine);
  let out = [];
  let aLine = 1;
  let bLine = 1;
  let i = 0;
  while (i < ops.length) {
    if (!keep[i]) {
      if (ops[i].op !== '+') aLine++;
      if (ops[i].op !== '-') bLine++;
      i++;
      continue;
    }
    let j = i;
    let aLen = 0;
    let bLen = 0;
    let lines = [];
    while (j < ops.length && keep[j]) {
      if (ops[j].op !== '+') aLen++;
      if (ops[j].op !== '-') bLen++;
      lines.push(printLine(ops[j]));
      j++;
    }
    out.push('@@ -' + aLine + ',' + aLen + ' +' + bLine + ',' + bLen + ' @@');
    for (let k = 0; k < lines.length; k++) out.push(lines[k]);
    aLine += aLen;
    bLine += bLen;
    i = j;
  }
  return out;
}

function printDiff(expectedText, receivedText) {
  let ops = diffLines(expectedText.split('\n'), receivedText.split('\n'));
  let removed = ops.filter(o => o.op === '-').length;
  let added = ops.filter(o => o.op === '+').length;
  return '- Expected  - ' + removed + '\n+ Received  + ' + added + '\n\n' + printOps(ops).join('\n');
}

function isDiffable(v) {
  return v !== null && typeof v === 'object' && !(v instanceof Date) && !(v instanceof RegExp) && !(v instanceof Error);
}

// Where an asymmetric matcher in `expected` accepts the received value, print the matcher on both sides so
// the diff shows only real differences.
function adoptMatchedMatchers(expected, received, seen) {
  if (fmt.isAsymmetric(expected)) return expected.asymmetricMatch(received) ? expected : received;
  if (!isDiffable(expected) || !isDiffable(received) || seen.indexOf(received) !== -1) return received;
  if (Array.isArray(expected) !== Array.isArray(received)) return received;
  if (Object.getPrototypeOf(received) !== Object.prototype && !Array.isArray(received)) return received;
  let copy = Array.isArray(received) ? received.slice() : Object.assign({}, received);
  let nextSeen = seen.concat([received]);
  Object.keys(copy).forEach(k => {
    if (Object.prototype.hasOwnProperty.call(expected, k)) copy[k] = adoptMatchedMatchers(expected[k], copy[k], nextSeen);
  });
  return copy;
}

// A diff when one helps (objects, arrays, multi-line strings); null for scalars, where Expected/Received
// lines say everything, and when both sides print the same.
function diff(expected, received) {
  if (typeof expected === 'string' && typeof received === 'string') {
    if (expected.indexOf('\n') === -1 && received.indexOf('\n') === -1) return null;
    return expected === received ? null : printDiff(expected, received);
  }
  if (!isDiffable(expected) || !isDiffable(received)) return null;
  let e = fmt.format(expected, { multiline: true });
  let r = fmt.format(adoptMatchedMatchers(expected, received, []), { multiline: true });
  return e === r ? null : printDiff(e, r);
}

exports.diff = diff;
exports.diffLines = diffLines;
exports.printDiff = printDiff;
