// CommonJS semantics of the loader: module objects, caching, cycles, require.resolve, require.cache, JSON,
// and require() of ES modules (Node 22 behaviour). Fixtures are required at test time so each test runs the loader.
const path = require('path');
const fixtures = path.join(__dirname, 'fixtures');

// the error fn throws (failing the test when it throws nothing); its code is what these tests compare
function thrownBy(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw from ' + fn);
}
const codeOf = fn => thrownBy(fn).code;

describe('module objects', () => {
  it('gives each module __filename, __dirname, module, exports and require', () => {
    const info = require('./fixtures/cjs/module-info.cjs');
    const file = path.join(fixtures, 'cjs/module-info.cjs');
    expect(info.filename).toBe(file);
    expect(info.dirname).toBe(path.join(fixtures, 'cjs'));
    expect(info.id).toBe(file);
    expect(info.moduleFilename).toBe(file);
    expect(info.thisIsExports).toBe(true);
    expect(info.requireIsFunction).toBe(true);
    expect(info.resolveSelf).toBe(file);
  });

  it('links a module to the first CommonJS module that required it', () => {
    const info = require('./fixtures/cjs/module-info.cjs');
    expect(info.parent).toBe(module);
    expect(module.children.map(m => m.filename)).toContain(info.filename);
  });

  it('describes this test file', () => {
    expect(__filename.endsWith('/loader/cjs.test.cjs')).toBe(true);
    expect(__dirname).toBe(path.dirname(__filename));
    expect(module.filename).toBe(__filename);
    expect(module.exports).toBe(exports);
    expect(typeof require.resolve).toBe('function');
    expect(module.paths[0]).toBe(path.join(__dirname, 'node_modules'));
    expect(module.paths[module.paths.length - 1]).toBe('/node_modules');
  });

  it('sets require.main to the entry module, which is this file under the test runner', () => {
    const main = require('./fixtures/cjs/module-info.cjs').main;
    expect(main).toBe(require.main);
    if (require.main !== undefined) {
      expect(require.main).toBe(module);
      expect(module.id).toBe('.');
    }
  });

  it('uses module.exports when it is replaced', () => {
    const main = require('./fixtures/cjs/function-export.cjs');
    expect(typeof main).toBe('function');
    expect(main()).toBe('main');
    expect(main.extra).toBe('extra');
  });
});

describe('caching', () => {
  it('runs a module once and returns the same exports', () => {
    const first = require('./fixtures/cjs/counter.cjs');
    const second = require('./fixtures/cjs/counter.cjs');
    const third = require(path.join(fixtures, 'cjs/counter.cjs'));
    const fourth = require('./fixtures/cjs/../cjs/counter.cjs');
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(fourth).toBe(first);
    expect(globalThis.__cjsCounterLoads).toBe(1);
  });

  it('exposes require.cache keyed by filename, and deleting an entry reloads the module', () => {
    const file = require.resolve('./fixtures/cjs/counter.cjs');
    const first = require(file);
    expect(require.cache[file].exports).toBe(first);
    expect(require.cache[file].loaded).toBe(true);
    delete require.cache[file];
    const reloaded = require(file);
    expect(reloaded).not.toBe(first);
    expect(reloaded.loads).toBe(first.loads + 1);
    expect(require(file)).toBe(reloaded);
  });

  it('forgets a module whose body threw so the next require retries it', () => {
    expect(() => require('./fixtures/cjs/throws-once.cjs')).toThrow('first load fails');
    expect(require('./fixtures/cjs/throws-once.cjs').attempt).toBe(2);
  });

  it('returns what user code put in require.cache', () => {
    const file = path.join(fixtures, 'cjs/injected.cjs');
    require.cache[file] = { id: file, filename: file, loaded: true, exports: { injected: true } };
    try {
      expect(require('./fixtures/cjs/injected.cjs')).toEqual({ injected: true });
    } finally {
      delete require.cache[file];
    }
  });

  it('shares require.cache between modules', () => {
    const other = require('./fixtures/cjs/module-info.cjs');
    expect(require.cache[path.join(fixtures, 'cjs/module-info.cjs')].exports).toBe(other);
    expect(module.require).toBeDefined();
  });
});

describe('cycles between CommonJS modules', () => {
  it('hands the partial exports of a module that is still running', () => {
    const a = require('./fixtures/cjs/cycle-a.cjs');
    expect(a.bSaw).toEqual({ early: 'a-early', late: undefined });
    expect(a.late).toBe('a-late');
    expect(require('./fixtures/cjs/cycle-b.cjs').sawFromA.early).toBe('a-early');
  });
});

