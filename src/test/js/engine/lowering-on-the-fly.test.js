// Block scoping in code the runtime compiles itself (unbundled files, `new Function`, eval) gives Node's answers, with
// no Node.js needed to lower it (dev.llrtj.engine.scoping.BlockScoping rewrites it as Rhino compiles it). The known
// answers come from Node (between the markers; regenerate with `node src/test/js/fixtures/known-answers/make.cjs`,
// cases in block-scoping.cases.cjs).
const thrown = require('../fixtures/known-answers/thrown.cjs');
const generated = require('./fixtures/generated-code.js');

describe('block scoping as Node has it', () => {
  // <known-answers>
  it("in a file the runtime compiles itself", () => {
    expect((function(){const o=[];for(let i=0;i<3;i++){const v=i*10;o.push(v)}return o})()).toEqual([0, 10, 20]);
    expect((function(){const fs=[];for(let i=0;i<3;i++){fs.push(()=>i)}return fs.map(f=>f())})()).toEqual([0, 1, 2]);
    expect((function(){const r=[];for(let i=0;i<5;i++){r.push(()=>i);i++}return r.map(f=>f())})()).toEqual([1, 3, 5]);
    expect((function(){const r=[];for(let i=0,n=3;i<n;i++){r.push(()=>i+n)}return r.map(f=>f())})()).toEqual([3, 4, 5]);
    expect((function(){const fs=[];for(const x of [1,2,3]){fs.push(()=>x)}return fs.map(f=>f())})()).toEqual([1, 2, 3]);
    expect((function(){const fs=[];for(const [k,v] of Object.entries({a:1,b:2})){fs.push(()=>k+v)}return fs.map(f=>f())})()).toEqual(["a1", "b2"]);
    expect((function(){const fs=[];for(let k in {a:1,b:2}){fs.push(()=>k)}return fs.map(f=>f())})()).toEqual(["a", "b"]);
    expect((function(){let s='';for(const k in {a:1,b:2})s+=k;return s})()).toEqual("ab");
    expect((function(){const r=[];{const a=1;r.push(a)}{const a=2;r.push(a)}return r})()).toEqual([1, 2]);
    expect((function(){const r=[];for(let i=0;i<3;i++){const v=i;r.push(v);if(i==0){const v='x';r.push(v)}}return r})()).toEqual([0, "x", 1, 2]);
    expect((function(){const r=[];for(let i=0;i<3;i++){if(i%2==0){const v=i;r.push(v)}else{const v=-i;r.push(v)}}return r})()).toEqual([0, -1, 2]);
    expect((function(){const r=[];for(let i=0;i<2;i++){let a;if(i==0)a=5;r.push(a)}return r})()).toEqual([5, undefined]);
    expect((function(){const a=[];let i=0;do{const c=i;a.push(()=>c)}while(++i<3);return a.map(f=>f())})()).toEqual([0, 1, 2]);
    expect((function(){function* g(){for(let i=0;i<3;i++){const v=i*10;yield v}}return Array.from(g())})()).toEqual([0, 10, 20]);
    expect((function(){const r=[];for(let i=0;i<2;i++){for(let j=0;j<2;j++){const p=i*2+j;r.push(()=>p+':'+j)}}return r.map(f=>f())})()).toEqual(["0:0", "1:1", "2:0", "3:1"]);
    expect((function(){const r=[];for(let i=0;i<9;i++){if(i==1)continue;if(i==4)break;r.push(()=>i)}const f=(function(){for(let i=0;i<5;i++){if(i==2)return ()=>i}})();return r.map(g=>g()).concat(f())})()).toEqual([0, 2, 3, 2]);
    expect((function(){const r=[];outer:for(let i=0;i<3;i++){for(let j=0;j<3;j++){if(j==1)continue outer;r.push(()=>i*10+j)}}return r.map(f=>f())})()).toEqual([0, 10, 20]);
    expect((function(){const r=[];for(let i=0;({i}).i<3;i++){r.push(()=>i)}return r.map(f=>f())})()).toEqual([0, 1, 2]);
    expect((function(){const s='for (const x of y) const z';const r=[];for(const c of ['a']){r.push(()=>c+s)}return r.map(f=>f())})()).toEqual(["afor (const x of y) const z"]);
  });
  it("through new Function", () => {
    expect(new Function("return (function(){const o=[];for(let i=0;i<3;i++){const v=i*10;o.push(v)}return o})()")()).toEqual([0, 10, 20]);
    expect(new Function("return (function(){const fs=[];for(let i=0;i<3;i++){fs.push(()=>i)}return fs.map(f=>f())})()")()).toEqual([0, 1, 2]);
    expect(new Function("return (function(){const r=[];for(let i=0;i<5;i++){r.push(()=>i);i++}return r.map(f=>f())})()")()).toEqual([1, 3, 5]);
    expect(new Function("return (function(){const r=[];for(let i=0,n=3;i<n;i++){r.push(()=>i+n)}return r.map(f=>f())})()")()).toEqual([3, 4, 5]);
    expect(new Function("return (function(){const fs=[];for(const x of [1,2,3]){fs.push(()=>x)}return fs.map(f=>f())})()")()).toEqual([1, 2, 3]);
    expect(new Function("return (function(){const fs=[];for(const [k,v] of Object.entries({a:1,b:2})){fs.push(()=>k+v)}return fs.map(f=>f())})()")()).toEqual(["a1", "b2"]);
    expect(new Function("return (function(){const fs=[];for(let k in {a:1,b:2}){fs.push(()=>k)}return fs.map(f=>f())})()")()).toEqual(["a", "b"]);
    expect(new Function("return (function(){let s='';for(const k in {a:1,b:2})s+=k;return s})()")()).toEqual("ab");
    expect(new Function("return (function(){const r=[];{const a=1;r.push(a)}{const a=2;r.push(a)}return r})()")()).toEqual([1, 2]);
    expect(new Function("return (function(){const r=[];for(let i=0;i<3;i++){const v=i;r.push(v);if(i==0){const v='x';r.push(v)}}return r})()")()).toEqual([0, "x", 1, 2]);
    expect(new Function("return (function(){const r=[];for(let i=0;i<3;i++){if(i%2==0){const v=i;r.push(v)}else{const v=-i;r.push(v)}}return r})()")()).toEqual([0, -1, 2]);
    expect(new Function("return (function(){const r=[];for(let i=0;i<2;i++){let a;if(i==0)a=5;r.push(a)}return r})()")()).toEqual([5, undefined]);
    expect(new Function("return (function(){const a=[];let i=0;do{const c=i;a.push(()=>c)}while(++i<3);return a.map(f=>f())})()")()).toEqual([0, 1, 2]);
    expect(new Function("return (function(){function* g(){for(let i=0;i<3;i++){const v=i*10;yield v}}return Array.from(g())})()")()).toEqual([0, 10, 20]);
    expect(new Function("return (function(){const r=[];for(let i=0;i<2;i++){for(let j=0;j<2;j++){const p=i*2+j;r.push(()=>p+':'+j)}}return r.map(f=>f())})()")()).toEqual(["0:0", "1:1", "2:0", "3:1"]);
    expect(new Function("return (function(){const r=[];for(let i=0;i<9;i++){if(i==1)continue;if(i==4)break;r.push(()=>i)}const f=(function(){for(let i=0;i<5;i++){if(i==2)return ()=>i}})();return r.map(g=>g()).concat(f())})()")()).toEqual([0, 2, 3, 2]);
    expect(new Function("return (function(){const r=[];outer:for(let i=0;i<3;i++){for(let j=0;j<3;j++){if(j==1)continue outer;r.push(()=>i*10+j)}}return r.map(f=>f())})()")()).toEqual([0, 10, 20]);
    expect(new Function("return (function(){const r=[];for(let i=0;({i}).i<3;i++){r.push(()=>i)}return r.map(f=>f())})()")()).toEqual([0, 1, 2]);
    expect(new Function("return (function(){const s='for (const x of y) const z';const r=[];for(const c of ['a']){r.push(()=>c+s)}return r.map(f=>f())})()")()).toEqual(["afor (const x of y) const z"]);
  });
  it("through indirect eval", () => {
    expect((0, eval)("(function(){const o=[];for(let i=0;i<3;i++){const v=i*10;o.push(v)}return o})()")).toEqual([0, 10, 20]);
    expect((0, eval)("(function(){const fs=[];for(let i=0;i<3;i++){fs.push(()=>i)}return fs.map(f=>f())})()")).toEqual([0, 1, 2]);
    expect((0, eval)("(function(){const r=[];for(let i=0;i<5;i++){r.push(()=>i);i++}return r.map(f=>f())})()")).toEqual([1, 3, 5]);
    expect((0, eval)("(function(){const r=[];for(let i=0,n=3;i<n;i++){r.push(()=>i+n)}return r.map(f=>f())})()")).toEqual([3, 4, 5]);
    expect((0, eval)("(function(){const fs=[];for(const x of [1,2,3]){fs.push(()=>x)}return fs.map(f=>f())})()")).toEqual([1, 2, 3]);
    expect((0, eval)("(function(){const fs=[];for(const [k,v] of Object.entries({a:1,b:2})){fs.push(()=>k+v)}return fs.map(f=>f())})()")).toEqual(["a1", "b2"]);
    expect((0, eval)("(function(){const fs=[];for(let k in {a:1,b:2}){fs.push(()=>k)}return fs.map(f=>f())})()")).toEqual(["a", "b"]);
    expect((0, eval)("(function(){let s='';for(const k in {a:1,b:2})s+=k;return s})()")).toEqual("ab");
    expect((0, eval)("(function(){const r=[];{const a=1;r.push(a)}{const a=2;r.push(a)}return r})()")).toEqual([1, 2]);
    expect((0, eval)("(function(){const r=[];for(let i=0;i<3;i++){const v=i;r.push(v);if(i==0){const v='x';r.push(v)}}return r})()")).toEqual([0, "x", 1, 2]);
    expect((0, eval)("(function(){const r=[];for(let i=0;i<3;i++){if(i%2==0){const v=i;r.push(v)}else{const v=-i;r.push(v)}}return r})()")).toEqual([0, -1, 2]);
    expect((0, eval)("(function(){const r=[];for(let i=0;i<2;i++){let a;if(i==0)a=5;r.push(a)}return r})()")).toEqual([5, undefined]);
    expect((0, eval)("(function(){const a=[];let i=0;do{const c=i;a.push(()=>c)}while(++i<3);return a.map(f=>f())})()")).toEqual([0, 1, 2]);
    expect((0, eval)("(function(){function* g(){for(let i=0;i<3;i++){const v=i*10;yield v}}return Array.from(g())})()")).toEqual([0, 10, 20]);
    expect((0, eval)("(function(){const r=[];for(let i=0;i<2;i++){for(let j=0;j<2;j++){const p=i*2+j;r.push(()=>p+':'+j)}}return r.map(f=>f())})()")).toEqual(["0:0", "1:1", "2:0", "3:1"]);
    expect((0, eval)("(function(){const r=[];for(let i=0;i<9;i++){if(i==1)continue;if(i==4)break;r.push(()=>i)}const f=(function(){for(let i=0;i<5;i++){if(i==2)return ()=>i}})();return r.map(g=>g()).concat(f())})()")).toEqual([0, 2, 3, 2]);
    expect((0, eval)("(function(){const r=[];outer:for(let i=0;i<3;i++){for(let j=0;j<3;j++){if(j==1)continue outer;r.push(()=>i*10+j)}}return r.map(f=>f())})()")).toEqual([0, 10, 20]);
    expect((0, eval)("(function(){const r=[];for(let i=0;({i}).i<3;i++){r.push(()=>i)}return r.map(f=>f())})()")).toEqual([0, 1, 2]);
    expect((0, eval)("(function(){const s='for (const x of y) const z';const r=[];for(const c of ['a']){r.push(()=>c+s)}return r.map(f=>f())})()")).toEqual(["afor (const x of y) const z"]);
  });
  it("through direct eval", () => {
    expect((function(){ return eval("(function(){const o=[];for(let i=0;i<3;i++){const v=i*10;o.push(v)}return o})()") })()).toEqual([0, 10, 20]);
    expect((function(){ return eval("(function(){const fs=[];for(let i=0;i<3;i++){fs.push(()=>i)}return fs.map(f=>f())})()") })()).toEqual([0, 1, 2]);
    expect((function(){ return eval("(function(){const r=[];for(let i=0;i<5;i++){r.push(()=>i);i++}return r.map(f=>f())})()") })()).toEqual([1, 3, 5]);
    expect((function(){ return eval("(function(){const r=[];for(let i=0,n=3;i<n;i++){r.push(()=>i+n)}return r.map(f=>f())})()") })()).toEqual([3, 4, 5]);
    expect((function(){ return eval("(function(){const fs=[];for(const x of [1,2,3]){fs.push(()=>x)}return fs.map(f=>f())})()") })()).toEqual([1, 2, 3]);
    expect((function(){ return eval("(function(){const fs=[];for(const [k,v] of Object.entries({a:1,b:2})){fs.push(()=>k+v)}return fs.map(f=>f())})()") })()).toEqual(["a1", "b2"]);
    expect((function(){ return eval("(function(){const fs=[];for(let k in {a:1,b:2}){fs.push(()=>k)}return fs.map(f=>f())})()") })()).toEqual(["a", "b"]);
    expect((function(){ return eval("(function(){let s='';for(const k in {a:1,b:2})s+=k;return s})()") })()).toEqual("ab");
    expect((function(){ return eval("(function(){const r=[];{const a=1;r.push(a)}{const a=2;r.push(a)}return r})()") })()).toEqual([1, 2]);
    expect((function(){ return eval("(function(){const r=[];for(let i=0;i<3;i++){const v=i;r.push(v);if(i==0){const v='x';r.push(v)}}return r})()") })()).toEqual([0, "x", 1, 2]);
    expect((function(){ return eval("(function(){const r=[];for(let i=0;i<3;i++){if(i%2==0){const v=i;r.push(v)}else{const v=-i;r.push(v)}}return r})()") })()).toEqual([0, -1, 2]);
    expect((function(){ return eval("(function(){const r=[];for(let i=0;i<2;i++){let a;if(i==0)a=5;r.push(a)}return r})()") })()).toEqual([5, undefined]);
    expect((function(){ return eval("(function(){const a=[];let i=0;do{const c=i;a.push(()=>c)}while(++i<3);return a.map(f=>f())})()") })()).toEqual([0, 1, 2]);
    expect((function(){ return eval("(function(){function* g(){for(let i=0;i<3;i++){const v=i*10;yield v}}return Array.from(g())})()") })()).toEqual([0, 10, 20]);
    expect((function(){ return eval("(function(){const r=[];for(let i=0;i<2;i++){for(let j=0;j<2;j++){const p=i*2+j;r.push(()=>p+':'+j)}}return r.map(f=>f())})()") })()).toEqual(["0:0", "1:1", "2:0", "3:1"]);
    expect((function(){ return eval("(function(){const r=[];for(let i=0;i<9;i++){if(i==1)continue;if(i==4)break;r.push(()=>i)}const f=(function(){for(let i=0;i<5;i++){if(i==2)return ()=>i}})();return r.map(g=>g()).concat(f())})()") })()).toEqual([0, 2, 3, 2]);
    expect((function(){ return eval("(function(){const r=[];outer:for(let i=0;i<3;i++){for(let j=0;j<3;j++){if(j==1)continue outer;r.push(()=>i*10+j)}}return r.map(f=>f())})()") })()).toEqual([0, 10, 20]);
    expect((function(){ return eval("(function(){const r=[];for(let i=0;({i}).i<3;i++){r.push(()=>i)}return r.map(f=>f())})()") })()).toEqual([0, 1, 2]);
    expect((function(){ return eval("(function(){const s='for (const x of y) const z';const r=[];for(const c of ['a']){r.push(()=>c+s)}return r.map(f=>f())})()") })()).toEqual(["afor (const x of y) const z"]);
  });
  // </known-answers>
});

