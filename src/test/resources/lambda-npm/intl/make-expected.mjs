// Writes expected.json: Node's answers of index.mjs to the events IntlLibrariesOverLambdaTest sends (events.json).
// Run with Node after `npm ci` here: `node make-expected.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { handler } from './index.mjs';

process.env.TZ = 'UTC'; // as Lambda has it
const events = JSON.parse(readFileSync(new URL('./events.json', import.meta.url), 'utf8'));
const answers = [];
for (const event of events) answers.push(await handler(event));
writeFileSync(new URL('./expected.json', import.meta.url), JSON.stringify(answers, null, 1) + '\n');
console.log(`expected.json: ${answers.length} answers from Node ${process.version}`);
