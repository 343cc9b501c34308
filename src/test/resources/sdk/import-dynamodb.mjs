// A handler module's init: import the embedded DynamoDB client and build it, then end (no request is sent).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});
console.log(typeof client.send === 'function' ? 'ready' : 'broken');
