// ES modules importing CommonJS, JSON and packages: conditions as seen by import, createRequire from ESM, and
// the errors an import can fail with.
import { createRequire } from 'node:module';

const fixtureDir = import.meta.dirname + '/fixtures';
// a require() as a module in fixtures/ would have (the file need not exist)
const requireInFixtures = () => createRequire(fixtureDir + '/entry.cjs');

async function importError(spec) {
  try {
    await import(spec);
  } catch (e) {
    return e;
  }
  throw new Error(`import('${spec}') did not fail`);
}

describe('ES modules importing CommonJS', () => {
  it('binds default to module.exports and named imports to its keys', async () => {
    const ns = await import('./fixtures/interop/import-cjs.mjs');
    expect(ns.named).toEqual({ x: 1, y: 'why', fn: ns.named.fn });
    expect(ns.x).toBe(1);
    expect(ns.y).toBe('why');
    expect(ns.fnResult).toBe('fn');
    expect(ns.main()).toBe('main');
    expect(ns.nsOfCjs.default).toBe(ns.named);
    expect(ns.nsOfCjs.x).toBe(1);
    expect(ns.json.list).toEqual([1, 2, 3]);
  });

  it('re-exports CommonJS with export * and export { } from', async () => {
    const ns = await import('./fixtures/interop/reexport-cjs.mjs');
    expect(Object.keys(ns).sort()).toEqual(['flagged', 'fn', 'named', 'namedDefault', 'why', 'x', 'y']);
    expect(ns.x).toBe(1);
    expect(ns.why).toBe('why');
    expect(ns.namedDefault.y).toBe('why');
  });

  it('takes module.exports as default even from modules marked __esModule', async () => {
    const ns = await import('./fixtures/interop/reexport-cjs.mjs');
    expect(ns.flagged).toEqual({ default: 'the default property', named: 'named' });
    expect(ns.named).toBe('named');
  });

  it('shares one module.exports between require and import', async () => {
    const require = createRequire(import.meta.url);
    const ns = await import('./fixtures/cjs/named.cjs');
    expect(ns.default).toBe(require('./fixtures/cjs/named.cjs'));
  });
});

describe('package conditions under import', () => {
  it('picks "import" for import and "require" for require', async () => {
    // packages resolve from the importing file: go through a fixture module that imports them
    const req = requireInFixtures();
    expect(req('cond-pkg').via).toBe('require');
    const ns = await import('./fixtures/interop/packages.mjs');
    expect(ns.condPkg).toBe('import');
    expect(ns.onlyDefault).toBe('default');
    expect(ns.feature).toBe('alpha');
    expect(ns.esmOnly).toBe('esm-only default');
  });

  it('ignores package.json "module", as Node does, so import and require share one instance', async () => {
    const ns = await import('./fixtures/interop/packages.mjs');
    const req = requireInFixtures();
    expect(ns.dualFlavour).toBe('main (CommonJS)');
    expect(ns.dualDefault).toBe(req('dual-fields'));
  });

  it('treats a null condition target as excluded rather than falling through', async () => {
    const ns = await import('./fixtures/interop/packages.mjs');
    let error = null;
    try {
      await ns.notForImport();
    } catch (e) {
      error = e;
    }
    expect(error && error.code).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    expect(requireInFixtures()('cond-pkg/not-for-import').via).toBe('default');
  });

  it('maps #imports with the "import" condition', async () => {
    const ns = await import('./fixtures/imports-pkg/src/esm.mjs');
    expect(ns.internal).toBe('internal');
    expect(ns.via).toBe('import');
  });
});

describe('createRequire from an ES module', () => {
  it('requires relative to import.meta.url, a filename or a directory URL', async () => {
    const ns = await import('./fixtures/interop/create-require.mjs');
    expect(ns.viaUrl).toBe('why');
    expect(ns.viaPath).toBe('cjs-js');
    expect(ns.viaDirUrl).toBe('cjs');
    expect(ns.resolved).toBe(fixtureDir + '/node_modules/plain-pkg/main.js');
    expect(ns.builtinResolved).toBe('node:path');
    expect(ns.condViaRequire).toBe('require');
  });
});

describe('import errors', () => {
  it('rejects with ERR_MODULE_NOT_FOUND naming the missing file and its importer', async () => {
    const error = await importError('./fixtures/errors/imports-missing.mjs');
    expect(error.code).toBe('ERR_MODULE_NOT_FOUND');
    expect(error.message).toMatch('does-not-exist.mjs');
    expect(error.message).toMatch('imports-missing.mjs');
  });

  it('rejects with ERR_MODULE_NOT_FOUND for a missing package', async () => {
    const error = await importError('no-such-package-anywhere');
    expect(error.code).toBe('ERR_MODULE_NOT_FOUND');
    expect(error.message).toMatch('no-such-package-anywhere');
  });

  it('rejects with ERR_PACKAGE_PATH_NOT_EXPORTED', async () => {
    const error = await importError(fixtureDir + '/interop/not-exported.mjs');
    expect(error.code).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  // stricter than Node, whose message leaves the file out (it prints it beside the stack instead)
  it('rejects with a SyntaxError naming the file that does not parse', async () => {
    const error = await importError('./fixtures/errors/syntax.mjs');
    expect(error).toBeInstanceOf(SyntaxError);
    expect(String(error.message) + String(error.stack)).toMatch('syntax.mjs');
  });

  it('keeps failing with the same error when a module threw while evaluating', async () => {
    const first = await importError('./fixtures/errors/imports-thrower.mjs');
    const second = await importError('./fixtures/errors/throws-at-eval.mjs');
    expect(first).toBeInstanceOf(RangeError);
    expect(first.message).toBe('evaluation failed');
    expect(second).toBe(first);
    expect(globalThis.__esmThrowCount).toBe(1);
  });

  it('rejects importers of a module whose top-level await rejected, without running them', async () => {
    const first = await importError('./fixtures/errors/tla-reject/importer.mjs');
    const second = await importError('./fixtures/errors/tla-reject/importer.mjs');
    expect(first.message).toBe('rejected after await');
    expect(second).toBe(first);
    expect(globalThis.__tlaRejectRuns).toBe(1);
    expect(globalThis.__tlaRejectImporterRan).toBeUndefined();
  });

  it('can import again after a missing dependency made an import fail', async () => {
    const first = await importError('./fixtures/errors/imports-missing.mjs');
    const second = await importError('./fixtures/errors/imports-missing.mjs');
    expect(second.code).toBe(first.code);
  });
});
