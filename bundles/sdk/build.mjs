#!/usr/bin/env node
// Builds the AWS SDK v3 embedded in llrt-java: one esbuild pass per flavour (an entry per package name and
// exported subpath, ES modules with shared chunks, minified), then every output file lowered by ../lower.mjs into
// System.register form for the runtime's module loader (chunks import each other by relative path).
//   node build.mjs [--out <dir>] [--force] [flavour...]     flavours: std-sdk (default), full-sdk, no-sdk
// Output per flavour: <out>/<flavour>/manifest.json (sdk version, package name -> file, warm-up endpoints) and the
// files it names. A flavour is skipped when its manifest is newer than the lockfile and the build scripts.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { FLAVOURS } from './flavours.mjs';
import { endpointTable } from './endpoints.mjs';
import { buildSharedHelpers } from '../lower.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MODULES = path.join(HERE, 'node_modules');
const SHIMS = path.join(HERE, 'shims');
// the runtime's module loader resolves these itself: Node built-ins and the runtime's own llrt:* modules
const EXTERNAL = ['node:*', 'llrt:*'];
const INPUTS = ['package-lock.json', 'build.mjs', 'flavours.mjs', 'endpoints.mjs', 'lower-worker.mjs', '../lower.mjs',
  '../rhino-babel.mjs', ...readdirSync(SHIMS).map((f) => 'shims/' + f)].map((f) => path.join(HERE, f));

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function packageJson(name) {
  return readJson(path.join(MODULES, name, 'package.json'));
}

/** The packages a flavour embeds: its own list plus every @aws-sdk, @smithy and @aws-crypto package they depend on. */
function closure(roots) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !existsSync(path.join(MODULES, name, 'package.json'))) return;
    seen.add(name);
    Object.keys(packageJson(name).dependencies || {}).forEach(visit);
  };
  roots.forEach(visit);
  return [...seen].filter((n) => /^@(aws-sdk|smithy|aws-crypto)\//.test(n)).sort();
}

/** Import specifiers a package offers: its root and each plain subpath of its "exports" map. */
function specifiersOf(name) {
  const pkg = packageJson(name);
  const runtimeCode = pkg.module || pkg.main || pkg.exports;
  if (!runtimeCode) return []; // types only (@aws-sdk/types has code; a few helper packages do not)
  if (!pkg.exports || typeof pkg.exports !== 'object') return [name];
  return Object.keys(pkg.exports)
    .filter((k) => k === '.' || (k.startsWith('./') && !k.includes('*') && !k.endsWith('.json')))
    .map((k) => (k === '.' ? name : name + k.slice(1)));
}

