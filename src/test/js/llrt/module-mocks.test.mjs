// jest.mock hoisted above the imports, factories, automocks, manual mocks, requireActual, resetModules
import { handler } from './fixtures/mocks/handler.mjs';
import * as db from './fixtures/mocks/db.mjs';
import connect, { Store, config } from './fixtures/mocks/db.mjs';
import { format } from './fixtures/mocks/format.cjs';

jest.mock('./fixtures/mocks/db.mjs');
jest.mock('./fixtures/mocks/format.cjs');

describe('automock', () => {
  test('every exported function is a jest.fn returning undefined', () => {
    expect(jest.isMockFunction(db.getItem)).toBe(true);
    expect(db.getItem('x')).toBeUndefined();
    expect(connect()).toBeUndefined();
    expect(db.TABLE).toBe('items');
  });
  test('objects are walked, arrays emptied, classes mocked', () => {
    expect(config.retries).toBe(3);
    expect(jest.isMockFunction(config.nested.timeout)).toBe(true);
    expect(config.tags).toEqual([]);
    const s = new Store('t');
    expect(jest.isMockFunction(s.put)).toBe(true);
    expect(s.put({ id: 1 })).toBeUndefined();
    expect(Store).toHaveBeenCalledWith('t');
  });
  test('the module under test gets the mocks', async () => {
    db.getItem.mockResolvedValue({ id: 7 });
    connect.mockReturnValue('fake connection');
    await expect(handler({ id: 7 })).resolves.toEqual({ connection: 'fake connection', body: 'manual:{"id":7}' });
    expect(db.getItem).toHaveBeenCalledWith(7);
    expect(Store.prototype.put).toHaveBeenCalledWith({ id: 7 });
  });
});

test('a manual mock in __mocks__ beside the module', () => {
  expect(format({ a: 1 })).toBe('manual:{"a":1}');
});

test('requireActual gives the module itself', () => {
  const actual = jest.requireActual('./fixtures/mocks/format.cjs');
  expect(actual.twice(4)).toBe(8);
  expect(() => jest.requireActual('./fixtures/mocks/db.mjs').getItem(1)).toThrow('the real getItem ran for 1');
});

test('a factory replaces a module, resetModules runs it again', async () => {
  let made = 0;
  jest.doMock('./fixtures/mocks/format.cjs', () => ({ format: () => 'factory ' + ++made }));
  jest.resetModules();
  const first = await import('./fixtures/mocks/handler.mjs');
  db.getItem.mockReturnValue({});
  expect((await first.handler({ id: 1 })).body).toBe('factory 1');
  jest.resetModules();
  const second = await import('./fixtures/mocks/handler.mjs');
  expect(second.handler).not.toBe(first.handler);
  expect((await second.handler({ id: 1 })).body).toBe('factory 2');
});

test('unmock brings the module back', async () => {
  jest.unmock('./fixtures/mocks/format.cjs');
  jest.resetModules();
  const again = await import('./fixtures/mocks/format.cjs');
  expect(again.twice(3)).toBe(6);
});

test('a virtual mock and bad arguments', () => {
  jest.mock('no-such-package-anywhere', () => ({ answer: 42 }), { virtual: true });
  expect(require('no-such-package-anywhere').answer).toBe(42);
  expect(() => jest.mock(42)).toThrow('jest.mock() takes the module path as a string; got number');
  expect(() => jest.mock('./x', {})).toThrow('jest.mock() second argument must be a function');
});

describe('isolateModules', () => {
  const counter = './fixtures/mocks/counter.cjs';
  test('a registry of its own while fn runs, the one from before afterwards', () => {
    const outer = require(counter);
    outer.count++;
    let inner;
    jest.isolateModules(() => {
      inner = require(counter);
      expect(require(counter)).toBe(inner);
    });
    expect(inner).not.toBe(outer);
    expect(inner.count).toBe(0);
    expect(require(counter)).toBe(outer);
    expect(outer.count).toBe(1);
  });
  test('the async form restores once the promise settles', async () => {
    const outer = require(counter);
    let inner;
    await jest.isolateModulesAsync(async () => {
      await Promise.resolve();
      inner = await import(counter);
    });
    expect(inner.default).not.toBe(outer);
    expect(require(counter)).toBe(outer);
  });
  test('bad arguments', () => {
    expect(() => jest.isolateModules()).toThrow('jest.isolateModules() takes a function; got undefined');
  });
});

test('setMock, disableAutomock; what is not there says so', () => {
  jest.setMock('./fixtures/mocks/counter.cjs', { count: 99 });
  expect(require('./fixtures/mocks/counter.cjs').count).toBe(99);
  jest.unmock('./fixtures/mocks/counter.cjs');
  expect(jest.disableAutomock()).toBe(jest);
  expect(() => jest.enableAutomock()).toThrow(expect.objectContaining({ code: 'ERR_NOT_SUPPORTED',
    message: 'jest.enableAutomock() is not supported by llrt test: mock each module with jest.mock(path)' }));
  expect(() => vi.mock('./fixtures/mocks/counter.cjs', { spy: true })).toThrow(expect.objectContaining({
    code: 'ERR_NOT_SUPPORTED' }));
});

test('a path in jest.mock() is resolved from the file that calls it', () => {
  const actualTwice = require('./fixtures/mocks/helpers/mock-format.cjs');
  jest.resetModules();
  expect(require('./fixtures/mocks/format.cjs').twice(2)).toBe(200);
  expect(actualTwice()).toBe(4);
  jest.unmock('./fixtures/mocks/format.cjs');
});
