// Where user code called the test API from: the source-mapped frames of a stack, as the runtime prints them
// ("    at fn (/abs/file.js:12:5)" or "    at /abs/file.js:12:5"); the runtime's own frames (node:..., llrt:...)
// have no absolute path and are passed over.
'use strict';

// [{file, line}] of the frames in user files, innermost first
function userFrames(stack) {
  let out = [];
  String(stack || '').split('\n').forEach(text => {
    let m = /(?:^|[\s(])((?:file:\/\/)?\/[^()\s]*?):(\d+)(?::\d+)?\)?\s*$/.exec(text);
    if (m) out.push({ file: m[1].replace(/^file:\/\//, ''), line: Number(m[2]) });
  });
  return out;
}

module.exports = { userFrames };
