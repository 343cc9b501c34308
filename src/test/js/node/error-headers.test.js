// The first line of Node-style errors' stacks and their String(): "Name [CODE]: message" for Node's internal errors
// (llrt:errors' coded ones, the stream errors of readable-stream), "Name: message" for system errors, OpenSSL's and
// users'. The known-answer expectations were printed by Node 20 for the same expressions (regenerate with
// `node src/test/js/fixtures/known-answers/make.cjs`, cases in error-headers.cases.cjs).
const caught = (fn) => { try { fn(); } catch (e) { return e; } return null; };
const heads = (e) => [e.name, e.code, String(e).replace(e.message, '<message>'), e.stack.split('\n')[0].replace(e.message, '<message>')]; // the header's form (the messages are tested elsewhere)

describe('error stack headers (Node known answers)', () => {
  // <known-answers>
  it("stack headers", () => {
    expect(heads(caught(() => require('util').parseArgs({ args: ['-x'] })))).toEqual(["TypeError", "ERR_PARSE_ARGS_UNKNOWN_OPTION", "TypeError [ERR_PARSE_ARGS_UNKNOWN_OPTION]: <message>", "TypeError [ERR_PARSE_ARGS_UNKNOWN_OPTION]: <message>"]);
    expect(heads(caught(() => Buffer.alloc('x')))).toEqual(["TypeError", "ERR_INVALID_ARG_TYPE", "TypeError [ERR_INVALID_ARG_TYPE]: <message>", "TypeError [ERR_INVALID_ARG_TYPE]: <message>"]);
    expect(heads(caught(() => require('crypto').createHash(5)))).toEqual(["TypeError", "ERR_INVALID_ARG_TYPE", "TypeError [ERR_INVALID_ARG_TYPE]: <message>", "TypeError [ERR_INVALID_ARG_TYPE]: <message>"]);
    expect(heads(caught(() => require('fs').readFileSync('/nonexistent/file')))).toEqual(["Error", "ENOENT", "Error: <message>", "Error: <message>"]);
    expect(heads(caught(() => require('crypto').createDiffieHellman(Buffer.from('17', 'hex'), 1)))).toEqual(["Error", "ERR_OSSL_DH_BAD_GENERATOR", "Error: <message>", "Error: <message>"]);
    expect(heads(caught(() => { const e = new Error('mine'); e.code = 'ERR_MINE'; throw e; }))).toEqual(["Error", "ERR_MINE", "Error: <message>", "Error: <message>"]);
    expect(heads(caught(() => require('stream').Readable.from(5)))).toEqual(["TypeError", "ERR_INVALID_ARG_TYPE", "TypeError [ERR_INVALID_ARG_TYPE]: <message>", "TypeError [ERR_INVALID_ARG_TYPE]: <message>"]);
    expect(heads(caught(() => new (require('stream').Writable)().write(5)))).toEqual(["TypeError", "ERR_INVALID_ARG_TYPE", "TypeError [ERR_INVALID_ARG_TYPE]: <message>", "TypeError [ERR_INVALID_ARG_TYPE]: <message>"]);
  });
  // </known-answers>
});