describe('code generated at run time, in the shapes zod, ajv and lodash.template build', () => {
  it('runs a zod-style object parser built with new Function (a const per key, in sibling blocks)', () => {
    const parse = generated.zodLikeParser(['name', 'age', 'tags']);
    expect(parse({ name: 'a', age: 1, tags: [] })).toEqual({ issues: [], value: { name: 'a', age: 1, tags: [] } });
    expect(parse({ name: 'a' }).issues).toEqual(['age', 'tags']);
  });
  it('runs an ajv-style validator built with new Function (const and closures in loops)', () => {
    const validate = generated.ajvLikeValidator({ k: 'string', v: 'number' });
    expect(validate([{ k: 'a', v: 1 }, { k: 2, v: 'x' }, { k: 'c', v: 3 }])).toEqual(['1/k', '1/v']);
    expect(validate.checks.map(f => f())).toEqual(['k', 'v']);
  });
  it('runs a lodash.template-style function (let/const in a loop inside `with`)', () => {
    expect(generated.templateLike('<% for (let i = 0; i < n; i++) { const v = i * 10; %><%= v %>,<% } %>')({ n: 3 }))
      .toEqual('0,10,20,');
  });
  it('compiled the unbundled fixture itself rather than lowering it with Node.js', () => {
    expect(generated.zodLikeParser.toString()).toContain('const ');
  });
});
