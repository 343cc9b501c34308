// process.stdout as a Writable (ProcessStdioTest): `node stdout.js` writes the same bytes to stdout and the same lines to stderr
const { pipeline, Readable } = require('stream');
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write(Buffer.from([0xff, 0x00, 0x41, 10]));
process.stdout.write('6869a\n', 'hex');
process.stdout.write('é\n', () => console.error('write cb'));
console.error('props', process.stdout.writable, process.stdout.isTTY, process.stdout.fd, typeof process.stdout.removeListener, process.stdout.columns);
console.log('log between');
process.stdout.on('finish', () => console.error('finish'));
pipeline(Readable.from(['a\n', 'b\n']), process.stdout, (err) => { console.error('pipeline done', err ? err.code : 'ok'); });
