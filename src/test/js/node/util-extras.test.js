// Tests for node:util's parseArgs, MIMEType/MIMEParams, styleText, getSystemErrorName, isBuffer, debuglog, log and
// aborted. The known-answer expectations were printed by Node 20 for the same expressions (regenerate with
// `node src/test/js/fixtures/known-answers/make.cjs`, cases in util-extras.cases.cjs).
const util = require('node:util');

const thrown = require('../fixtures/known-answers/thrown.cjs');

// a MIMEType as plain data: its parts, its serialization and its parameters
const mime = (s) => { const m = new util.MIMEType(s); return [m.type, m.subtype, m.essence, String(m), Array.from(m.params), JSON.stringify(m)]; };

describe('util (Node known answers)', () => {
  // <known-answers>
  it("parseArgs: options, short groups, values, positionals", () => {
    expect(util.parseArgs({ args: ['-f', 'x', '--bar', 'b'], options: { foo: { type: 'string', short: 'f' }, bar: { type: 'string' } } })).toEqual({"values":{"foo":"x","bar":"b"},"positionals":[]});
    expect(util.parseArgs({ args: ['-abc'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'boolean', short: 'c' } } })).toEqual({"values":{"a":true,"b":true,"c":true},"positionals":[]});
    expect(util.parseArgs({ args: ['-afVAL', '-fX', '--foo=Y=Z', '--foo', '-dash'], options: { a: { type: 'boolean', short: 'a' }, foo: { type: 'string', short: 'f', multiple: true } }, strict: false })).toEqual({"values":{"a":true,"foo":["VAL","X","Y=Z","-dash"]},"positionals":[]});
    expect(util.parseArgs({ args: ['--x', 'p1', '--', '--y', '-z'], options: { x: { type: 'boolean' } }, allowPositionals: true })).toEqual({"values":{"x":true},"positionals":["p1","--y","-z"]});
    expect(util.parseArgs({ args: ['--unknown', '-u', 'pos', '--s='], strict: false })).toEqual({"values":{"unknown":true,"u":true,"s":""},"positionals":["pos"]});
    expect(util.parseArgs({ args: [], options: { s: { type: 'string', default: 'd' }, b: { type: 'boolean', default: true }, m: { type: 'string', multiple: true, default: ['a', 'b'] } } })).toEqual({"values":{"s":"d","b":true,"m":["a","b"]},"positionals":[]});
    expect(util.parseArgs({ args: ['--m', 'z'], options: { m: { type: 'string', multiple: true, default: ['a'] } } })).toEqual({"values":{"m":["z"]},"positionals":[]});
    expect(Object.getPrototypeOf(util.parseArgs({ args: [] }).values)).toEqual(null);
    expect(util.parseArgs({ args: ['--__proto__', '--constructor'], strict: false }).values.constructor).toEqual(true);
  });
  it("parseArgs: tokens and allowNegative", () => {
    expect(util.parseArgs({ args: ['-abc', '-fval', '--f=1', '--', '-x'], options: { f: { type: 'string', short: 'f' }, a: { type: 'boolean', short: 'a' } }, strict: false, tokens: true })).toEqual({"values":{"a":true,"b":true,"c":true,"f":"1"},"positionals":["-x"],"tokens":[{"kind":"option","name":"a","rawName":"-a","index":0},{"kind":"option","name":"b","rawName":"-b","index":0},{"kind":"option","name":"c","rawName":"-c","index":0},{"kind":"option","name":"f","rawName":"-f","index":1,"value":"val","inlineValue":true},{"kind":"option","name":"f","rawName":"--f","index":2,"value":"1","inlineValue":true},{"kind":"option-terminator","index":3},{"kind":"positional","index":4,"value":"-x"}]});
    expect(util.parseArgs({ args: ['-xf', 'v', 'p'], options: { foo: { type: 'string', short: 'f' }, x: { type: 'boolean', short: 'x' } }, allowPositionals: true, tokens: true })).toEqual({"values":{"x":true,"foo":"v"},"positionals":["p"],"tokens":[{"kind":"option","name":"x","rawName":"-x","index":0},{"kind":"option","name":"foo","rawName":"-f","index":0,"value":"v","inlineValue":false},{"kind":"positional","index":2,"value":"p"}]});
    expect(util.parseArgs({ args: ['--no-x', '--no-y', '--no-z=1'], strict: false, allowNegative: true, tokens: true })).toEqual({"values":{"x":false,"y":false,"no-z":"1"},"positionals":[],"tokens":[{"kind":"option","name":"x","rawName":"--no-x","index":0},{"kind":"option","name":"y","rawName":"--no-y","index":1},{"kind":"option","name":"no-z","rawName":"--no-z","index":2,"value":"1","inlineValue":true}]});
    expect(util.parseArgs({ args: ['--no-x', '--x'], options: { x: { type: 'boolean', multiple: true } }, allowNegative: true, tokens: true })).toEqual({"values":{"x":[false,true]},"positionals":[],"tokens":[{"kind":"option","name":"x","rawName":"--no-x","index":0},{"kind":"option","name":"x","rawName":"--x","index":1}]});
    expect(util.parseArgs({ args: ['-', '--=a'], strict: false, tokens: true })).toEqual({"values":{"=a":true},"positionals":["-"],"tokens":[{"kind":"positional","index":0,"value":"-"},{"kind":"option","name":"=a","rawName":"--=a","index":1}]});
  });
  it("parseArgs: errors", () => {
    expect(thrown(() => util.parseArgs({ args: ['-a'] }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_UNKNOWN_OPTION","message":"Unknown option '-a'"});
    expect(thrown(() => util.parseArgs({ args: ['--bar'], allowPositionals: true }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_UNKNOWN_OPTION","message":"Unknown option '--bar'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bar\""});
    expect(thrown(() => util.parseArgs({ args: ['pos'] }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL","message":"Unexpected argument 'pos'. This command does not take positional arguments"});
    expect(thrown(() => util.parseArgs({ args: ['--foo', '-b'], options: { foo: { type: 'string' } } }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_INVALID_OPTION_VALUE","message":"Option '--foo' argument is ambiguous.\nDid you forget to specify the option argument for '--foo'?\nTo specify an option argument starting with a dash use '--foo=-XYZ'."});
    expect(thrown(() => util.parseArgs({ args: ['-f', '-b'], options: { foo: { type: 'string', short: 'f' } } }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_INVALID_OPTION_VALUE","message":"Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\nTo specify an option argument starting with a dash use '--foo=-XYZ' or '-f-XYZ'."});
    expect(thrown(() => util.parseArgs({ args: ['--foo'], options: { foo: { type: 'string', short: 'f' } } }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_INVALID_OPTION_VALUE","message":"Option '-f, --foo <value>' argument missing"});
    expect(thrown(() => util.parseArgs({ args: ['--foo=1'], options: { foo: { type: 'boolean', short: 'f' } } }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_INVALID_OPTION_VALUE","message":"Option '-f, --foo' does not take an argument"});
    expect(thrown(() => util.parseArgs({ args: ['--no-x'], options: { x: { type: 'string' } }, allowNegative: true }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_UNKNOWN_OPTION","message":"Unknown option '--no-x'"});
    expect(thrown(() => util.parseArgs({ args: ['--no-x=1'], options: { x: { type: 'boolean' } }, allowNegative: true }))).toEqual({"threw":"TypeError","code":"ERR_PARSE_ARGS_INVALID_OPTION_VALUE","message":"Option '--x' does not take an argument"});
    expect(thrown(() => util.parseArgs({ args: [], options: { x: { type: 'bool' } } }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options.x.type\" property must be ('string|boolean'). Received type string ('bool')"});
    expect(thrown(() => util.parseArgs({ args: [], options: { x: { type: 'string', short: 'ab' } } }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The property 'options.x.short' must be a single character. Received 'ab'"});
    expect(thrown(() => util.parseArgs({ args: [], options: { x: { type: 'string', short: 3 } } }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options.x.short\" property must be of type string. Received type number (3)"});
    expect(thrown(() => util.parseArgs({ args: [], options: { x: { type: 'string', multiple: 1 } } }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options.x.multiple\" property must be of type boolean. Received type number (1)"});
    expect(thrown(() => util.parseArgs({ args: [], options: { x: { type: 'string', default: 1 } } }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options.x.default\" property must be of type string. Received type number (1)"});
    expect(thrown(() => util.parseArgs({ args: [], options: { x: { type: 'boolean', multiple: true, default: [true, 'a'] } } }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options.x.default[1]\" property must be of type boolean. Received type string ('a')"});
    expect(thrown(() => util.parseArgs({ args: [], options: { x: 5 } }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options.x\" property must be of type object. Received type number (5)"});
    expect(thrown(() => util.parseArgs({ args: 'x' }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"args\" argument must be an instance of Array. Received type string ('x')"});
    expect(util.parseArgs(5)).toEqual({"values":{},"positionals":[]});
    expect(thrown(() => util.parseArgs({ strict: 1 }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"strict\" argument must be of type boolean. Received type number (1)"});
    expect(thrown(() => util.parseArgs({ tokens: 1 }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"tokens\" argument must be of type boolean. Received type number (1)"});
    expect(thrown(() => util.parseArgs({ allowNegative: 'yes' }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"allowNegative\" argument must be of type boolean. Received type string ('yes')"});
    expect(thrown(() => util.parseArgs({ args: [], options: [] }))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options\" argument must be of type object. Received an instance of Array"});
  });
  it("MIMEType and MIMEParams", () => {
    expect(mime('text/html')).toEqual(["text", "html", "text/html", "text/html", [], "\"text/html\""]);
    expect(mime(' TEXT/HTML ; charset="utf-8" ; X=1')).toEqual(["text", "html", "text/html", "text/html;charset=utf-8;x=1", [["charset", "utf-8"], ["x", "1"]], "\"text/html;charset=utf-8;x=1\""]);
    expect(mime('a/b;p="q\\"u\\\\x";p=dup')).toEqual(["a", "b", "a/b", "a/b;p=\"q\\\"u\\\\x\"", [["p", "q\"u\\x"]], "\"a/b;p=\\\"q\\\\\\\"u\\\\\\\\x\\\"\""]);
    expect(mime('a/b;;k;=v;k2=;k3="unterminated\\')).toEqual(["a", "b", "a/b", "a/b;k3=\"unterminated\\\\\"", [["k3", "unterminated\\"]], "\"a/b;k3=\\\"unterminated\\\\\\\\\\\"\""]);
    expect(mime('a/b;k=v v ;k2="v v";é=1;k4=é;k5=" x "y')).toEqual(["a", "b", "a/b", "a/b;k=\"v v\";k2=\"v v\";k4=\"é\";k5=\" x \"", [["k", "v v"], ["k2", "v v"], ["k4", "é"], ["k5", " x "]], "\"a/b;k=\\\"v v\\\";k2=\\\"v v\\\";k4=\\\"é\\\";k5=\\\" x \\\"\""]);
    expect(mime('application/vnd.api+json; charset=UTF-8')).toEqual(["application", "vnd.api+json", "application/vnd.api+json", "application/vnd.api+json;charset=UTF-8", [["charset", "UTF-8"]], "\"application/vnd.api+json;charset=UTF-8\""]);
    expect(thrown(() => mime('/b'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a type in \"/b\" is invalid"});
    expect(thrown(() => mime('a/'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a subtype in \"a/\" is invalid"});
    expect(thrown(() => mime('a b/c'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a type in \"a b/c\" is invalid at 1"});
    expect(thrown(() => mime('a/b c'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a subtype in \"a/b c\" is invalid at 1"});
    expect(thrown(() => mime('nothing'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a type in \"nothing\" is invalid"});
    expect((() => { const m = new util.MIMEType('a/b'); m.type = 'X-Y'; m.subtype = 'Z'; return m.essence; })()).toEqual("x-y/z");
    expect(thrown(() => (() => { const m = new util.MIMEType('a/b'); m.type = 'x y'; })())).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a type in \"x y\" is invalid at 1"});
    expect(thrown(() => (() => { const m = new util.MIMEType('a/b'); m.subtype = ''; })())).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a subtype in \"\" is invalid"});
    expect((() => { const m = new util.MIMEType('a/b;z=1'); m.params.set('k', 'v"x'); m.params.set('e', ''); m.params.set('s', 'a;b'); m.params.delete('z'); return [m.toString(), m.params.get('x'), m.params.has('k'), Array.from(m.params.keys()), Array.from(m.params.values())]; })()).toEqual(["a/b;k=\"v\\\"x\";e=\"\";s=\"a;b\"", null, true, ["k", "e", "s"], ["v\"x", "", "a;b"]]);
    expect(thrown(() => (() => { const m = new util.MIMEType('a/b'); m.params.set('k y', 'v'); })())).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a parameter name in \"k y\" is invalid at 1"});
    expect(thrown(() => (() => { const m = new util.MIMEType('a/b'); m.params.set('k', 'v\u0100'); })())).toEqual({"threw":"TypeError","code":"ERR_INVALID_MIME_SYNTAX","message":"The MIME syntax for a parameter value in \"vĀ\" is invalid at 1"});
    expect((() => { const p = new util.MIMEParams(); p.set('A', 1); return [p.toString(), JSON.stringify(p), util.inspect(p), util.inspect(new util.MIMEType('a/b'))]; })()).toEqual(["A=1", "\"A=1\"", "MIMEParams {}", "MIMEType {}"]);
  });
  it("styleText, getSystemErrorName, isBuffer", () => {
    expect(util.styleText(['bold', 'underline'], 'x')).toEqual("\u001b[1m\u001b[4mx\u001b[24m\u001b[22m");
    expect(util.styleText(['red'], 'x')).toEqual("\u001b[31mx\u001b[39m");
    expect(util.styleText('red', 'x', { validateStream: false })).toEqual("\u001b[31mx\u001b[39m");
    expect(util.styleText('bgBlueBright', 'x', { validateStream: false })).toEqual("\u001b[104mx\u001b[49m");
    expect(util.styleText('grey', 'x', { validateStream: false })).toEqual("\u001b[90mx\u001b[39m");
    expect(thrown(() => util.styleText('nope', 'x'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The argument 'format' must be one of: 'reset', 'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', 'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed', 'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', 'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', 'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'. Received 'nope'"});
    expect(thrown(() => util.styleText('red', 5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"text\" argument must be of type string. Received type number (5)"});
    expect(util.styleText.length).toEqual(2);
    expect([util.inspect.colors.red, util.inspect.colors.gray, util.inspect.colors.grey, Object.keys(util.inspect.colors).length]).toEqual([[31, 39], [90, 39], [90, 39], 44]);
    expect([-2, -13, -3008, -4095, -4094, -9999, -1].map(util.getSystemErrorName)).toEqual(["ENOENT", "EACCES", "EAI_NONAME", "EOF", "UNKNOWN", "Unknown system error -9999", "EPERM"]);
    expect(thrown(() => util.getSystemErrorName(2))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"err\" is out of range. It must be a negative integer. Received 2"});
    expect(thrown(() => util.getSystemErrorName(-1.5))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"err\" is out of range. It must be a negative integer. Received -1.5"});
    expect(thrown(() => util.getSystemErrorName('x'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"err\" argument must be of type number. Received type string ('x')"});
    expect([util.getSystemErrorMap().size, util.getSystemErrorMap().get(-110)]).toEqual([84, ["ETIMEDOUT", "connection timed out"]]);
    expect([util.isBuffer(Buffer.alloc(1)), util.isBuffer(new Uint8Array(1)), util.isBuffer(null)]).toEqual([true, false, false]);
  });
  // </known-answers>
});

describe('util.debuglog, util.log, util.aborted', () => {
  // NODE_DEBUG is read once per realm, at the first section checked: this file's realm sets it before any check
  const captured = [];
  const realWrite = process.stderr.write;
  beforeAll(() => { process.env.NODE_DEBUG = 'foo,ba*'; });
  beforeEach(() => { captured.length = 0; process.stderr.write = (s) => { captured.push(String(s)); return true; }; });
  afterEach(() => { process.stderr.write = realWrite; });

  it('logs the sections NODE_DEBUG names, with "SECTION pid: message", and nothing for the others', () => {
    const foo = util.debuglog('foo');
    const bar = util.debug('bar');
    const off = util.debuglog('other');
    expect([foo.enabled, bar.enabled, off.enabled]).toEqual([true, true, false]);
    foo('hello %s %d', 'world', 42, { a: 1 });
    bar('x');
    off('never');
    expect(captured).toEqual([`FOO ${process.pid}: hello world 42 { a: 1 }\n`, `BAR ${process.pid}: x\n`]);
  });

  it('hands the callback the real logger on the first call', () => {
    let given = null;
    const log = util.debuglog('foo', (fn) => { given = fn; });
    expect(given).toBe(null);
    log('a');
    expect(typeof given).toBe('function');
    given('b');
    expect(captured).toEqual([`FOO ${process.pid}: a\n`, `FOO ${process.pid}: b\n`]);
  });

  it('util.log prefixes "D Mon HH:MM:SS - "', () => {
    const lines = [];
    const realLog = console.log;
    console.log = function () { lines.push(util.format.apply(null, arguments)); };
    try { util.log('x %d', 1); } finally { console.log = realLog; }
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d:\d\d - x 1$/);
  });

  it('util.aborted resolves when the signal aborts, at once when it already has, and rejects bad arguments', () => {
    const ac = new AbortController();
    let done = false;
    const p = util.aborted(ac.signal, {}).then(() => { done = true; });
    return Promise.resolve().then(() => {
      expect(done).toBe(false);
      ac.abort();
      return p;
    }).then(() => {
      expect(done).toBe(true);
      return util.aborted(AbortSignal.abort(), {});
    }).then(() => util.aborted(undefined, {}).then(() => 'resolved', (e) => e.code))
      .then((code) => {
        expect(code).toBe('ERR_INVALID_ARG_TYPE');
        return util.aborted(new AbortController().signal, 1).then(() => 'resolved', (e) => e.message);
      }).then((message) => {
        expect(message).toBe('The "resource" argument must be of type object. Received type number (1)');
      });
  });
});
