// PutItem then GetItem through the embedded @aws-sdk/client-dynamodb (no node_modules next to this file), against
// the endpoint in AWS_ENDPOINT_URL_DYNAMODB. Prints the item read back and the embedded SDK version as JSON.
import { DynamoDBClient, CreateTableCommand, PutItemCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});
const TableName = 'llrt_embedded_sdk';
try {
  await client.send(new CreateTableCommand({
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  }));
} catch (e) {
  if (e.name !== 'ResourceInUseException') throw e; // the shared DynamoDB Local already has it
}
await client.send(new PutItemCommand({ TableName, Item: { id: { S: 'k1' }, n: { N: '42' }, tags: { SS: ['a', 'b'] } } }));
const got = await client.send(new GetItemCommand({ TableName, Key: { id: { S: 'k1' } }, ConsistentRead: true }));
console.log(JSON.stringify({ item: got.Item, status: got.$metadata.httpStatusCode, sdk: process.versions['@aws-sdk'] }));