describe('cycles between CommonJS and ES modules', () => {
  it('gives an ES module the partial exports of the CommonJS module that required it', () => {
    // Node 22 throws ERR_REQUIRE_CYCLE_MODULE here; llrt hands over what CommonJS cycles hand over
    const a = require('./fixtures/interop/cycle-a.cjs');
    expect(a.fromB).toBe('early');
  });
});

describe('require.resolve', () => {
  it('returns absolute filenames, and bare names for built-ins', () => {
    expect(require.resolve('./fixtures/types/plain')).toBe(path.join(fixtures, 'types/plain.js'));
    expect(require.resolve('./fixtures/types/dir-js')).toBe(path.join(fixtures, 'types/dir-js/index.js'));
    expect(require.resolve('node:path')).toBe('node:path');
    expect(require.resolve('path')).toBe('path');
  });

  it('throws MODULE_NOT_FOUND for a missing file', () => {
    expect(codeOf(() => require.resolve('./fixtures/nothing-here'))).toBe('MODULE_NOT_FOUND');
  });

  it('looks in options.paths when given', () => {
    const found = require.resolve('plain-pkg', { paths: [path.join(fixtures, 'app')] });
    expect(found).toBe(path.join(fixtures, 'app/node_modules/plain-pkg/main.js'));
    expect(require.resolve('./plain', { paths: ['/nowhere', path.join(fixtures, 'types')] })).toBe(path.join(fixtures, 'types/plain.js'));
    expect(codeOf(() => require.resolve('plain-pkg', { paths: ['/'] }))).toBe('MODULE_NOT_FOUND');
  });

  it('lists node_modules folders from require.resolve.paths', () => {
    const paths = require.resolve.paths('anything');
    expect(paths[0]).toBe(path.join(__dirname, 'node_modules'));
    expect(paths).toContain('/node_modules');
    expect(require.resolve.paths('path')).toBe(null);
    expect(require.resolve.paths('./x')).toEqual([__dirname]);
  });
});

describe('require of ES modules', () => {
  it('returns the namespace of a synchronous ES module', () => {
    const { ns, esmOnly, same } = require('./fixtures/interop/require-esm.cjs');
    expect(ns.a).toBe(1);
    expect(ns.default).toBe('values-default');
    expect(same).toBe(true);
    expect(esmOnly.name).toBe('esm-only');
    expect(esmOnly.default()).toBe('esm-only default');
  });

  it('marks the result __esModule when the module has a default export, keeping bindings live', () => {
    const ns = require('./fixtures/esm/values.mjs');
    expect(ns.__esModule).toBe(true);
    expect(Object.prototype.toString.call(ns)).toBe('[object Module]');
    const before = ns.counter;
    ns.increment();
    expect(ns.counter).toBe(before + 1);
    const noDefault = require('./fixtures/types/m.mjs');
    expect(noDefault.__esModule).toBeUndefined();
    expect(Object.keys(noDefault).sort()).toEqual(['hasRequire', 'kind']);
  });

  it('lets CommonJS import() ES modules and CommonJS', async () => {
    const loaders = require('./fixtures/cjs/dynamic-import.cjs');
    const values = await loaders.loadValues();
    expect(values.a).toBe(1);
    expect(values.default).toBe('values-default');
    const named = await loaders.loadSelf();
    expect(named.y).toBe('why');
    expect(named.default).toBe(require('./fixtures/cjs/named.cjs'));
  });

  // llrt only: the hook lowered CommonJS needs, since Rhino cannot parse import() in a script
  it('gives lowered CommonJS require.import(), which is import() relative to the module', async () => {
    const tla = await require.import('./fixtures/interop/tla.mjs');
    expect(tla.late).toBe(true);
    expect(await require.import('./fixtures/esm/values.mjs')).toBe(await require.import('./fixtures/esm/reexports.mjs').then(ns => ns.ns));
    expect(Object.keys(require)).not.toContain('import');
  });

  // bundles/rhino-babel.mjs lowers import() in CommonJS to require.import(SPEC), which has import()'s semantics
  it('lets CommonJS import() an ES module with top-level await', async () => {
    const ns = await require('./fixtures/cjs/import-tla.cjs').load();
    expect(ns.late).toBe(true);
  });

  it('refuses an ES module with top-level await (ERR_REQUIRE_ASYNC_MODULE)', () => {
    const load = require('./fixtures/interop/require-tla.cjs');
    expect(codeOf(load)).toBe('ERR_REQUIRE_ASYNC_MODULE');
  });

  it('loads .mjs files and "type": "module" scopes as ES modules', () => {
    expect(require('./fixtures/types/m.mjs').kind).toBe('mjs');
    expect(require('./fixtures/types/esm-scope/file.js').kind).toBe('esm by package type');
    expect(require('./fixtures/types/esm-scope/legacy.cjs').kind).toBe('cjs inside a module scope');
  });
});
