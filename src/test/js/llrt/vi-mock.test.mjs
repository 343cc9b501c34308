// vi.mock: hoisted with vi.hoisted values, async factories with importOriginal, vi.importActual, a package
// the module under test imports (the embedded SDK's DynamoDB client) replaced for it
import { describe, test, expect, vi, beforeEach } from 'vitest';
import { handler } from './fixtures/mocks/sdk-handler.mjs';
import { twice, format } from './fixtures/mocks/format.cjs';
import connect, { TABLE } from './fixtures/mocks/db.mjs';

const { send } = vi.hoisted(() => ({ send: vi.fn() }));

vi.mock('@aws-sdk/client-dynamodb', () => ({
  DynamoDBClient: vi.fn(function () { this.send = send; }),
  GetItemCommand: vi.fn(function (input) { this.input = input; }),
}));

// as in Vitest, the factory's object is the module's namespace: its `default` is the default export
vi.mock('./fixtures/mocks/db.mjs', () => ({ default: () => 'mock connection', TABLE: 'mock-table' }));

vi.mock('./fixtures/mocks/format.cjs', async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, twice: vi.fn(n => original.twice(n) + 1) };
});

describe('vi.mock', () => {
  beforeEach(() => send.mockReset());

  test('the handler\'s package import gets the factory\'s module', async () => {
    send.mockResolvedValue({ Item: { id: { S: 'a1' } } });
    await expect(handler({ id: 'a1' })).resolves.toEqual({ statusCode: 200, body: '{"id":{"S":"a1"}}' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0].input).toEqual({ TableName: 'items', Key: { id: { S: 'a1' } } });
  });

  test('an async factory builds on importOriginal()', () => {
    expect(twice(5)).toBe(11);
    expect(format([1])).toBe('[1]');
    expect(vi.isMockFunction(twice)).toBe(true);
  });

  test('a factory\'s default is the default export', () => {
    expect(connect()).toBe('mock connection');
    expect(TABLE).toBe('mock-table');
  });

  test('vi.importActual resolves with the module itself', async () => {
    const actual = await vi.importActual('./fixtures/mocks/format.cjs');
    expect(actual.twice(5)).toBe(10);
  });
});
