// Orders in DynamoDB through the SDK's low-level client.
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({ region: 'eu-west-1' });
export const TABLE = 'orders';

export async function getOrder(id) {
  const out = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: id } } }));
  if (!out.Item) return null;
  return { id: out.Item.id.S, total: Number(out.Item.total.N), items: JSON.parse(out.Item.items.S) };
}

export async function saveOrder(order) {
  await client.send(new PutItemCommand({
    TableName: TABLE,
    Item: { id: { S: order.id }, total: { N: String(order.total) }, items: { S: JSON.stringify(order.items) } },
  }));
  return order;
}
