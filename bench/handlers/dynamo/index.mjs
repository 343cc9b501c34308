// Benchmark handler (b): one PutItem and one consistent GetItem through the AWS SDK v3 document client,
// against the DynamoDB Local that bench/run starts (AWS_ENDPOINT_URL_DYNAMODB).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

const table = process.env.BENCH_TABLE ?? 'llrt-bench';
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event, context) => {
  const id = context.awsRequestId;
  await client.send(new PutCommand({ TableName: table, Item: { id, name: event?.name ?? 'anonymous', at: Date.now() } }));
  const { Item } = await client.send(new GetCommand({ TableName: table, Key: { id }, ConsistentRead: true }));
  if (Item?.id !== id) {
    throw new Error(`read back ${JSON.stringify(Item)} instead of item ${id}`);
  }
  return { statusCode: 200, body: JSON.stringify(Item) };
};
