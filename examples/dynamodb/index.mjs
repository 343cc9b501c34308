// A DynamoDB function: stores the event's item in the table named by TABLE_NAME (see sam-template.yaml, which
// creates the table and grants this function access to it alone) and reads it back.
//
// @aws-sdk/* stay external when bundled (`llrt bundle`): llrt-java provides them from its embedded AWS SDK,
// as LLRT does (the layer of sam-template.yaml is the one with the SDK, std-sdk). Locally, point it at DynamoDB Local
// with AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:8000.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const table = process.env.TABLE_NAME;

export const handler = async (event, context) => {
  const item = {
    id: event?.id ?? context.awsRequestId,
    value: event?.value ?? null,
    storedAt: new Date().toISOString(),
  };
  await documents.send(new PutCommand({ TableName: table, Item: item }));
  const { Item } = await documents.send(new GetCommand({ TableName: table, Key: { id: item.id } }));
  return { statusCode: 200, body: JSON.stringify(Item) };
};
