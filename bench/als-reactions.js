// AsyncLocalStorage cost per promise reaction: `./llrt bench/als-reactions.js none|enabled|store` (none: no AsyncLocalStorage
// exists; enabled: one exists, no store; store: the chain runs inside als.run). N chained reactions, 7 rounds.
const mode = process.argv[2] || 'none';
const N = 100000;
function chain() {
  let p = Promise.resolve(0);
  for (let i = 0; i < N; i++) p = p.then(v => v + 1);
  return p;
}
function round() {
  const t = Date.now();
  return chain().then(v => { if (v !== N) throw new Error('bad ' + v); return Date.now() - t; });
}
let als;
if (mode !== 'none') als = new (require('async_hooks').AsyncLocalStorage)();
const times = [];
function go(i) {
  if (i === 7) { times.sort((a, b) => a - b); console.log(mode, 'median ms per 100k reactions', times[3], 'best', times[0]); return; }
  const r = mode === 'store' ? als.run({ id: 1 }, round) : round();
  return r.then(ms => { times.push(ms); return go(i + 1); });
}
go(0);
