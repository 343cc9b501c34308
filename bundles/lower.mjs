#!/usr/bin/env node
// Build-time lowering for llrt-java: turns modern JavaScript/TypeScript into code Rhino 1.9.1 runs.
//   node lower.mjs bundle <entry> --outdir <dir> [--builtins <name,...>] [--external <pattern>]... [--minify]
//   node lower.mjs serve                      (JSON lines on stdin -> JSON lines on stdout)
//   node lower.mjs transform <file>           (one file, code on stdout)
// Output contract relied on by dev.llrtj.lowering and the module loader:
//   ES modules  -> first line `/*llrt:system*/`, then `System.register([deps], function (_export, _context) {...})`
//   scripts/CJS -> first line `/*llrt:cjs*/`
// Source maps account for the header line and point at the original files.
import { builtinModules } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import * as babel from '@babel/core';
import { hoistMocksPlugin, mayHoistMocks } from './jest-hoist.mjs';
import { modulePassPlugins, lowerPassOptions, finalPassPlugins, rhinoHelpers, RHINO_SHARED_HELPER_SOURCES } from './rhino-babel.mjs';

export const SYSTEM_HEADER = '/*llrt:system*/';
export const CJS_HEADER = '/*llrt:cjs*/';

// es2022 keeps top-level await for the module pass while esbuild still lowers decorators and `using`.
export const ESBUILD_TARGET = 'es2022';

// Left to the runtime: its built-ins and the embedded SDK. `llrt bundle` passes the runtime's own list of built-in
// names (--builtins, read from its module registry); run directly, Node's built-ins stand in for it.
export const RUNTIME_EXTERNALS = ['@aws-sdk/*', '@smithy/*', 'llrt:*'];
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => 'node:' + m)]);

// Node built-ins the runtime lacks stay imports (code may require them inside try/catch), with a warning now
// rather than only a failure at run time.
function missingBuiltinsPlugin(builtins, warnings) {
  const known = new Set(builtins);
  return {
    name: 'llrt-missing-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (known.has(args.path) || !(NODE_BUILTINS.has(args.path) || args.path.startsWith('node:'))) return undefined;
        warnings.push(`'${args.path}' (imported by ${args.importer}) is not a ` +
          'built-in module of llrt: the import fails at run time');
        return { path: args.path, external: true };
      });
    },
  };
}

const TS_LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx' };

/** A failure whose message already names file:line:col. */
class LoweringError extends Error {}

function locate(file, line, column, message) {
  return new LoweringError(`${file}:${line}:${column}: ${message}`);
}

function esbuildFailure(e, fallbackFile) {
  const first = e.errors?.[0];
  if (!first) return e;
  const loc = first.location;
  return loc
    ? locate(loc.file || fallbackFile, loc.line, loc.column + 1, first.text)
    : new LoweringError(`${fallbackFile}: ${first.text}`);
}

function babelFailure(e, file) {
  if (e.loc) {
    const message = String(e.message).replace(/^[^:]*: /, '').replace(/\s*\(\d+:\d+\)[\s\S]*$/, '');
    return locate(file, e.loc.line, e.loc.column + 1, message);
  }
  return new LoweringError(`${file}: ${e.message}`);
}

// Decided from the syntax, not the extension alone: a .js file may be either.
function moduleKind(file, ast) {
  const ext = path.extname(file);
  if (ext === '.mjs' || ext === '.mts') return true;
  if (ext === '.cjs' || ext === '.cts') return false;
  if (ast.program.sourceType === 'module') return true;
  let topLevelAwait = false;
  babel.traverse(ast, {
    Function(p) {
      p.skip();
    },
    'AwaitExpression|ForOfStatement'(p) {
      if (p.isAwaitExpression() || p.node.await) {
        topLevelAwait = true;
        p.stop();
      }
    },
    MetaProperty(p) {
      if (p.node.meta.name === 'import') {
        topLevelAwait = true;
        p.stop();
      }
    },
  });
  return topLevelAwait;
}

function parse(file, code, sourceType) {
  return babel.parseSync(code, {
    filename: file,
    babelrc: false,
    configFile: false,
    sourceType,
    parserOpts: { allowAwaitOutsideFunction: sourceType !== 'module', allowReturnOutsideFunction: sourceType !== 'module' },
  });
}

/**
 * Lowers one file's source (already bundled or not) with Babel.
 * `inputMap` is the source map of `code` when it came out of esbuild.
 */
