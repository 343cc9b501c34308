// An unbundled CommonJS handler, as a user may deploy one without `llrt bundle`: Rhino parses it as it is, so the
// runtime compiles it itself (no Node.js in Lambda to lower it). The loop's `const` took its first value for every
// turn ([0,0,0] where Node gives [0,10,20]) before the runtime rewrote block scoping as it compiles.
'use strict';

function f() {
  const o = [];
  for (let i = 0; i < 3; i++) {
    const v = i * 10;
    o.push(v);
  }
  return o;
}

function closures(n) {
  const fs = [];
  for (let i = 0; i < n; i++) {
    const label = 'item-' + i;
    fs.push(() => label + ':' + i);
  }
  return fs.map(g => g());
}

exports.handler = function (event, context, callback) {
  callback(null, { loop: f(), closures: closures(event.n), generated: new Function('n', 'const r = []; for (let i = 0; i < n; i++) { const sq = i * i; r.push(() => sq); } return r.map(g => g());')(event.n) });
};
