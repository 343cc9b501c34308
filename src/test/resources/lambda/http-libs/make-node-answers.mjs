// Runs every event of events.json through its handler on Node and writes node-answers.json, the answers
// HttpLibrariesOverEmulatorTest expects from llrt (`npm ci && node make-node-answers.mjs` in this folder).
// Per-run header values (date) are left out on both sides.
import fs from 'node:fs';

const events = JSON.parse(fs.readFileSync(new URL('./events.json', import.meta.url)));
const answers = {};
for (const [handlerName, list] of Object.entries(events)) {
  const [file, exported] = handlerName.split('.');
  const mod = await import(`./${file}.mjs`);
  answers[handlerName] = [];
  for (const event of list) {
    const answer = await mod[exported](event, {});
    if (answer && answer.headers) delete answer.headers.date;
    answers[handlerName].push(answer);
  }
}
fs.writeFileSync(new URL('./node-answers.json', import.meta.url), JSON.stringify(answers, null, 1) + '\n');
console.log(`node-answers.json from Node ${process.version}`);