export const SHARED_HELPERS = '_llrtH';

/**
 * `helpersModule`: a require() path to a module exporting Babel's helpers (see buildSharedHelpers); the code then
 * calls `_llrtH.name(...)` from it instead of carrying its own copies, and the result lists the names it uses.
 */
export function lowerWithBabel(file, code, inputMap, { forceModule, minify, helpersModule } = {}) {
  let ast;
  let isModule;
  try {
    const ext = path.extname(file);
    const forced = forceModule || ext === '.mjs' || ext === '.mts';
    ast = parse(file, code, forced ? 'module' : ext === '.cjs' || ext === '.cts' ? 'script' : 'unambiguous');
    isModule = forced || moduleKind(file, ast);
    // moduleKind's traversal cached NodePaths bound to Babel's default hub; the transforms below reuse the same
    // AST (cloneInputAst: false) and would then fail to inject helpers ("Helpers are not supported by the default hub")
    babel.traverse.cache.clear();
    if (isModule && ast.program.sourceType !== 'module') ast = parse(file, code, 'module');
  } catch (e) {
    throw babelFailure(e, file);
  }
  const common = {
    filename: file,
    babelrc: false,
    configFile: false,
    cloneInputAst: false,
    sourceType: isModule ? 'module' : 'script',
  };
  try {
    const sharedHelpers = helpersModule ? SHARED_HELPERS : undefined;
    const helpers = new Set();
    const collect = (result) => (result.metadata.llrtHelpers || []).forEach((h) => helpers.add(h));
    if (mayHoistMocks(code)) { // a test file's jest.mock/vi.mock calls run before its imports and require()s
      ast = babel.transformFromAstSync(ast, code, { ...common, plugins: [hoistMocksPlugin], ast: true, code: false }).ast;
    }
    if (isModule) {
      const plugins = sharedHelpers ? [[rhinoHelpers, { shared: sharedHelpers }], ...modulePassPlugins] : modulePassPlugins;
      const result = babel.transformFromAstSync(ast, code, { ...common, plugins, ast: true, code: false });
      collect(result);
      ast = result.ast;
    }
    const lowered = babel.transformFromAstSync(ast, code, { ...common, ...lowerPassOptions({ isModule, sharedHelpers }), ast: true, code: false });
    collect(lowered);
    ast = lowered.ast;
    const out = babel.transformFromAstSync(ast, code, {
      ...common,
      plugins: finalPassPlugins,
      sourceMaps: true,
      sourceFileName: file,
      inputSourceMap: inputMap || undefined,
      // never 'auto': past 500 KB Babel would pack the output onto a few lines, and Rhino reports lines only, so the
      // map could no longer tell which original file and line a frame is in
      compact: !!minify,
      minified: !!minify,
      comments: !minify,
    });
    let header = isModule ? SYSTEM_HEADER : CJS_HEADER;
    const map = out.map;
    // the header is one more generated line before everything the map describes
    map.mappings = ';' + map.mappings;
    // the names as the code uses them: some transforms ask for a helper where the metadata above does not see it
    if (sharedHelpers) for (const m of out.code.matchAll(/\b_llrtH\.(\w+)/g)) helpers.add(m[1]);
    if (helpers.size) {
      header += `\nvar ${SHARED_HELPERS} = require(${JSON.stringify(helpersModule)});`;
      map.mappings = ';' + map.mappings;
    }
    return { code: header + '\n' + out.code + '\n', map: JSON.stringify(map), isModule, helpers: [...helpers] };
  } catch (e) {
    if (e instanceof LoweringError) throw e;
    throw babelFailure(e, file);
  }
}

/**
 * A CommonJS module exporting the named Babel helpers (and those they use), lowered for Rhino, with the Rhino
 * replacements for Reflect.construct-based helpers: what files lowered with `helpersModule` require.
 */
export function buildSharedHelpers(names, file) {
  const wanted = new Set(names);
  let source;
  for (;;) {
    source = babel.buildExternalHelpers([...wanted], 'var');
    const before = wanted.size;
    for (const m of source.matchAll(/babelHelpers\.(\w+)/g)) wanted.add(m[1]);
    if (wanted.size === before) break;
  }
  const overrides = Object.entries(RHINO_SHARED_HELPER_SOURCES)
    .map(([name, fn]) => `babelHelpers.${name} = ${fn};`)
    .join('\n');
  const code = `${source}\n${overrides}\nmodule.exports = babelHelpers;\n`;
  return lowerWithBabel(file, code, null, { minify: true }).code;
}