// esbuild plugin: the JVM-specific replacements (see shims/)
const llrtShims = {
  name: 'llrt-sdk-shims',
  setup(build) {
    build.onResolve({ filter: /^@smithy\/node-http-handler$/ }, () => ({ path: path.join(SHIMS, 'node-http-handler.mjs') }));
    const shim = (filter, file) =>
      build.onLoad({ filter }, () => ({ contents: readFileSync(path.join(SHIMS, file), 'utf8'), resolveDir: SHIMS, loader: 'js' }));
    shim(/[\\/]checksum[\\/]crc32[\\/]Crc32Node\.js$/, 'crc32-node.mjs');
    shim(/[\\/]crc[\\/]crc32c[\\/]Crc32cNode\.js$/, 'crc32c-node.mjs');
    shim(/[\\/]@aws-sdk[\\/]xml-builder[\\/]dist-es[\\/]xml-parser\.js$/, 'xml-parser.mjs');
    // The logger middleware builds a filtered copy of each command's input and output for logger.info, which the
    // default NoOpLogger drops: with that logger the copies are not made (3% of a warm SDK call, docs/warm-sdk.md).
    // Any other logger, or a NoOpLogger whose info was replaced, gets them as before.
    patch(build, /[\\/]middleware-logger[\\/]loggerMiddleware\.js$/, [
      ['logger?.info?.({', '__llrtLogs(logger) && logger?.info?.({', 1],
    ], 'import { NoOpLogger as __llrtNoOpLogger } from "@smithy/core/client";\n' +
      'const __llrtLogs = (logger) => !(logger instanceof __llrtNoOpLogger && logger.info === __llrtNoOpLogger.prototype.info);\n');
    // escapeUserAgent is a pure function of a [name, version] pair of strings, run on every pair of the user agent on
    // every request (regex replaces in the interpreter): its results are kept (up to 256 pairs); other shapes of
    // argument are escaped as before
    patch(build, /[\\/]middleware-user-agent[\\/]user-agent-middleware\.js$/, [
      ['const escapeUserAgent = (userAgentPair) => {',
        'const escapeUserAgent = (userAgentPair) => __llrtEscapeOnce(userAgentPair);\nconst __llrtEscapeUserAgent = (userAgentPair) => {', 1],
    ], 'const __llrtEscaped = new Map();\n' +
      'function __llrtEscapeOnce(pair) {\n' +
      '  if (!Array.isArray(pair) || pair.length > 2 || typeof pair[0] !== "string" || (pair[1] !== undefined && typeof pair[1] !== "string")) return __llrtEscapeUserAgent(pair);\n' +
      '  const key = JSON.stringify(pair);\n' +
      '  let escaped = __llrtEscaped.get(key);\n' +
      '  if (escaped === undefined) {\n' +
      '    escaped = __llrtEscapeUserAgent(pair);\n' +
      '    if (__llrtEscaped.size < 256) __llrtEscaped.set(key, escaped);\n' +
      '  }\n' +
      '  return escaped;\n' +
      '}\n');
    // the SDK's SignatureV4 with signRequest's hashing in Java (llrt:sigv4): the original file, then the shim's code
    patch(build, /[\\/]@smithy[\\/]signature-v4[\\/]dist-es[\\/]SignatureV4\.js$/, [],
      readFileSync(path.join(SHIMS, 'signature-v4-java.js'), 'utf8'));
  },
};

// Loads an SDK file with each [from, to, count] replaced (count occurrences exactly, else the build fails: a new SDK
// version must be looked at again) and `append` after it.
function patch(build, filter, replacements, append = '') {
  build.onLoad({ filter }, (args) => {
    let contents = readFileSync(args.path, 'utf8');
    for (const [from, to, count] of replacements) {
      const found = contents.split(from).length - 1;
      if (found !== count) throw new Error(`sdk patch: ${args.path} has ${found} of ${JSON.stringify(from)}, expected ${count}`);
      contents = contents.split(from).join(to);
    }
    return { contents: contents + '\n' + append, resolveDir: path.dirname(args.path), loader: 'js' };
  });
}

function entryName(spec) {
  return spec; // '@aws-sdk/client-s3' -> @aws-sdk/client-s3.js, '@smithy/core/serde' -> @smithy/core/serde.js
}

async function bundleFlavour(specs, outdir) {
  const entryPoints = specs.map((spec) => ({ in: spec, out: entryName(spec) }));
  const result = await esbuild.build({
    absWorkingDir: HERE,
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunks/[hash]',
    outdir,
    write: false,
    metafile: true,
    external: EXTERNAL,
    plugins: [llrtShims],
    logLevel: 'silent',
  });
  return result;
}

/** Lowers the esbuild outputs on worker threads (Babel is synchronous and the build machine has 2 cores). */
async function lowerAll(files, helpersFile) {
  const size = Math.max(1, Math.min(cpus().length, 4, files.length));
  const queue = files.slice().sort((a, b) => b.text.length - a.text.length); // biggest first
  const lowered = new Map();
  const helpers = new Set();
  await Promise.all(Array.from({ length: size }, () => new Promise((resolve, reject) => {
    const worker = new Worker(path.join(HERE, 'lower-worker.mjs'));
    const next = () => {
      const file = queue.shift();
      if (!file) {
        worker.terminate().then(() => resolve());
        return;
      }
      worker.once('message', (msg) => {
        if (msg.error) {
          worker.terminate();
          reject(new Error(msg.error));
          return;
        }
        lowered.set(file.path, msg.code);
        msg.helpers.forEach((h) => helpers.add(h));
        next();
      });
      let helpersModule = path.relative(path.dirname(file.path), helpersFile);
      if (!helpersModule.startsWith('.')) helpersModule = './' + helpersModule;
      worker.postMessage({ path: file.path, code: file.text, helpersModule });
    };
    worker.on('error', reject);
    next();
  })));
  lowered.set(helpersFile, buildSharedHelpers([...helpers], helpersFile));
  return lowered;
}

