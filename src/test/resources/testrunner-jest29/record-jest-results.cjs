// Runs this project's tests under real Jest 29 and records what it reports, test by test, in jest-results.txt:
// the known answer Jest29SuiteTest holds `llrt test` to. Jest runs in a copy (npm ci there), so no node_modules
// lands in the source tree; its snapshots (__tests__/__snapshots__, and the inline ones Jest writes into the test
// files, taken out of the copy first) are copied back here.
//   node src/test/resources/testrunner-jest29/record-jest-results.cjs
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const here = __dirname;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jest29-'));
const copied = ['package.json', 'package-lock.json', 'babel.config.cjs', 'src', '__tests__'];
copied.forEach((name) => fs.cpSync(path.join(here, name), path.join(work, name), { recursive: true }));
// inline snapshots are Jest's to write: the copy's test files get theirs taken out (Jest29SuiteTest does the same)
const INLINE = /(\.(?:toMatchInlineSnapshot|toThrowErrorMatchingInlineSnapshot)\((?:\{[^`()]*(?:\([^`()]*\))?[^`()]*\})?)(?:,\s*)?`(?:[^`\\]|\\[\s\S])*`\)/g;
const tests = fs.readdirSync(path.join(work, '__tests__')).filter((f) => f.endsWith('.js')).map((f) => path.join('__tests__', f));
tests.forEach((f) => fs.writeFileSync(path.join(work, f), fs.readFileSync(path.join(work, f), 'utf8').replace(INLINE, '$1)')));
execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: work, stdio: 'inherit' });

const run = (args) => spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', ...args], { cwd: work, encoding: 'utf8' });
// first without --ci so snapshots that are not there yet get written (as a developer's first run does), then the
// run that counts, with --ci as on a build machine
run([]);
const report = path.join(work, 'jest-report.json');
run(['--ci', '--json', '--outputFile=' + report]);
const json = JSON.parse(fs.readFileSync(report, 'utf8'));

const lines = [];
json.testResults.forEach((file) => {
  const rel = path.relative(work, file.name);
  file.assertionResults.forEach((t) => lines.push(`${rel}\t${t.fullName}\t${t.status}`));
});
lines.sort();
const totals = `total ${json.numTotalTests} passed ${json.numPassedTests} failed ${json.numFailedTests} ` +
  `skipped ${json.numPendingTests} todo ${json.numTodoTests}`;
fs.writeFileSync(path.join(here, 'jest-results.txt'),
  `# written by record-jest-results.cjs from Jest ${require(path.join(work, 'node_modules/jest/package.json')).version}\n` +
  `${totals}\n${lines.join('\n')}\n`);
tests.forEach((f) => fs.copyFileSync(path.join(work, f), path.join(here, f)));
fs.cpSync(path.join(work, '__tests__', '__snapshots__'), path.join(here, '__tests__', '__snapshots__'), { recursive: true });
fs.rmSync(work, { recursive: true, force: true });
console.log(totals);
