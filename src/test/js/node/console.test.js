// Tests for the node:console built-in, including the Lambda Text/JSON log formats (Rhino-safe syntax).
const consoleModule = require('node:console');
const Console = consoleModule.Console;

function sink() {
  const chunks = [];
  return { chunks: chunks, text: () => chunks.join(''), write: (s) => { chunks.push(String(s)); return true; } };
}

function pair(extra) {
  const out = sink();
  const err = sink();
  const c = new Console(Object.assign({ stdout: out, stderr: err }, extra || {}));
  return { c: c, out: out, err: err };
}

describe('Console', () => {
  it('routes log/info/debug to stdout and warn/error to stderr with util.format', () => {
    const p = pair();
    p.c.log('hello %s', 'world', { a: 1 });
    p.c.info('i');
    p.c.debug('d');
    p.c.warn('w');
    p.c.error(new Map([[1, 2]]));
    expect(p.out.text()).toBe("hello world { a: 1 }\ni\nd\n");
    expect(p.err.text()).toBe('w\nMap(1) { 1 => 2 }\n');
  });
  it('methods are bound to the instance', () => {
    const p = pair();
    const log = p.c.log;
    log('bound');
    expect(p.out.text()).toBe('bound\n');
  });
  it('indents groups by two spaces including continuation lines', () => {
    const p = pair();
    p.c.group('G1');
    p.c.log('in1\nline2');
    p.c.groupCollapsed();
    p.c.warn('deep');
    p.c.groupEnd();
    p.c.groupEnd();
    p.c.groupEnd();
    p.c.log('out');
    expect(p.out.text()).toBe('G1\n  in1\n  line2\nout\n');
    expect(p.err.text()).toBe('    deep\n');
  });
  it('assert writes to stderr only when falsy', () => {
    const p = pair();
    p.c.assert(true, 'never');
    p.c.assert(false, 'msg %s', 'x');
    p.c.assert(0);
    expect(p.err.text()).toBe('Assertion failed: msg x\nAssertion failed\n');
  });
  it('count and countReset', () => {
    const p = pair();
    p.c.count();
    p.c.count();
    p.c.count('x');
    p.c.countReset();
    p.c.count();
    expect(p.out.text()).toBe('default: 1\ndefault: 2\nx: 1\ndefault: 1\n');
  });
  it('time, timeLog and timeEnd print elapsed milliseconds', () => {
    const p = pair();
    p.c.time('t');
    p.c.timeLog('t', 'extra', 1);
    p.c.timeEnd('t');
    const lines = p.out.text().split('\n');
    expect(lines[0]).toMatch(/^t: \d+(\.\d+)?ms extra 1$/);
    expect(lines[1]).toMatch(/^t: \d+(\.\d+)?ms$/);
  });
  it('dir ignores custom inspect and takes options', () => {
    const p = pair();
    const obj = { a: { b: { c: {} } } };
    obj[Symbol.for('nodejs.util.inspect.custom')] = () => 'custom';
    p.c.dir(obj, { depth: 0 });
    expect(p.out.text()).toBe('{\n  a: [Object],\n  [Symbol(nodejs.util.inspect.custom)]: [Function (anonymous)]\n}\n');
  });
  it('trace writes a Trace: header and frames to stderr', () => {
    const p = pair();
    p.c.trace('here %d', 1);
    const text = p.err.text();
    expect(text.split('\n')[0]).toBe('Trace: here 1');
    expect(text).toMatch(/\n {4}at /);
  });
  it('table draws Node box tables', () => {
    const p = pair();
    p.c.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
    expect(p.out.text()).toBe(
      '┌─────────┬───┬─────┬──────┐\n' +
      '│ (index) │ a │ b   │ c    │\n' +
      '├─────────┼───┼─────┼──────┤\n' +
      "│ 0       │ 1 │ 'x' │      │\n" +
      '│ 1       │ 2 │     │ true │\n' +
      '└─────────┴───┴─────┴──────┘\n');
  });
  it('table handles primitives, property filters and non-objects', () => {
    const p = pair();
    p.c.table([1, { three: 3 }]);
    p.c.table([{ a: 1, b: 2 }], ['a']);
    p.c.table('plain');
    expect(p.out.text()).toBe(
      '┌─────────┬───────┬────────┐\n' +
      '│ (index) │ three │ Values │\n' +
      '├─────────┼───────┼────────┤\n' +
      '│ 0       │       │ 1      │\n' +
      '│ 1       │ 3     │        │\n' +
      '└─────────┴───────┴────────┘\n' +
      '┌─────────┬───┐\n' +
      '│ (index) │ a │\n' +
      '├─────────┼───┤\n' +
      '│ 0       │ 1 │\n' +
      '└─────────┴───┘\n' +
      'plain\n');
  });
  it('the default export is a console instance with Console attached', () => {
    expect(typeof consoleModule.log).toBe('function');
    expect(typeof consoleModule.configureLambdaLogging).toBe('function');
    expect(consoleModule instanceof Console).toBe(true);
  });
});

