#!/usr/bin/env node
// Build step (Maven generate-resources): turns npm packages into built-in JS the runtime ships in its jar.
//   node vendor.mjs <outdir>      writes <outdir>/js/vendor/<name>.js for every entry of VENDORED
// Each entry is bundled by esbuild (CommonJS, Node built-ins left as require() calls, which the runtime's
// built-ins answer) and lowered for Rhino by lower.mjs. Skipped when every output is newer than this file and
// package-lock.json; a missing node_modules is installed from the lockfile first (a fresh clone builds).
import { builtinModules } from 'node:module';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Resource name (js/vendor/<name>.js, built-in `llrt:<name>`) -> npm entry. */
export const VENDORED = {
  // Node's own stream implementation; entry below the package index, which would require('stream') = us
  'readable-stream': 'readable-stream/lib/stream.js',
  'web-streams': 'web-streams-polyfill',
  // TC39's Temporal (fullcalendar's implementation); its time zones and formatting go through our Intl
  temporal: 'temporal-polyfill',
};

// Package requires that the runtime's built-ins answer instead of the npm polyfills the packages name.
const ALIASES = {
  'process/': 'process',
  'string_decoder/': 'string_decoder',
};
// Read at use, not at load: the web globals load lazily and may not exist in a given runtime build.
const SHIMS = {
  'abort-controller':
    'Object.defineProperty(exports, "AbortController", { get: () => globalThis.AbortController });\n' +
    'Object.defineProperty(exports, "AbortSignal", { get: () => globalThis.AbortSignal });\n',
};

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => 'node:' + m)]);

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : -1;
}

function upToDate(outFiles) {
  const inputs = Math.max(mtime(path.join(here, 'vendor.mjs')), mtime(path.join(here, 'package-lock.json')),
    mtime(path.join(here, 'lower.mjs')), mtime(path.join(here, 'rhino-babel.mjs')));
  return outFiles.every((f) => mtime(f) > inputs);
}

function ensureNodeModules() {
  if (existsSync(path.join(here, 'node_modules', '.package-lock.json'))) return;
  process.stderr.write(`llrt: installing the build tools (npm ci --prefix ${here})\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--prefix', here, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`npm ci in ${here} failed (${r.error?.message || 'exit ' + r.status})`);
}

// Aliased and built-in names stay require() calls; shims become small modules of their own.
const builtinsPlugin = {
  name: 'llrt-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (ALIASES[args.path]) return { path: ALIASES[args.path], external: true };
      if (SHIMS[args.path]) return { path: args.path, namespace: 'llrt-shim' };
      if (NODE_BUILTINS.has(args.path)) return { path: args.path, external: true };
      return undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'llrt-shim' }, (args) => ({ contents: SHIMS[args.path], loader: 'js' }));
  },
};

async function vendor(name, entry, outDir) {
  const esbuild = await import('esbuild');
  const { lowerWithBabel, ESBUILD_TARGET } = await import('./lower.mjs');
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: here,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: ESBUILD_TARGET,
    write: false,
    outfile: path.join(outDir, name + '.cjs'),
    plugins: [builtinsPlugin],
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].text;
  const lowered = lowerWithBabel(`llrt:${name}.cjs`, code, null);
  const out = path.join(outDir, name + '.js');
  writeFileSync(out, lowered.code);
  return out;
}

async function main(argv) {
  if (argv.length !== 1) {
    process.stderr.write('usage: node vendor.mjs <outdir>\n');
    return 2;
  }
  const outDir = path.resolve(argv[0], 'js', 'vendor');
  const outFiles = Object.keys(VENDORED).map((name) => path.join(outDir, name + '.js'));
  if (upToDate(outFiles)) return 0;
  ensureNodeModules();
  // afresh: a package dropped from VENDORED must not stay in the jar
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, entry] of Object.entries(VENDORED)) {
    const out = await vendor(name, entry, outDir);
    process.stderr.write(`llrt: vendored ${entry} -> ${path.relative(process.cwd(), out)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`vendor.mjs: ${e?.stack || e}\n`);
    process.exitCode = 1;
  },
);
