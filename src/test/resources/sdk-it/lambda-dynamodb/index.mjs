// A Lambda handler doing a put + get through @aws-sdk/lib-dynamodb; the table (TABLE_NAME) is created during init.
import { DynamoDBClient, CreateTableCommand, ResourceInUseException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand, GetCommand } from "@aws-sdk/lib-dynamodb";

const client = new DynamoDBClient({});
const doc = DynamoDBDocumentClient.from(client);
const TableName = process.env.TABLE_NAME;

try {
  await client.send(new CreateTableCommand({
    TableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
  }));
} catch (e) {
  if (!(e instanceof ResourceInUseException)) throw e;
}

export const handler = async (event, context) => {
  const item = { id: event.id, value: event.value, requestId: context.awsRequestId };
  await doc.send(new PutCommand({ TableName, Item: item }));
  const { Item } = await doc.send(new GetCommand({ TableName, Key: { id: event.id }, ConsistentRead: true }));
  return { stored: Item, sameRequest: Item.requestId === context.awsRequestId };
};