describe('Lambda log formats', () => {
  const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
  function lambdaPair(config) {
    consoleModule.configureLambdaLogging(config);
    return pair({ _lambdaAware: true });
  }
  it('Text format prefixes time, request id and level, and turns newlines into \\r', () => {
    try {
      const p = lambdaPair({ format: 'Text', requestId: () => 'req-1' });
      p.c.log('a\nb');
      p.c.warn('w');
      p.c.debug('d');
      expect(p.out.text()).toMatch(new RegExp('^' + ISO + '\\treq-1\\tINFO\\ta\\rb\\n' + ISO + '\\treq-1\\tDEBUG\\td\\n$'));
      expect(p.err.text()).toMatch(new RegExp('^' + ISO + '\\treq-1\\tWARN\\tw\\n$'));
    } finally {
      consoleModule.configureLambdaLogging(null);
    }
  });
  it('Text format prints undefined when there is no request', () => {
    try {
      const p = lambdaPair({ format: 'Text' });
      p.c.error('e');
      p.c.trace('t');
      expect(p.err.text()).toMatch(new RegExp('^' + ISO + '\\tundefined\\tERROR\\te\\n' + ISO + '\\tundefined\\tTRACE\\tTrace: t\\r'));
    } finally {
      consoleModule.configureLambdaLogging(null);
    }
  });
  it('JSON format writes one object per line to stdout and filters by level', () => {
    try {
      const p = lambdaPair({ format: 'JSON', level: 'INFO', requestId: () => 'abc' });
      p.c.debug('hidden');
      p.c.info('count %d', 3);
      p.c.warn('careful');
      p.c.log({ k: 1 });
      expect(p.err.text()).toBe('');
      const lines = p.out.text().trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.length).toBe(3);
      expect(lines[0].level).toBe('INFO');
      expect(lines[0].message).toBe('count 3');
      expect(lines[0].requestId).toBe('abc');
      expect(lines[0].timestamp).toMatch(new RegExp('^' + ISO + '$'));
      expect(lines[1].level).toBe('WARN');
      expect(lines[2].message).toEqual({ k: 1 });
    } finally {
      consoleModule.configureLambdaLogging(null);
    }
  });
  it('JSON format adds error fields when the first argument is an Error', () => {
    try {
      const p = lambdaPair({ format: 'JSON', level: 'WARN', requestId: () => undefined });
      p.c.info('filtered');
      p.c.error(new TypeError('bad input'));
      const rec = JSON.parse(p.out.text().trim());
      expect(rec.level).toBe('ERROR');
      expect(rec.errorType).toBe('TypeError');
      expect(rec.errorMessage).toBe('bad input');
      expect(rec.stackTrace[0]).toBe('TypeError: bad input');
      expect(rec.stackTrace.length).toBeGreaterThan(1);
      expect(rec.requestId).toBeUndefined();
    } finally {
      consoleModule.configureLambdaLogging(null);
    }
  });
  it('without configuration consoles stay plain', () => {
    consoleModule.configureLambdaLogging(null);
    const p = pair({ _lambdaAware: true });
    p.c.log('plain');
    expect(p.out.text()).toBe('plain\n');
  });
});
