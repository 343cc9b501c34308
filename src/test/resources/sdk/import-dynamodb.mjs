// A handler module's init: import the embedded DynamoDB client and build it, then stay up for a while as a Lambda
// runtime does while it waits for its first event (no request is sent). The warm-up runs in the background and keeps
// nothing alive, so a process that ended at once would never see it connect.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});
console.log(typeof client.send === 'function' ? 'ready' : 'broken');
setTimeout(() => {}, 2500);
