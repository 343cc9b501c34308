// The data layer against a factory mock of the SDK's DynamoDB client (the package is imported by src/db.js, not
// by this file, and still gets the mock).
import { getOrder, saveOrder, TABLE } from '../src/db';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';

const mockSend = jest.fn();

jest.mock('@aws-sdk/client-dynamodb', () => ({
  DynamoDBClient: jest.fn(() => ({ send: (...args) => mockSend(...args) })),
  GetItemCommand: jest.fn(function GetItemCommand(input) {
    this.input = input;
  }),
  PutItemCommand: jest.fn(function PutItemCommand(input) {
    this.input = input;
  }),
}));

test('the client was made once, when src/db.js loaded', () => {
  expect(DynamoDBClient).toHaveBeenCalledTimes(1);
  expect(DynamoDBClient).toHaveBeenCalledWith({ region: 'eu-west-1' });
});

describe('getOrder', () => {
  beforeEach(() => mockSend.mockReset());

  test('reads the item and decodes its attributes', async () => {
    mockSend.mockResolvedValueOnce({ Item: { id: { S: 'o1' }, total: { N: '1190' }, items: { S: '[{"sku":"a"}]' } } });
    await expect(getOrder('o1')).resolves.toEqual({ id: 'o1', total: 1190, items: [{ sku: 'a' }] });
    expect(GetItemCommand).toHaveBeenLastCalledWith({ TableName: TABLE, Key: { id: { S: 'o1' } } });
    expect(mockSend.mock.calls[0][0].input).toMatchSnapshot();
  });

  test('null when there is no item', async () => {
    mockSend.mockResolvedValueOnce({});
    await expect(getOrder('none')).resolves.toBeNull();
  });

  test('an SDK error reaches the caller', async () => {
    mockSend.mockRejectedValueOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    await expect(getOrder('o1')).rejects.toMatchObject({ name: 'ThrottlingException', message: 'Rate exceeded' });
  });
});

test('saveOrder writes every attribute as DynamoDB types', async () => {
  mockSend.mockResolvedValueOnce({});
  const order = { id: 'o2', total: 238, items: [{ sku: 'b', qty: 2 }] };
  await expect(saveOrder(order)).resolves.toBe(order);
  expect(PutItemCommand.mock.calls[0][0]).toMatchSnapshot();
});

test('fails on purpose: a wrong table name', () => {
  expect(TABLE).toBe('order');
});
