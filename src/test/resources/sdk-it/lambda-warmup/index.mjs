// Imports an embedded SDK client at init (which starts the connection warm-up) and answers without calling AWS.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

const client = new DynamoDBClient({});

export const handler = async (event) => ({ echo: event, region: await client.config.region() });