/** Transform only, no bundling: what the runtime asks for file by file. */
export async function transformFile(file, source) {
  const loader = TS_LOADERS[path.extname(file)];
  if (!loader) return lowerWithBabel(file, source, null);
  let result;
  try {
    result = await esbuild.transform(source, {
      loader,
      sourcefile: file,
      sourcemap: 'external',
      target: ESBUILD_TARGET,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: false, verbatimModuleSyntax: false } },
    });
  } catch (e) {
    throw esbuildFailure(e, file);
  }
  return lowerWithBabel(file, result.code, JSON.parse(result.map));
}

/** esbuild bundle of an entry point, then lowering; writes <outdir>/<name>.mjs and .mjs.map. */
export async function bundle(entry, { outdir, externals = [], builtins = null, minify = false }) {
  const name = path.basename(entry).replace(/\.[^.]+$/, '');
  const outfile = path.resolve(outdir, name + '.mjs');
  const warnings = [];
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: ESBUILD_TARGET,
      outfile,
      write: false,
      sourcemap: 'external',
      minify,
      external: [...(builtins || [...NODE_BUILTINS, 'node:*']), ...RUNTIME_EXTERNALS, ...externals],
      plugins: builtins ? [missingBuiltinsPlugin(builtins, warnings)] : [],
      logLevel: 'silent',
    });
  } catch (e) {
    throw esbuildFailure(e, entry);
  }
  const js = result.outputFiles.find((f) => f.path.endsWith('.mjs'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  const lowered = lowerWithBabel(outfile, js.text, JSON.parse(map.text), { forceModule: true, minify });
  // esbuild's sources are relative to the output directory; keep them so, the map sits beside the code
  const finalMap = JSON.parse(lowered.map);
  finalMap.file = path.basename(outfile);
  mkdirSync(path.dirname(outfile), { recursive: true });
  writeFileSync(outfile, lowered.code + `//# sourceMappingURL=${path.basename(outfile)}.map\n`);
  writeFileSync(outfile + '.map', JSON.stringify(finalMap));
  [...new Set(warnings)].forEach((w) => process.stderr.write(`llrt bundle: warning: ${w}\n`));
  return outfile;
}

async function serve() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  // answers go out in request order; requests are handled one at a time, Babel is synchronous anyway
  for await (const line of rl) {
    if (!line.trim()) continue;
    let id = null;
    let reply;
    try {
      const req = JSON.parse(line);
      id = req.id ?? null;
      const out = await transformFile(req.file, req.source);
      reply = { id, code: out.code, map: out.map };
    } catch (e) {
      reply = { id, error: e instanceof LoweringError ? e.message : `${e?.stack || e}` };
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
  }
}

function usage() {
  process.stderr.write(
    'usage: node lower.mjs bundle <entry> --outdir <dir> [--builtins <name,...>] [--external <pattern>]... [--minify]\n' +
      '       node lower.mjs serve\n' +
      '       node lower.mjs transform <file>\n',
  );
  return 2;
}

async function main(argv) {
  const [mode, ...rest] = argv;
  try {
    if (mode === 'serve') {
      await serve();
      return 0;
    }
    if (mode === 'transform' && rest.length === 1) {
      const file = path.resolve(rest[0]);
      const out = await transformFile(file, readFileSync(file, 'utf8'));
      process.stdout.write(out.code);
      return 0;
    }
    if (mode === 'bundle') {
      let entry;
      let outdir = 'dist';
      let minify = false;
      const externals = [];
      let builtins = null;
      for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        if (a === '--outdir' || a === '-o') outdir = rest[++i];
        else if (a === '--external') externals.push(rest[++i]);
        else if (a === '--builtins') builtins = String(rest[++i] || '').split(',').filter(Boolean);
        else if (a === '--minify') minify = true;
        else if (!a.startsWith('-') && !entry) entry = a;
        else return usage();
      }
      if (!entry || !outdir) return usage();
      console.log(await bundle(entry, { outdir, externals, builtins, minify }));
      return 0;
    }
    return usage();
  } catch (e) {
    process.stderr.write((e instanceof LoweringError ? e.message : e?.stack || String(e)) + '\n');
    return 1;
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