function upToDate(manifestFile) {
  if (!existsSync(manifestFile)) return false;
  const built = statSync(manifestFile).mtimeMs;
  return INPUTS.every((f) => !existsSync(f) || statSync(f).mtimeMs < built);
}

/** The embedded SDK's version: the newest of the pinned @aws-sdk packages (they are released together). */
export function sdkVersion(lock) {
  const direct = lock.packages[''].dependencies || {};
  let best = null;
  for (const name of Object.keys(direct)) {
    if (!name.startsWith('@aws-sdk/')) continue;
    const v = lock.packages['node_modules/' + name].version;
    if (!best || compareVersions(v, best) > 0) best = v;
  }
  return best;
}

function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

async function buildFlavour(flavour, outRoot, force) {
  const outdir = path.join(outRoot, flavour);
  const manifestFile = path.join(outdir, 'manifest.json');
  if (!force && upToDate(manifestFile)) {
    console.log(`sdk: ${flavour} is up to date`);
    return;
  }
  const started = Date.now();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const roots = FLAVOURS[flavour];
  if (roots.length === 0) {
    writeFileSync(manifestFile, JSON.stringify({ flavour, version: null, packages: {}, clients: {} }, null, 1) + '\n');
    console.log(`sdk: ${flavour}: no SDK`);
    return;
  }
  const packages = closure(roots);
  const specs = packages.flatMap(specifiersOf).concat('@smithy/node-http-handler').filter((s, i, a) => a.indexOf(s) === i);
  const bundled = await bundleFlavour(specs, outdir);
  const jsFiles = bundled.outputFiles.filter((f) => f.path.endsWith('.js'));
  const tBundle = Date.now();
  // Babel's helpers once for the whole flavour, not once per chunk (see rhinoHelpers in ../rhino-babel.mjs)
  const lowered = await lowerAll(jsFiles, path.join(outdir, 'chunks', 'babel-helpers.js'));
  const tLower = Date.now();
  let bytes = 0;
  for (const [file, code] of lowered) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, code);
    bytes += Buffer.byteLength(code);
  }
  const files = {};
  for (const spec of specs) {
    const rel = entryName(spec) + '.js';
    if (lowered.has(path.join(outdir, rel))) files[spec] = rel;
  }
  const lock = readJson(path.join(HERE, 'package-lock.json'));
  const clients = await endpointTable(roots.filter((n) => n.startsWith('@aws-sdk/client-')));
  const manifest = { flavour, version: sdkVersion(lock), packages: files, clients };
  writeFileSync(path.join(outdir, 'VERSION'), manifest.version + '\n');
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + '\n');
  console.log(`sdk: ${flavour}: ${Object.keys(files).length} entries, ${jsFiles.length} files, ${(bytes / 1048576).toFixed(1)} MiB; ` +
    `esbuild ${tBundle - started} ms, lowering ${tLower - tBundle} ms, total ${Date.now() - started} ms`);
}

async function main(argv) {
  let out = path.resolve(HERE, '../../target/sdk');
  let force = false;
  const flavours = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = path.resolve(argv[++i]);
    else if (argv[i] === '--force') force = true;
    else if (FLAVOURS[argv[i]]) flavours.push(argv[i]);
    else throw new Error(`unknown argument ${argv[i]} (flavours: ${Object.keys(FLAVOURS).join(', ')})`);
  }
  for (const flavour of flavours.length ? flavours : ['std-sdk']) await buildFlavour(flavour, out, force);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e?.errors?.length ? e.errors.map((x) => `${x.location?.file}:${x.location?.line}: ${x.text}`).join('\n') : e?.stack || e);
    process.exitCode = 1;
  });
}
