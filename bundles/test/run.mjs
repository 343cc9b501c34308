// Lowers every fixture in test/fixtures twice (file-by-file transform and esbuild bundle) into
// test/out/, records what Node prints for the original as <name>.expected, and checks the output
// contract (header line, source map pointing at the original). The Java side runs the lowered
// files on Rhino and compares their console output with the .expected files.
//   node test/run.mjs            lower + record expectations, write test/out/manifest.json
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { parseSync, traverse } from '@babel/core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { transformFile, bundle, SYSTEM_HEADER, CJS_HEADER } from '../lower.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');
const out = path.join(here, 'out');
const ENTRY = /\.(mjs|cjs|js|ts|mts|cts)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : ENTRY.test(name) ? [full] : [];
  });
}

// Every console.log call in the output must map back to an original line that has a console.log call:
// proof that the chained esbuild -> Babel map and the header shift are right.
function checkMappings(code, mapJson, mapDir) {
  const map = new TraceMap(mapJson);
  const lines = code.split('\n');
  const problems = [];
  let checked = 0;
  lines.forEach((text, i) => {
    for (let col = text.indexOf('console.log('); col >= 0; col = text.indexOf('console.log(', col + 1)) {
      const pos = originalPositionFor(map, { line: i + 1, column: col });
      checked++;
      if (pos.source == null) {
        problems.push(`output ${i + 1}:${col} maps nowhere`);
        continue;
      }
      const original = readFileSync(path.resolve(mapDir, pos.source), 'utf8').split('\n')[pos.line - 1] || '';
      if (!original.includes('console.log(')) problems.push(`output ${i + 1}:${col} maps to ${pos.source}:${pos.line}: ${original.trim()}`);
    }
  });
  if (checked === 0 && code.includes('console.log(')) problems.push('no mapping checked');
  return problems;
}

function checkContract(file, lowered) {
  const problems = [];
  const firstLine = lowered.code.slice(0, lowered.code.indexOf('\n'));
  const expectedHeader = lowered.isModule ? SYSTEM_HEADER : CJS_HEADER;
  if (firstLine !== expectedHeader) problems.push(`first line is ${JSON.stringify(firstLine)}, not ${expectedHeader}`);
  if (lowered.isModule && !lowered.code.includes('System.register(')) problems.push('no System.register call');
  const map = JSON.parse(lowered.map);
  if (!map.mappings.startsWith(';')) problems.push('source map does not skip the header line');
  if (!map.sources.some((s) => path.resolve(path.dirname(file), s) === file || s === file)) {
    problems.push(`source map sources ${JSON.stringify(map.sources)} do not name ${file}`);
  }
  problems.push(...checkMappings(lowered.code, map, path.dirname(file)));
  problems.push(...computedKeys(lowered.code));
  return problems;
}

// Rhino keeps the whole syntax tree of a file alive when an object literal in it has a computed key
// (rhino-babel.mjs): none may survive lowering.
function computedKeys(code) {
  const found = [];
  const ast = parseSync(code, { babelrc: false, configFile: false, sourceType: 'script' });
  traverse(ast, {
    'ObjectProperty|ObjectMethod'(p) {
      if (p.node.computed) found.push(`computed object key left at output line ${p.node.loc.start.line}`);
    },
  });
  return found;
}

// What Node itself prints for the fixture: the behaviour the lowered code must reproduce.
async function nodeOutput(file) {
  let runnable = file;
  if (/\.(ts|mts|cts)$/.test(file)) {
    runnable = path.join(out, 'node-run', path.basename(file).replace(/\.[^.]+$/, '.mjs'));
    await esbuild.build({ entryPoints: [file], bundle: true, platform: 'node', format: 'esm', outfile: runnable, logLevel: 'silent' });
  }
  return execFileSync(process.execPath, [runnable], { cwd: path.dirname(file), encoding: 'utf8', timeout: 20000 });
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const failures = [];
  let lowered = 0;
  for (const file of walk(fixtures)) {
    const rel = path.relative(fixtures, file);
    const target = path.join(out, 'transform', rel + '.js');
    lowered++;
    try {
      const result = await transformFile(file, readFileSync(file, 'utf8'));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, result.code);
      writeFileSync(target + '.map', result.map);
      for (const p of checkContract(file, result)) failures.push(`${rel}: ${p}`);
    } catch (e) {
      failures.push(`${rel}: transform failed: ${e.message}`);
    }
  }
  const manifest = [];
  for (const name of readdirSync(fixtures).filter((n) => ENTRY.test(n)).sort()) {
    const file = path.join(fixtures, name);
    const entry = { name, expected: `${name}.expected`, transform: `transform/${name}.js`, bundle: null };
    try {
      writeFileSync(path.join(out, entry.expected), await nodeOutput(file));
    } catch (e) {
      failures.push(`${name}: node run failed: ${e.message}`);
    }
    try {
      const outfile = await bundle(file, { outdir: path.join(out, 'bundle') });
      entry.bundle = path.relative(out, outfile);
      const code = readFileSync(outfile, 'utf8');
      if (!code.startsWith(SYSTEM_HEADER + '\n')) failures.push(`${name}: bundle lacks ${SYSTEM_HEADER}`);
      const map = JSON.parse(readFileSync(outfile + '.map', 'utf8'));
      const original = map.sources.map((s) => path.resolve(path.dirname(outfile), s));
      if (!original.includes(file)) failures.push(`${name}: bundle map sources ${map.sources} miss ${file}`);
      for (const p of checkMappings(code, map, path.dirname(outfile))) failures.push(`${name} (bundle): ${p}`);
    } catch (e) {
      failures.push(`${name}: bundle failed: ${e.message}`);
    }
    manifest.push(entry);
  }
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(`lowered ${lowered} files, ${manifest.length} entries into ${out}`);
  // one check per lowered file and one per bundled entry; an item fails once however many problems it has
  const failedItems = new Set(failures.map((f) => f.slice(0, f.indexOf(':')).replace(/ \(bundle\)$/, '') + (f.includes('bundle') ? '#bundle' : '')));
  const total = lowered + manifest.length;
  console.log(`${total - Math.min(failedItems.size, total)} passed, ${Math.min(failedItems.size, total)} failed`);
  process.exitCode = failures.length ? 1 : 0;
}

main();
