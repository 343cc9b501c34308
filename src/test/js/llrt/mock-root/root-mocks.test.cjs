// CommonJS test file: jest.mock() below the require()s still comes first (hoisted, as babel-jest hoists it);
// node_modules manual mocks in <root>/__mocks__ answer without any call, Node's own modules only when asked
const pad = require('./lib/pad');
const realFs = jest.requireActual('fs');

jest.mock('fs');

test('a package with a manual mock in the root __mocks__ gets it everywhere', () => {
  expect(pad.padded('ab')).toBe('[mocked left-pad ab]');
  expect(pad.client()).toBe('acme mock client');
});

test('jest.mock("fs") takes __mocks__/fs.js; requireActual the real one', () => {
  expect(pad.read()).toBe('mocked fs');
  expect(typeof realFs.statSync).toBe('function');
});

test('unmock gives the installed package back after resetModules', () => {
  jest.unmock('left-pad');
  jest.resetModules();
  expect(require('./lib/pad').padded('ab')).toBe('   ab');
});
