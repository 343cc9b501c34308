// Runs every event of events.json through its handler on Node and writes node-answers.json, the answers
// CodeGeneratingLibrariesTest expects from llrt in Lambda mode (`npm ci && node make-node-answers.mjs` in this folder).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const events = JSON.parse(fs.readFileSync(new URL('./events.json', import.meta.url)));
const handlers = {
  'index.handler': (await import('./index.mjs')).handler,
  'plain.handler': event => new Promise((resolve, reject) =>
    require('./plain.js').handler(event, {}, (err, value) => (err ? reject(err) : resolve(value)))),
};
const answers = {};
for (const [name, list] of Object.entries(events)) {
  answers[name] = [];
  for (const event of list) answers[name].push(await handlers[name](event));
}
fs.writeFileSync(new URL('./node-answers.json', import.meta.url), JSON.stringify(answers, null, 1) + '\n');
console.log(`node-answers.json from Node ${process.version}`);
