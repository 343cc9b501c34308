// A worker thread of build.mjs: lowers one esbuild output file at a time (Babel is synchronous).
import { parentPort } from 'node:worker_threads';
import { lowerWithBabel } from '../lower.mjs';

parentPort.on('message', ({ path, code, helpersModule }) => {
  try {
    const out = lowerWithBabel(path, code, null, { forceModule: true, minify: true, helpersModule });
    parentPort.postMessage({ code: out.code, helpers: out.helpers });
  } catch (e) {
    parentPort.postMessage({ error: `${path}: ${e?.message || e}` });
  }
});
