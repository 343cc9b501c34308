// Node's resolution algorithm as seen by require(): extensions, index files, package.json main/exports/imports,
// node_modules lookup, built-ins. Every fixture is resolved at test time.
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
// requires as a module in fixtures/ would, so packages come from fixtures/node_modules (entry.cjs need not exist)
const fromFixtures = require('module').createRequire(path.join(fixtures, 'entry.cjs'));

describe('files and extensions', () => {
  it('loads .js, .cjs, .mjs and .json by their full name', () => {
    expect(require('./fixtures/types/plain.js').kind).toBe('cjs-js');
    expect(require('./fixtures/types/c.cjs').kind).toBe('cjs');
    expect(require('./fixtures/types/m.mjs').kind).toBe('mjs');
    expect(require('./fixtures/types/data.json')).toEqual({ kind: 'json', list: [1, 2, 3] });
  });

  it('tries .js then .json when the extension is left out', () => {
    expect(require('./fixtures/types/plain').kind).toBe('cjs-js');
    expect(require('./fixtures/types/data').kind).toBe('json');
  });

  it('respects "type": "commonjs" for .js files', () => {
    expect(require('./fixtures/types/cjs-scope/file.js').kind).toBe('cjs by package type');
  });

  it('loads index.js and index.json of a directory', () => {
    expect(require('./fixtures/types/dir-js')).toBe('dir-js index');
    expect(require('./fixtures/types/dir-js/')).toBe('dir-js index');
    expect(require('./fixtures/types/dir-json')).toEqual({ kind: 'dir-json index' });
  });

  it('follows package.json main, adding an extension', () => {
    expect(require('./fixtures/types/pkg-main').kind).toBe('package main without extension');
  });

  it('ignores a hashbang line in CommonJS and ES modules', () => {
    expect(require('./fixtures/types/shebang.js').shebang).toBe(true);
    expect(require('./fixtures/types/shebang.mjs').shebang).toBe('esm');
  });

  it('reports a JSON syntax error naming the file', () => {
    let error = null;
    try {
      require('./fixtures/errors/bad.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.message).toMatch('bad.json');
  });
});

describe('node_modules', () => {
  it('finds a package by main, and files inside it by subpath', () => {
    const plain = fromFixtures('plain-pkg');
    expect(plain.name).toBe('plain-pkg');
    expect(plain.sub()).toBe('plain-pkg/sub');
    expect(fromFixtures('plain-pkg/sub')).toBe('plain-pkg/sub');
    expect(fromFixtures('plain-pkg/package.json').name).toBe('plain-pkg');
  });

  it('finds scoped packages', () => {
    expect(fromFixtures('@scope/scoped')).toBe('@scope/scoped');
  });

  it('walks up the directory tree, nearest node_modules first', () => {
    const leaf = require('./fixtures/app/deep/er/est/leaf.cjs');
    expect(leaf.plain).toBe('app-local plain-pkg');
    expect(leaf.scoped).toBe('@scope/scoped');
  });

  it('throws MODULE_NOT_FOUND naming a missing package', () => {
    let error = null;
    try {
      fromFixtures('no-such-package');
    } catch (e) {
      error = e;
    }
    expect(error.code).toBe('MODULE_NOT_FOUND');
    expect(error.message).toMatch("Cannot find module 'no-such-package'");
  });
});

describe('package.json "exports"', () => {
  it('picks the "require" condition for require()', () => {
    expect(fromFixtures('cond-pkg').via).toBe('require');
    expect(fromFixtures.resolve('cond-pkg')).toBe(path.join(fixtures, 'node_modules/cond-pkg/lib/entry.cjs'));
  });

  it('falls back to "default"', () => {
    expect(fromFixtures('cond-pkg/only-default').via).toBe('default');
  });

  it('takes "node" from a conditions-only exports object', () => {
    expect(fromFixtures('sugar-pkg')).toBe('sugar-pkg node');
  });

  it('maps subpath patterns', () => {
    expect(fromFixtures('cond-pkg/features/alpha').feature).toBe('alpha');
    expect(fromFixtures('cond-pkg/features/nested/beta').feature).toBe('nested/beta');
    expect(fromFixtures('cond-pkg/package.json').name).toBe('cond-pkg');
    // './features/*.js' is more specific than './features/*' (longer part before the star)
    expect(fromFixtures.resolve('cond-pkg/features/alpha.js')).toBe(path.join(fixtures, 'node_modules/cond-pkg/src/features/alpha.js'));
  });

  it('refuses subpaths that are not exported (ERR_PACKAGE_PATH_NOT_EXPORTED)', () => {
    let error = null;
    try {
      fromFixtures('cond-pkg/src/internal.js');
    } catch (e) {
      error = e;
    }
    expect(error.code).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    expect(error.message).toMatch("'./src/internal.js'");
    expect(error.message).toMatch('cond-pkg');
    expect(codeOf(() => require('./fixtures/errors/not-exported.cjs')())).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('names the package when its "exports" has no main entry', () => {
    const error = thrownBy(() => fromFixtures('cond-pkg/features'));
    expect(error.code).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('refuses subpaths mapped to null', () => {
    expect(codeOf(() => fromFixtures('cond-pkg/features/secret/hidden'))).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('lets a package import itself by name', () => {
    expect(require('./fixtures/imports-pkg/src/main.js').self).toBe('internal');
  });
});

describe('package.json "imports"', () => {
  it('maps #names to files, patterns, packages and conditions', () => {
    const main = require('./fixtures/imports-pkg/src/main.js');
    expect(main.internal).toBe('internal');
    expect(main.util).toBe('util:strings');
    expect(main.dep).toBe('dep-of-imports');
    expect(main.cond).toBe('require');
  });

  it('throws for an unknown #name', () => {
    const main = require('./fixtures/imports-pkg/src/main.js');
    let error = null;
    try {
      main.missing();
    } catch (e) {
      error = e;
    }
    expect(error.code).toBe('ERR_PACKAGE_IMPORT_NOT_DEFINED');
    expect(error.message).toMatch('#nope');
  });
});

describe('built-ins', () => {
  it('resolves bare names and the node: prefix to the same module', () => {
    expect(require('node:path')).toBe(require('path'));
    expect(require('node:events')).toBe(require('events'));
    expect(typeof require('node:util').inspect).toBe('function');
  });

  it('refuses unknown node: names', () => {
    expect(codeOf(() => require('node:not-a-builtin'))).toBe('ERR_UNKNOWN_BUILTIN_MODULE');
  });

  it('does not mistake Object.prototype names for built-ins or aliases', () => {
    expect(codeOf(() => require('toString'))).toBe('MODULE_NOT_FOUND');
    expect(codeOf(() => require('constructor'))).toBe('MODULE_NOT_FOUND');
    expect(codeOf(() => require('node:hasOwnProperty'))).toBe('ERR_UNKNOWN_BUILTIN_MODULE');
  });

  it('prefers built-ins over node_modules of the same name', () => {
    expect(typeof fromFixtures('path').join).toBe('function');
  });
});

describe('module.createRequire', () => {
  it('resolves relative to the given file, path or file URL', () => {
    const { createRequire } = require('module');
    const req = createRequire(path.join(fixtures, 'types', 'x.js'));
    expect(req('./plain').kind).toBe('cjs-js');
    const byUrl = createRequire('file://' + path.join(fixtures, 'types', 'x.js'));
    expect(byUrl('./c.cjs').kind).toBe('cjs');
    const byDir = createRequire(path.join(fixtures, 'types') + '/');
    expect(byDir.resolve('./data')).toBe(path.join(fixtures, 'types/data.json'));
  });

  it('refuses relative paths', () => {
    expect(() => require('module').createRequire('relative/file.js')).toThrow(TypeError);
  });
});

describe('errors', () => {
  it('names the missing specifier and the requiring file', () => {
    let error = null;
    try {
      require('./fixtures/errors/requires-missing.cjs');
    } catch (e) {
      error = e;
    }
    expect(error.code).toBe('MODULE_NOT_FOUND');
    expect(error.message).toMatch("Cannot find module './does-not-exist'");
    expect(error.message).toMatch('requires-missing.cjs');
    expect(error.requireStack[0]).toBe(path.join(fixtures, 'errors/requires-missing.cjs'));
  });

  it('reports a syntax error in a required file as a SyntaxError naming the file', () => {
    let error = null;
    try {
      require('./fixtures/errors/syntax.cjs');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SyntaxError);
    expect(String(error.message) + String(error.stack)).toMatch('syntax.cjs');
  });
});
